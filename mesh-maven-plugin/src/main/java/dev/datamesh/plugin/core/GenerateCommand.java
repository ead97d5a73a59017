package dev.datamesh.plugin.core;

import dev.datamesh.contract.ContractFile;
import dev.datamesh.contract.ContractFinder;
import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.validation.LineEventFormatter;
import dev.datamesh.contract.validation.RuleConfig;
import dev.datamesh.contract.validation.ValidationEvent;
import dev.datamesh.generator.GeneratorOptions;
import dev.datamesh.generator.Generators;
import dev.datamesh.generator.build.AtomicFiles;
import dev.datamesh.generator.build.IncrementalBuild;
import dev.datamesh.generator.glue.GlueTableGenerator;
import dev.datamesh.generator.build.OutputLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * The generate goal without Maven: finds the contracts, validates those that changed, runs the configured
 * generators incrementally into the output directory and logs what it did. On any validation error nothing is
 * written.
 */
public final class GenerateCommand {

    /** The property naming the generators, used in messages. */
    public static final String GENERATORS_PROPERTY = "mesh.generators";

    private final MeshConfiguration config;
    private final Settings settings;
    private final MeshLog log;
    private final LongSupplier nanoTicker;

    /**
     * What the goal adds to the shared configuration.
     *
     * @param generators names; empty means {@link Generators#defaults()}
     * @param options generator options ({@code avro.timestampPrecision}, {@code glue.format}, ...)
     * @param outputDirectory where generated files go (absolute)
     * @param sourcesDirectory where generated Java sources go (absolute)
     * @param stateFile where the incremental state is kept (absolute)
     * @param toolVersion the plugin version: a new version regenerates everything
     * @param copyDirectory where the build copies the output directory ({@code target/classes/mesh}), or null:
     *     outputs deleted from the output directory are deleted there too, so no stale copy reaches the jar
     */
    public record Settings(List<String> generators, Map<String, String> options, Path outputDirectory,
            Path sourcesDirectory, Path stateFile, String toolVersion, Path copyDirectory) {
        public Settings {
            generators = generators == null ? List.of() : generators.stream()
                    .flatMap(g -> java.util.Arrays.stream(g.split(","))).map(String::trim)
                    .filter(g -> !g.isEmpty()).toList();
            options = options == null ? Map.of() : Map.copyOf(new TreeMap<>(options));
            Objects.requireNonNull(outputDirectory, "outputDirectory == null");
            Objects.requireNonNull(sourcesDirectory, "sourcesDirectory == null");
            Objects.requireNonNull(stateFile, "stateFile == null");
            toolVersion = toolVersion == null ? "" : toolVersion;
        }
    }

    public GenerateCommand(MeshConfiguration config, Settings settings, MeshLog log) {
        this(config, settings, log, System::nanoTime);
    }

    /** With the ticker the summary's time is measured on, in nanoseconds. */
    public GenerateCommand(MeshConfiguration config, Settings settings, MeshLog log, LongSupplier nanoTicker) {
        this.config = Objects.requireNonNull(config, "config == null");
        this.settings = Objects.requireNonNull(settings, "settings == null");
        this.log = Objects.requireNonNull(log, "log == null");
        this.nanoTicker = Objects.requireNonNull(nanoTicker, "nanoTicker == null");
    }

    /**
     * Generates.
     *
     * @throws InvalidContractsException when a contract to regenerate has an error; nothing was written
     * @throws InvalidConfigurationException for an unknown generator or a bad option
     */
    public IncrementalBuild.Outcome run() throws IOException, InterruptedException, MeshException {
        Stopwatch stopwatch = Stopwatch.start(nanoTicker);
        List<String> names = settings.generators().isEmpty() ? Generators.defaults() : settings.generators();
        try {
            Generators.check(names);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(GENERATORS_PROPERTY, String.join(",", names),
                    e.getMessage() + " (set <generators> or -D" + GENERATORS_PROPERTY + ").");
        }
        ContractFinder.Found found = ContractLoading.find(config);
        List<ContractFile> files = found.files();
        if (files.isEmpty()) {
            log.info("No contracts (*.odcs.yaml, *.odcs.yml) in " + config.contracts().stream()
                    .map(config::display).collect(Collectors.joining(", ")) + "; nothing to generate.");
            return new IncrementalBuild.Outcome(false, List.of(), List.of(), List.of(), 0, 0);
        }
        Map<String, String> options = new TreeMap<>(settings.options());
        if (names.contains("glue-etl")) {
            // The ETL jobs also belong in the contract's CloudFormation template.
            options.putIfAbsent(GlueTableGenerator.ETL_JOBS, "true");
        }
        IncrementalBuild build = new IncrementalBuild(() -> new ContractLoader(config.rules(), config.access()),
                names.stream().map(String::trim).toList(), () -> Generators.create(names),
                GeneratorOptions.of(options), configKey(config.rules()), config.parallelism());
        IncrementalBuild.Outcome outcome;
        try {
            outcome = build.run(files, new OutputLayout(settings.outputDirectory(), settings.sourcesDirectory()),
                    settings.stateFile());
        } catch (IllegalArgumentException e) {
            // Generators reject unusable options with a message that names the option.
            throw new InvalidConfigurationException("generatorOptions", "", e.getMessage());
        }
        for (ValidationEvent event : outcome.events()) {
            String text = LineEventFormatter.format(event);
            switch (event.severity()) {
                case ERROR -> log.error(text);
                case WARNING -> log.warn(text);
                case NOTE -> log.info(text);
            }
        }
        if (outcome.failed()) {
            long errors = outcome.events().stream().filter(e -> e.severity()
                    == dev.datamesh.contract.validation.Severity.ERROR).count();
            throw new InvalidContractsException("mesh:generate found " + errors + (errors == 1 ? " error" : " errors")
                    + " in the contracts; nothing was generated. Fix the problems listed above.");
        }
        deleteCopies(outcome.deleted());
        log.info(summary(names, outcome, stopwatch.elapsed()));
        return outcome;
    }

    private void deleteCopies(List<Path> deleted) throws IOException {
        if (settings.copyDirectory() == null) {
            return;
        }
        for (Path file : deleted) {
            if (!file.startsWith(settings.outputDirectory())) {
                continue; // a Java source: compiled, not copied
            }
            Path copy = settings.copyDirectory().resolve(settings.outputDirectory().relativize(file));
            AtomicFiles.deleteAndPrune(copy, settings.copyDirectory());
        }
    }

    private String summary(List<String> names, IncrementalBuild.Outcome outcome, String elapsed) {
        String target = config.display(settings.outputDirectory());
        if (outcome.regenerated() == 0 && outcome.deleted().isEmpty()) {
            return "Generated files are up to date (" + outcome.unchanged() + " contracts unchanged, " + target
                    + ", checked in " + elapsed + ").";
        }
        boolean sources = outcome.written().stream().anyMatch(p -> p.startsWith(settings.sourcesDirectory()));
        boolean resources = outcome.written().stream().anyMatch(p -> !p.startsWith(settings.sourcesDirectory()));
        if (sources) {
            String sourcesTarget = config.display(settings.sourcesDirectory());
            target = resources ? target + " and " + sourcesTarget : sourcesTarget;
        }
        return "Generated " + String.join(", ", names) + " for " + outcome.regenerated() + " of "
                + (outcome.regenerated() + outcome.unchanged()) + " contracts into " + target + " in " + elapsed
                + ": " + outcome.written().size() + " files written, " + outcome.deleted().size() + " deleted.";
    }

    /** Everything besides contracts and generator options that changes what is generated or validated. */
    private String configKey(RuleConfig rules) {
        return "tool=" + settings.toolVersion() + "\nignored=" + new java.util.TreeSet<>(rules.ignored())
                + "\nseverities=" + new TreeMap<>(rules.severities());
    }
}
