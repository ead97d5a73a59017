package dev.datamesh.plugin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datamesh.catalog.importer.AwsAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import goal's core with Avro sources (the Glue reader is tested against moto in mesh-catalog). */
class ImportCommandTest {

    private static final String ORDER = """
            {"type": "record", "name": "Order", "namespace": "com.acme.sales", "doc": "A web order.",
             "fields": [
               {"name": "order_id", "type": {"type": "string", "logicalType": "uuid"}},
               {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2}},
               {"name": "channel", "type": {"type": "enum", "name": "Channel", "symbols": ["WEB", "APP"]}},
               {"name": "note", "type": ["null", "string"], "default": null},
               {"name": "counts", "type": {"type": "map", "values": "int"}}
             ]}
            """;
    private static final String STORE = """
            {"type": "record", "name": "Store", "namespace": "com.acme.sales",
             "fields": [{"name": "store_id", "type": "string"}]}
            """;

    @TempDir
    Path base;

    private final RecordingLog log = new RecordingLog();

    @Test
    void importsAvroIntoTheContractsDirectoryAndReportsThePlaceholders() throws Exception {
        schemas();

        List<Path> written = run(settings("avro", "schemas", null, false), config());

        assertThat(written).containsExactly(base.resolve("src/main/contracts/order.odcs.yaml"),
                base.resolve("src/main/contracts/store.odcs.yaml"));
        assertThat(Files.readAllLines(written.get(0)).get(0))
                .isEqualTo("# yaml-language-server: $schema=https://raw.githubusercontent.com/bitol-io/"
                        + "open-data-contract-standard/main/schema/odcs-json-schema-v3.1.0.json");
        assertThat(log.visible()).containsExactly(
                "INFO Wrote src/main/contracts/order.odcs.yaml (order).",
                "WARN schemas/Order.avsc field 'counts' is a map of int; a contract's object without properties is a"
                        + " map of strings, so generating Avro gives a map of strings.",
                "INFO Wrote src/main/contracts/store.odcs.yaml (store).",
                "INFO Imported 2 tables into 2 contracts (status draft, version 0.1.0).",
                "WARN Replace the 10 values marked TODO(mesh-import) (owner, purpose, service levels);"
                        + " mesh:validate reports each as ODCS-PLACEHOLDER until then.");
        assertThat(log.lines()).contains("DEBUG src/main/contracts/order.odcs.yaml:13:9: warning [ODCS-PLACEHOLDER]"
                + " 'team.name' is a placeholder left by mesh:import: the team that owns this data product.\n"
                + "  hint: replace the value of 'team.name' with the real one (or remove the key).");
    }

    @Test
    void theImportedContractsValidateWithWarningsOnly() throws Exception {
        schemas();
        run(settings("avro", "schemas", null, false), config());

        ValidationReport report = new ValidateCommand(config(), new RecordingLog()).run();

        assertThat(report.errors()).isZero();
        assertThat(report.warnings()).isEqualTo(10);
        assertThat(report.failed()).isFalse();
    }

    @Test
    void databaseLayoutAndDomainGoIntoTheFirstContractsEntry() throws Exception {
        schemas();
        MeshConfiguration config = MeshConfiguration.builder(base).contracts(List.of("contracts,extra/one.yaml"))
                .build();

        List<Path> written = run(new ImportCommand.Settings("AVRO", null, List.of(), "schemas", "Database", false,
                "retail", AwsAccess.defaults()), config);

        assertThat(written).containsExactly(base.resolve("contracts/schemas.odcs.yaml"));
        assertThat(Files.readString(written.get(0))).contains("\nid: urn:datacontract:retail:schemas\n",
                "\ndomain: retail\n");
    }

    @Test
    void neverOverwritesWithoutBeingTold() throws Exception {
        schemas();
        run(settings("avro", "schemas", null, false), config());
        Path order = base.resolve("src/main/contracts/order.odcs.yaml");
        Files.writeString(order, "edited by hand\n");

        assertThatThrownBy(() -> run(settings("avro", "schemas", null, false), config()))
                .isInstanceOf(ImportFailedException.class)
                .hasMessage("The contracts src/main/contracts/order.odcs.yaml, src/main/contracts/store.odcs.yaml"
                        + " exist already; mesh:import does not replace contracts.\n"
                        + "  hint: move or delete them, or run again with -Dmesh.overwrite=true to replace them.");
        assertThat(order).hasContent("edited by hand");

        run(settings("avro", "schemas", null, true), config());
        assertThat(Files.readString(order)).startsWith("# yaml-language-server:");
    }

    @Test
    void missingOrWrongSettingsNameTheProperty() {
        assertThatThrownBy(() -> run(settings(null, null, null, false), config()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("mesh:import needs mesh.from (or <from> in the pom): set -Dmesh.from=glue (with"
                        + " -Dmesh.database) or -Dmesh.from=avro (with -Dmesh.source).");
        assertThatThrownBy(() -> run(settings("kafka", null, null, false), config()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("mesh.from is 'kafka'; set -Dmesh.from=glue or -Dmesh.from=avro (or <from> in the pom).");
        assertThatThrownBy(() -> run(settings("avro", null, null, false), config()))
                .hasMessage("mesh:import needs mesh.source (or <source> in the pom): name an .avsc file or a"
                        + " directory of them: -Dmesh.source=src/main/avro.");
        assertThatThrownBy(() -> run(settings("glue", null, null, false), config()))
                .hasMessage("mesh:import needs mesh.database (or <database> in the pom): name the Glue database to"
                        + " import: -Dmesh.database=sales_pos.");
        assertThatThrownBy(() -> run(settings("avro", "schemas", "schema", false), config()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("mesh.importLayout is 'schema'; use one of database, table (or <importLayout> in the"
                        + " pom).");
    }

    @Test
    void sourceProblemsAreFailuresWithAHint() {
        assertThatThrownBy(() -> run(settings("avro", "schemas", null, false), config()))
                .isInstanceOf(ImportFailedException.class)
                .hasMessage("No file or directory 'schemas' (named in -Dmesh.source).\n  hint: name an .avsc file or"
                        + " a directory of them in -Dmesh.source; relative paths start at " + base.toAbsolutePath()
                        + ".");
    }

    private void schemas() throws IOException {
        Path schemas = Files.createDirectories(base.resolve("schemas"));
        Files.writeString(schemas.resolve("Order.avsc"), ORDER);
        Files.writeString(schemas.resolve("Store.avsc"), STORE);
    }

    private MeshConfiguration config() throws InvalidConfigurationException {
        return MeshConfiguration.builder(base).build();
    }

    private static ImportCommand.Settings settings(String from, String source, String layout, boolean overwrite) {
        return new ImportCommand.Settings(from, null, List.of(), source, layout, overwrite, null,
                AwsAccess.defaults());
    }

    private List<Path> run(ImportCommand.Settings settings, MeshConfiguration config) throws Exception {
        return new ImportCommand(config, settings, log).run();
    }
}
