package dev.datamesh.plugin.core;

import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.ContractSet;
import dev.datamesh.contract.LoadedContract;
import dev.datamesh.contract.compat.Acceptance;
import dev.datamesh.contract.compat.AcceptedChange;
import dev.datamesh.contract.compat.Change;
import dev.datamesh.contract.compat.ChangeKind;
import dev.datamesh.contract.compat.ChangeSource;
import dev.datamesh.contract.compat.CompatibilityReport;
import dev.datamesh.contract.compat.CompatibilityTextRenderer;
import dev.datamesh.contract.compat.ContractComparator;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.validation.LineEventFormatter;
import dev.datamesh.contract.validation.Severity;
import dev.datamesh.contract.validation.ValidatedResult;
import dev.datamesh.contract.validation.ValidationEvent;
import dev.datamesh.generator.GeneratorOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The compatibility goal without Maven: finds the baseline (a folder, a bundle file, given coordinates, or the
 * newest release below the project's version), compares each contract with its earlier version (the contract
 * rules, the Avro schemas and the OpenAPI specs), logs the changes grouped by kind, writes the JSON, JUnit and
 * Markdown reports, and fails the build on a breaking change that is not accepted or a version that is too low.
 */
public final class CompatibilityCommand {

    /** The property naming the baseline, used in messages. */
    public static final String BASELINE_PROPERTY = "mesh.baseline";
    /** The property listing accepted changes, used in messages. */
    public static final String ACCEPTED_PROPERTY = "mesh.acceptedChanges";
    /** The JSON report's file name in the reports directory. */
    public static final String JSON_REPORT = "compatibility.json";
    /** The JUnit XML report's file name in the reports directory. */
    public static final String JUNIT_REPORT = "TEST-mesh-compatibility.xml";
    /** The Markdown changelog's file name in the reports directory. */
    public static final String CHANGELOG = "CHANGELOG-contracts.md";

    private static final Pattern COORDINATES = Pattern.compile("([^:\\s/\\\\]+):([^:\\s/\\\\]+):([^:\\s/\\\\]+)");

    private final MeshConfiguration config;
    private final Settings settings;
    private final BaselineResolver resolver;
    private final MeshLog log;

    /**
     * What the goal adds to the shared configuration.
     *
     * @param baseline {@code DIR}, {@code ZIP} or {@code groupId:artifactId:version}; empty for the newest release
     *     of this artifact below {@code version}
     * @param acceptedChanges entries {@code RULE-ID element}; each entry may be a comma-separated list
     * @param avroCompatibility {@code BACKWARD} (default when null), {@code FORWARD}, {@code FULL} or {@code NONE}
     * @param generatorOptions the generators' options, as for the generate goal
     */
    public record Settings(Optional<String> baseline, String groupId, String artifactId, String version,
            List<String> acceptedChanges, String avroCompatibility, Map<String, String> generatorOptions) {
        public Settings {
            Objects.requireNonNull(baseline, "baseline == null");
            Objects.requireNonNull(groupId, "groupId == null");
            Objects.requireNonNull(artifactId, "artifactId == null");
            Objects.requireNonNull(version, "version == null");
            acceptedChanges = acceptedChanges == null ? List.of() : List.copyOf(acceptedChanges);
            generatorOptions = generatorOptions == null ? Map.of() : Map.copyOf(new TreeMap<>(generatorOptions));
        }
    }

    public CompatibilityCommand(MeshConfiguration config, Settings settings, BaselineResolver resolver, MeshLog log) {
        this.config = Objects.requireNonNull(config, "config == null");
        this.settings = Objects.requireNonNull(settings, "settings == null");
        this.resolver = Objects.requireNonNull(resolver, "resolver == null");
        this.log = Objects.requireNonNull(log, "log == null");
    }

    /**
     * Compares, and fails when the result says so.
     *
     * @throws InvalidContractsException when a contract has an error, a breaking change is not accepted, or a
     *     contract's version is lower than its changes require
     * @throws InvalidConfigurationException when the baseline, an accepted change or an option cannot be used
     */
    public CompatibilityResult run() throws IOException, InterruptedException, MeshException {
        CompatibilityResult result = check();
        if (result.failed()) {
            throw new InvalidContractsException(failureMessage(result));
        }
        return result;
    }

    /**
     * Compares, logs and writes the reports (none when there is no contract), without failing on the outcome.
     *
     * @throws InvalidContractsException when a contract has an error
     * @throws InvalidConfigurationException when the baseline, an accepted change or an option cannot be used
     */
    public CompatibilityResult check() throws IOException, InterruptedException, MeshException {
        Set<AcceptedChange> accepted = acceptedChanges(settings.acceptedChanges());
        AvroCompatibilityMode mode = AvroCompatibilityMode.parse(settings.avroCompatibility());
        ContractSet contracts = ContractLoading.load(config, log);
        if (contracts.isEmpty()) {
            log.info("No contracts (*.odcs.yaml, *.odcs.yml) in " + config.contracts().stream()
                    .map(config::display).collect(Collectors.joining(", ")) + "; nothing to compare.");
            return CompatibilityResult.noBaseline();
        }
        ValidationReport validation = ValidationReport.of(contracts, false);
        if (validation.failed()) {
            contracts.events().stream().filter(e -> e.severity() == Severity.ERROR)
                    .forEach(e -> log.error(LineEventFormatter.format(e)));
            throw new InvalidContractsException("mesh:compatibility found " + ValidationReport.count(
                    validation.errors(), "error") + " in the contracts; nothing was compared. Run mesh:validate for"
                    + " the details.");
        }
        List<Contract> current = contracts.contracts().stream().map(LoadedContract::contract)
                .map(Optional::orElseThrow).toList();
        Optional<Baseline> baseline = baseline();
        CompatibilityResult result = baseline.isEmpty() ? CompatibilityResult.noBaseline()
                : compare(baseline.get(), current, accepted, mode);
        if (baseline.isPresent()) {
            logResult(result);
        }
        Path json = config.reportsDirectory().resolve(JSON_REPORT);
        Path junit = config.reportsDirectory().resolve(JUNIT_REPORT);
        Path changelog = config.reportsDirectory().resolve(CHANGELOG);
        ReportFiles.write(json, out -> CompatibilityJsonWriter.write(result, out));
        ReportFiles.write(junit, out -> CompatibilityJunitWriter.write(result, settings.version(), out));
        ReportFiles.write(changelog, out -> out.write(CompatibilityChangelog.render(result)
                .getBytes(StandardCharsets.UTF_8)));
        log.info("Reports: " + config.display(json) + ", " + config.display(junit) + ", " + config.display(changelog));
        return result;
    }

    /** Reads the accepted changes; an entry that is no {@code RULE-ID element} is a configuration error. */
    static Set<AcceptedChange> acceptedChanges(List<String> entries) throws InvalidConfigurationException {
        Set<AcceptedChange> accepted = new LinkedHashSet<>();
        for (String entry : entries) {
            for (String part : entry.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                Optional<AcceptedChange> change = AcceptedChange.parse(part);
                if (change.isEmpty()) {
                    throw new InvalidConfigurationException(ACCEPTED_PROPERTY, part.trim(), "Accepted change '"
                            + part.trim() + "' in <acceptedChanges> (" + ACCEPTED_PROPERTY + ") is not 'RULE-ID "
                            + "element': write the rule id and the element as the report shows them, e.g. "
                            + "<acceptedChange>COMPAT-PROPERTY-REMOVED orders.note</acceptedChange>.");
                }
                accepted.add(change.get());
            }
        }
        return accepted;
    }

    private Optional<Baseline> baseline() throws IOException, InvalidConfigurationException {
        Optional<String> explicit = settings.baseline().map(String::trim).filter(s -> !s.isEmpty());
        if (explicit.isPresent()) {
            return Optional.of(explicitBaseline(explicit.get()));
        }
        String ga = settings.groupId() + ":" + settings.artifactId();
        Optional<String> version = resolver.newestReleaseBelow(settings.groupId(), settings.artifactId(),
                settings.version());
        if (version.isEmpty()) {
            log.info("No released version of " + ga + " below " + settings.version() + " in the Maven repositories: "
                    + "a first release, nothing to compare with.");
            return Optional.empty();
        }
        String coordinates = ga + ":" + version.get();
        Optional<Path> bundle = resolver.bundle(settings.groupId(), settings.artifactId(), version.get());
        if (bundle.isEmpty()) {
            log.warn("The newest release " + coordinates + " has no contracts bundle (zip, classifier contracts); "
                    + "nothing to compare with. Set <baseline> to a folder of its contracts, or release with "
                    + "mesh:bundle.");
            return Optional.empty();
        }
        return Optional.of(readBundle(bundle.get(), coordinates));
    }

    private Baseline explicitBaseline(String value) throws IOException, InvalidConfigurationException {
        Path path = null;
        try {
            path = config.baseDir().resolve(value).normalize();
        } catch (InvalidPathException e) {
            // not a path on this platform: maybe coordinates
        }
        if (path != null && Files.isDirectory(path)) {
            Baseline baseline = Baseline.fromDirectory(path, config);
            log.info("Baseline: " + baseline.description());
            return baseline;
        }
        if (path != null && Files.isRegularFile(path)) {
            return readBundle(path, config.display(path));
        }
        Matcher m = COORDINATES.matcher(value);
        if (m.matches()) {
            Optional<Path> bundle = resolver.bundle(m.group(1), m.group(2), m.group(3));
            if (bundle.isEmpty()) {
                throw new InvalidConfigurationException(BASELINE_PROPERTY, value, "No contracts bundle "
                        + m.group(1) + ":" + m.group(2) + ":zip:contracts:" + m.group(3) + " in the Maven "
                        + "repositories (named in <baseline> or -D" + BASELINE_PROPERTY + "): check the coordinates "
                        + "and that this version was released with mesh:bundle.");
            }
            return readBundle(bundle.get(), value);
        }
        throw new InvalidConfigurationException(BASELINE_PROPERTY, value, "The baseline '" + value + "' (named in "
                + "<baseline> or -D" + BASELINE_PROPERTY + ") is neither a file or directory nor groupId:artifactId:"
                + "version: fix it; relative paths start at " + config.baseDir() + ".");
    }

    private Baseline readBundle(Path zip, String description) throws InvalidConfigurationException {
        try {
            Baseline baseline = Baseline.fromBundle(zip, description);
            log.info("Baseline: " + description);
            return baseline;
        } catch (IOException e) {
            throw new InvalidConfigurationException(BASELINE_PROPERTY, description, "The baseline bundle "
                    + description + " cannot be read: " + e.getMessage() + ". Name another baseline in <baseline>.");
        }
    }

    private CompatibilityResult compare(Baseline baseline, List<Contract> current, Set<AcceptedChange> accepted,
            AvroCompatibilityMode mode) throws InvalidConfigurationException {
        List<Contract> old = baselineContracts(baseline);
        ContractSetChanges set = ContractSetChanges.match(old, current);
        GeneratorOptions options = GeneratorOptions.of(settings.generatorOptions());
        AvroCompatibilityCheck avro = new AvroCompatibilityCheck(mode, options);
        OpenApiCompatibilityCheck openApi = new OpenApiCompatibilityCheck(options);
        List<CompatibilityReport> reports = new ArrayList<>();
        for (ContractSetChanges.Pair pair : set.pairs()) {
            List<Change> derived = new ArrayList<>();
            try {
                derived.addAll(avro.compare(pair.baseline(), baseline.generated(), pair.current()));
                derived.addAll(openApi.compare(pair.baseline(), baseline.generated(), pair.current()));
            } catch (IllegalArgumentException e) {
                throw new InvalidConfigurationException("generatorOptions", "", e.getMessage());
            } catch (IllegalStateException e) {
                throw new InvalidConfigurationException(BASELINE_PROPERTY, baseline.description(), e.getMessage()
                        + ". Name another baseline in <baseline>.");
            }
            CompatibilityReport report = ContractComparator.compare(pair.baseline(), pair.current())
                    .withChanges(derived);
            reports.add(report.accept(expand(accepted, report)));
        }
        boolean majorRelease = majorRelease(baseline.version());
        List<Change> removed = set.removed().stream().map(c -> c.withAcceptance(
                accepted.stream().anyMatch(a -> a.matches(c)) ? Acceptance.LISTED
                        : majorRelease ? Acceptance.MAJOR_VERSION : Acceptance.NONE)).toList();
        List<AcceptedChange> unused = accepted.stream()
                .filter(a -> removed.stream().noneMatch(a::matches) && reports.stream()
                        .noneMatch(r -> r.changes().stream().anyMatch(c -> c.isBreaking() && a.matches(c))))
                .toList();
        return new CompatibilityResult(Optional.of(baseline.description()), reports, removed, set.added(), unused);
    }

    private List<Contract> baselineContracts(Baseline baseline) throws InvalidConfigurationException {
        ContractLoader loader = new ContractLoader(config.rules(), config.access());
        List<Contract> contracts = new ArrayList<>();
        for (Map.Entry<String, String> entry : baseline.contracts().entrySet()) {
            ValidatedResult<Contract> loaded = loader.load(entry.getValue(), entry.getKey());
            if (loaded.result().isEmpty()) {
                String first = loaded.events(Severity.ERROR).stream().findFirst()
                        .map(LineEventFormatter::headline).orElse(entry.getKey());
                throw new InvalidConfigurationException(BASELINE_PROPERTY, baseline.description(),
                        "The baseline contract " + entry.getKey() + " cannot be read (" + first + "). Name another "
                                + "baseline in <baseline>.");
            }
            contracts.add(loaded.result().get());
        }
        if (contracts.isEmpty()) {
            log.warn("The baseline " + baseline.description() + " holds no contracts.");
        }
        return contracts;
    }

    /**
     * The accepted changes plus the Avro and OpenAPI findings that a listed contract change covers (see
     * {@link DerivedChanges#covers}), so that one entry accepts a removed column in the contract, the schema and
     * the API alike.
     */
    private static Set<AcceptedChange> expand(Set<AcceptedChange> accepted, CompatibilityReport report) {
        List<Change> listed = report.changes().stream().filter(c -> c.source() == ChangeSource.CONTRACT
                && c.isBreaking() && accepted.stream().anyMatch(a -> a.matches(c))).toList();
        Set<AcceptedChange> all = new LinkedHashSet<>(accepted);
        for (Change derived : report.changes()) {
            if (derived.source() != ChangeSource.CONTRACT && derived.isBreaking()
                    && listed.stream().anyMatch(c -> DerivedChanges.covers(c, derived))) {
                all.add(derived.key());
            }
        }
        return all;
    }

    /** Whether the project's version is a new major version over the baseline's, which accepts removed contracts. */
    private boolean majorRelease(Optional<String> baselineVersion) {
        OptionalInt now = ContractSetChanges.major(settings.version());
        OptionalInt before = baselineVersion.map(ContractSetChanges::major).orElse(OptionalInt.empty());
        return now.isPresent() && before.isPresent() && now.getAsInt() > before.getAsInt();
    }

    private void logResult(CompatibilityResult result) {
        for (Change change : result.removed()) {
            logEvent(ContractSetChanges.event(change, settings.version()));
        }
        for (CompatibilityReport report : result.reports()) {
            if (report.isEmpty()) {
                log.info(report.newFile() + ": no changes since " + report.versionCheck().oldVersion() + ".");
                continue;
            }
            CompatibilityTextRenderer.render(report).lines().forEach(log::info);
            report.events().stream().filter(e -> e.severity() != Severity.NOTE).forEach(this::logEvent);
        }
        for (Change change : result.added()) {
            log.info(change.message());
        }
        for (AcceptedChange unused : result.unusedAcceptances()) {
            log.warn("Accepted change '" + unused + "' in <acceptedChanges> matches no breaking change; remove it.");
        }
        log.info("Compared " + ValidationReport.count(result.reports().size(), "contract") + " with "
                + result.baseline().orElse("") + ": " + result.count(ChangeKind.BREAKING) + " breaking ("
                + result.failing() + " not accepted), " + result.count(ChangeKind.NON_BREAKING) + " non-breaking, "
                + result.count(ChangeKind.PATCH) + " patch-level; " + result.removed().size() + " removed, "
                + result.added().size() + " added.");
    }

    private void logEvent(ValidationEvent event) {
        String text = LineEventFormatter.format(event);
        switch (event.severity()) {
            case ERROR -> log.error(text);
            case WARNING -> log.warn(text);
            case NOTE -> log.info(text);
        }
    }

    private String failureMessage(CompatibilityResult result) {
        List<String> why = new ArrayList<>();
        if (result.failing() > 0) {
            why.add(ValidationReport.count((int) result.failing(), "breaking change") + " not accepted");
        }
        if (result.versionsTooLow() > 0) {
            why.add(ValidationReport.count((int) result.versionsTooLow(), "contract version") + " too low");
        }
        return "Compatibility check against " + result.baseline().orElse("") + " failed: " + String.join(", ", why)
                + ". Release a new major version or list the changes in <acceptedChanges>, as the hints above say;"
                + " reports are in " + config.display(config.reportsDirectory()) + ".";
    }
}
