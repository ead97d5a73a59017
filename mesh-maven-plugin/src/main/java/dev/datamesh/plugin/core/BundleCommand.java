package dev.datamesh.plugin.core;

import dev.datamesh.contract.ContractSet;
import dev.datamesh.contract.LoadedContract;
import dev.datamesh.generator.bundle.ContractBundle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The bundle goal without Maven: validates the contracts, then writes the {@code contracts} zip with the contract
 * files, every generated definition and a manifest.
 */
public final class BundleCommand {

    private final MeshConfiguration config;
    private final Settings settings;
    private final MeshLog log;

    /**
     * @param generatedDirectory the generate goal's output directory (may be missing: then only contracts)
     * @param moreGeneratedDirectories other generate executions' output directories, e.g. committed ETL scripts
     * @param bundle the zip to write
     * @param timestamp the one timestamp of every entry (the project's outputTimestamp)
     */
    public record Settings(ContractBundle.Coordinates coordinates, Path generatedDirectory,
            List<Path> moreGeneratedDirectories, Path bundle, Instant timestamp) {
        public Settings {
            Objects.requireNonNull(coordinates, "coordinates == null");
            Objects.requireNonNull(generatedDirectory, "generatedDirectory == null");
            moreGeneratedDirectories = moreGeneratedDirectories == null ? List.of()
                    : List.copyOf(moreGeneratedDirectories);
            Objects.requireNonNull(bundle, "bundle == null");
            Objects.requireNonNull(timestamp, "timestamp == null");
        }
    }

    public BundleCommand(MeshConfiguration config, Settings settings, MeshLog log) {
        this.config = Objects.requireNonNull(config, "config == null");
        this.settings = Objects.requireNonNull(settings, "settings == null");
        this.log = Objects.requireNonNull(log, "log == null");
    }

    /**
     * Writes the bundle; returns its path, or empty when there is no contract.
     *
     * @throws InvalidContractsException when a contract has an error
     */
    public java.util.Optional<Path> run() throws IOException, InterruptedException, MeshException {
        ContractSet contracts = ContractLoading.load(config, log);
        if (contracts.isEmpty()) {
            log.info("No contracts; no bundle to write.");
            return java.util.Optional.empty();
        }
        ValidationReport report = ValidationReport.of(contracts, false);
        if (report.failed()) {
            contracts.events().forEach(e -> log.error(dev.datamesh.contract.validation.LineEventFormatter.format(e)));
            throw new InvalidContractsException("mesh:bundle found " + report.errors()
                    + " errors in the contracts; no bundle was written. Run mesh:validate for the details.");
        }
        List<ContractBundle.ContractEntry> entries = new ArrayList<>();
        Map<String, byte[]> texts = new TreeMap<>();
        for (LoadedContract loaded : contracts.contracts()) {
            String path = bundlePath(loaded.file().path());
            entries.add(new ContractBundle.ContractEntry(path, loaded.contract().orElseThrow()));
            texts.put(path, Files.readAllBytes(loaded.file().path()));
        }
        Map<String, byte[]> generated = generatedFiles(settings.generatedDirectory());
        for (Path more : settings.moreGeneratedDirectories()) {
            generated.putAll(generatedFiles(more));
        }
        if (generated.isEmpty()) {
            log.warn("No generated definitions in " + config.display(settings.generatedDirectory())
                    + "; the bundle holds the contracts only. Run mesh:generate before mesh:bundle.");
        }
        ContractBundle.of(settings.coordinates(), entries, texts, generated).write(settings.bundle(),
                settings.timestamp());
        log.info("Bundled " + entries.size() + " contracts and " + generated.size() + " generated files into "
                + config.display(settings.bundle()) + ".");
        return java.util.Optional.of(settings.bundle());
    }

    /** The path of a contract inside {@code contracts/}: relative to the configured folder that holds it. */
    private String bundlePath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Path root : config.contracts()) {
            Path dir = config.baseDir().resolve(root).normalize();
            if (Files.isDirectory(dir) && absolute.startsWith(dir)) {
                return dir.relativize(absolute).toString().replace('\\', '/');
            }
        }
        return absolute.getFileName().toString();
    }

    private static Map<String, byte[]> generatedFiles(Path directory) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(".tmp")) {
                    continue;
                }
                files.put(directory.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
