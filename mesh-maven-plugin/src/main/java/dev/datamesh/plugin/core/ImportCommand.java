package dev.datamesh.plugin.core;

import dev.datamesh.catalog.importer.AvroFiles;
import dev.datamesh.catalog.importer.AwsAccess;
import dev.datamesh.catalog.importer.ContractAssembler;
import dev.datamesh.catalog.importer.ContractFiles;
import dev.datamesh.catalog.importer.GlueCatalogReader;
import dev.datamesh.catalog.importer.ImportException;
import dev.datamesh.catalog.importer.ImportLayout;
import dev.datamesh.catalog.importer.ImportedContract;
import dev.datamesh.catalog.importer.ImportedTable;
import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.validation.LineEventFormatter;
import dev.datamesh.contract.validation.ValidationEvent;
import dev.datamesh.contract.validation.rules.PlaceholderRule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The import goal without Maven: reads tables from the Glue Data Catalog or Avro schema files, writes one draft
 * contract per database or per table into the first contracts directory (never over an existing file unless told
 * to), and reports what it could not carry over and the placeholders left to fill in.
 */
public final class ImportCommand {

    /** {@code mesh.from} for the Glue Data Catalog. */
    public static final String FROM_GLUE = "glue";
    /** {@code mesh.from} for Avro schema files. */
    public static final String FROM_AVRO = "avro";

    private final MeshConfiguration config;
    private final Settings settings;
    private final MeshLog log;

    /**
     * The goal's own settings, as given (unset values are {@code null} or empty).
     *
     * @param from {@value #FROM_GLUE} or {@value #FROM_AVRO}
     * @param database the Glue database (glue)
     * @param tables Glue table names; each entry may be a comma-separated list; empty: all tables
     * @param source an {@code .avsc} file or a directory of them (avro)
     * @param layout {@code database} or {@code table}; {@code null}: database for glue, table for avro
     * @param overwrite whether existing contract files are replaced
     * @param domain the contracts' domain; {@code null}: what the source suggests
     * @param aws how to reach Glue
     */
    public record Settings(String from, String database, List<String> tables, String source, String layout,
            boolean overwrite, String domain, AwsAccess aws) {

        public Settings {
            tables = tables == null ? List.of() : List.copyOf(tables);
            Objects.requireNonNull(aws, "aws == null");
        }
    }

    public ImportCommand(MeshConfiguration config, Settings settings, MeshLog log) {
        this.config = Objects.requireNonNull(config, "config == null");
        this.settings = Objects.requireNonNull(settings, "settings == null");
        this.log = Objects.requireNonNull(log, "log == null");
    }

    /** Imports; returns the written contract files. */
    public List<Path> run() throws IOException, MeshException {
        String from = required(settings.from(), "mesh.from", "<from>",
                "set -Dmesh.from=glue (with -Dmesh.database) or -Dmesh.from=avro (with -Dmesh.source).")
                .toLowerCase(Locale.ROOT);
        Optional<ImportLayout> layout = layout();
        Optional<String> domain = Optional.ofNullable(settings.domain()).map(String::strip).filter(d -> !d.isEmpty());
        List<ImportedTable> tables;
        String sourceName;
        ImportLayout defaultLayout;
        try {
            switch (from) {
                case FROM_GLUE -> {
                    sourceName = required(settings.database(), "mesh.database", "<database>",
                            "name the Glue database to import: -Dmesh.database=sales_pos.");
                    defaultLayout = ImportLayout.DATABASE;
                    try (GlueCatalogReader reader = GlueCatalogReader.connect(settings.aws())) {
                        tables = reader.read(sourceName, tableNames());
                    }
                }
                case FROM_AVRO -> {
                    String source = required(settings.source(), "mesh.source", "<source>",
                            "name an .avsc file or a directory of them: -Dmesh.source=src/main/avro.");
                    defaultLayout = ImportLayout.TABLE;
                    AvroFiles.Read read = new AvroFiles(config.baseDir()).read(Path.of(source));
                    read.skipped().forEach(s -> log.info("Not a table: " + s + "."));
                    tables = read.tables();
                    Path named = config.baseDir().resolve(source).normalize();
                    sourceName = stripExtension(named.getFileName() == null ? "avro" : named.getFileName().toString());
                }
                default -> throw new InvalidConfigurationException("mesh.from", settings.from(), "mesh.from is '"
                        + settings.from() + "'; set -Dmesh.from=glue or -Dmesh.from=avro (or <from> in the pom).");
            }
            List<ImportedContract> contracts = new ContractAssembler(layout.orElse(defaultLayout), domain)
                    .assemble(tables, sourceName);
            Path directory = config.baseDir().resolve(config.contracts().get(0)).normalize();
            ContractFiles files = new ContractFiles(directory, config::display);
            List<Path> written = files.write(contracts, settings.overwrite());
            report(contracts, files);
            return written;
        } catch (ImportException e) {
            throw new ImportFailedException(e.formatted());
        }
    }

    private void report(List<ImportedContract> contracts, ContractFiles files) {
        ContractLoader loader = new ContractLoader(config.rules());
        int placeholders = 0;
        int tables = 0;
        for (ImportedContract contract : contracts) {
            String file = config.display(files.target(contract));
            tables += contract.tables().size();
            log.info("Wrote " + file + " (" + String.join(", ", contract.tables()) + ").");
            contract.warnings().forEach(w -> log.warn(w));
            for (ValidationEvent event : loader.load(contract.yaml(), file).events()) {
                if (event.ruleId().equals(PlaceholderRule.ID)) {
                    placeholders++;
                    log.debug(LineEventFormatter.format(event));
                } else {
                    log.warn(LineEventFormatter.format(event));
                }
            }
        }
        log.info("Imported " + tables + (tables == 1 ? " table" : " tables") + " into " + contracts.size()
                + (contracts.size() == 1 ? " contract" : " contracts") + " (status draft, version "
                + ContractAssembler.VERSION + ").");
        if (placeholders > 0) {
            log.warn("Replace the " + placeholders + " values marked " + PlaceholderRule.MARKER + " (owner, purpose,"
                    + " service levels); mesh:validate reports each as " + PlaceholderRule.ID + " until then.");
        }
    }

    private Optional<ImportLayout> layout() throws InvalidConfigurationException {
        if (settings.layout() == null || settings.layout().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(ImportLayout.parse(settings.layout()).orElseThrow(() -> new InvalidConfigurationException(
                "mesh.importLayout", settings.layout(), "mesh.importLayout is '" + settings.layout() + "'; use one of "
                        + ImportLayout.names() + " (or <importLayout> in the pom).")));
    }

    private List<String> tableNames() {
        List<String> names = new ArrayList<>();
        for (String entry : settings.tables()) {
            for (String part : entry.split(",")) {
                if (!part.isBlank()) {
                    names.add(part.strip());
                }
            }
        }
        return names;
    }

    private static String required(String value, String property, String element, String fix)
            throws InvalidConfigurationException {
        if (value == null || value.isBlank()) {
            throw new InvalidConfigurationException(property, "", "mesh:import needs " + property + " (or "
                    + element + " in the pom): " + fix);
        }
        return value.strip();
    }

    private static String stripExtension(String name) {
        return name.endsWith(".avsc") ? name.substring(0, name.length() - ".avsc".length()) : name;
    }
}
