package dev.datamesh.plugin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    /** A complete, clean contract; {@code %1$s} is the table name. */
    static final String VALID = """
            apiVersion: v3.1.0
            kind: DataContract
            id: urn:datacontract:sales:%1$s
            name: %1$s
            version: 1.0.0
            status: active
            domain: sales
            dataProduct: %1$s
            description:
              purpose: Test data, one row per %1$s.
            team:
              name: sales-data
              members:
                - username: ada
            schema:
              - name: %1$s
                physicalType: table
                description: One row per %1$s.
                properties:
                  - name: %1$s_id
                    logicalType: string
                    physicalType: string
                    description: The id.
                    required: true
                    primaryKey: true
                    primaryKeyPosition: 1
                  - name: %1$s_label
            """;

    /** {@link #VALID} with the last property typed. */
    static final String TYPED = VALID + "        logicalType: string\n";
    /** {@link #VALID} with the last property untyped: a warning at 27:15 (the name). */
    static final String UNTYPED = VALID;
    /** {@link #VALID} with a physicalType that contradicts the logicalType: an error at 29:23. */
    static final String MISTYPED = VALID + "        logicalType: string\n        physicalType: int\n";

    @TempDir
    Path base;

    private final RecordingLog log = new RecordingLog();

    @Test
    void cleanContractsPassAndWriteBothReports() throws Exception {
        write("src/main/contracts/orders.odcs.yaml", TYPED, "orders");
        write("src/main/contracts/master/products.odcs.yml", TYPED, "products");
        write("src/main/contracts/notes.yaml", "not: a contract\n", "");

        ValidationReport report = run(MeshConfiguration.builder(base));

        assertThat(report.failed()).isFalse();
        assertThat(log.visible()).containsExactly(
                "INFO Validated 2 contracts in 0.250 s: 0 errors, 0 warnings, 0 notes.",
                "INFO Reports: target/mesh-reports/validation.json, target/mesh-reports/TEST-mesh-validate.xml");
        assertThat(report.contracts()).extracting(c -> c.file().displayName()).containsExactly(
                "src/main/contracts/master/products.odcs.yml", "src/main/contracts/orders.odcs.yaml");
        assertThat(base.resolve("target/mesh-reports/validation.json")).content().startsWith("""
                {
                  "status": "passed",
                  "failOnWarning": false,
                  "summary": {
                    "contracts": 2,
                    "errors": 0,
                """);
        assertThat(base.resolve("target/mesh-reports/TEST-mesh-validate.xml")).content().contains(
                "<testsuite name=\"mesh-validate\" tests=\"2\" failures=\"0\" errors=\"0\" skipped=\"0\">");
    }

    @Test
    void errorsAreLoggedWithTheirHintsAndFailTheBuild() throws Exception {
        write("src/main/contracts/orders.odcs.yaml", MISTYPED, "orders");
        write("src/main/contracts/stores.odcs.yaml", UNTYPED, "stores");

        assertThatThrownBy(() -> run(MeshConfiguration.builder(base)))
                .isInstanceOf(InvalidContractsException.class)
                .hasMessage("Contract validation failed: 1 error in 1 contract. Fix the problems listed above;"
                        + " reports are in target/mesh-reports.");

        assertThat(log.visible()).containsExactly(
                "ERROR src/main/contracts/orders.odcs.yaml:29:23: error [ODCS-PHYSICAL-TYPE] physicalType 'int'"
                        + " of property 'orders.orders_label' contradicts logicalType 'string'.\n"
                        + "  hint: make 'physicalType' a Glue type of the same kind as 'logicalType: string',"
                        + " or remove it.",
                "WARN src/main/contracts/stores.odcs.yaml:27:15: warning [ODCS-LOGICAL-TYPE-MISSING] Property"
                        + " 'stores.stores_label' has no logicalType; it is read as a string.\n"
                        + "  hint: add 'logicalType:' (string, integer, number, boolean, date, timestamp, time,"
                        + " array or object).",
                "INFO Validated 2 contracts in 0.250 s: 1 error, 1 warning, 0 notes.",
                "INFO Reports: target/mesh-reports/validation.json, target/mesh-reports/TEST-mesh-validate.xml");
        assertThat(base.resolve("target/mesh-reports/validation.json")).content()
                .contains("\"status\": \"failed\"", "\"rule\": \"ODCS-PHYSICAL-TYPE\"");
        assertThat(base.resolve("target/mesh-reports/TEST-mesh-validate.xml")).content()
                .contains("tests=\"2\" failures=\"1\"");
    }

    @Test
    void warningsPassUnlessFailOnWarningIsSet() throws Exception {
        write("contracts/stores.odcs.yaml", UNTYPED, "stores");
        MeshConfiguration.Builder config = MeshConfiguration.builder(base).contracts(List.of("contracts"));

        assertThat(run(config).failed()).isFalse();
        assertThatThrownBy(() -> run(config.failOnWarning(true)))
                .isInstanceOf(InvalidContractsException.class)
                .hasMessage("Contract validation failed: 1 warning in 1 contract and mesh.failOnWarning is true."
                        + " Fix the problems listed above; reports are in target/mesh-reports.");
    }

    @Test
    void rulesCanBeRegradedAndIgnored() throws Exception {
        write("contracts/orders.odcs.yaml", MISTYPED, "orders");
        write("contracts/stores.odcs.yaml", UNTYPED, "stores");

        assertThatThrownBy(() -> run(MeshConfiguration.builder(base).contracts(List.of("contracts"))
                .ignoredRules(List.of("ODCS-PHYSICAL-TYPE"))
                .ruleSeverities(Map.of("ODCS-LOGICAL-TYPE-MISSING", "error"))))
                .hasMessageStartingWith("Contract validation failed: 1 error in 1 contract.");

        assertThat(log.visible()).containsExactly(
                "ERROR contracts/stores.odcs.yaml:27:15: error [ODCS-LOGICAL-TYPE-MISSING] Property"
                        + " 'stores.stores_label' has no logicalType; it is read as a string.\n"
                        + "  hint: add 'logicalType:' (string, integer, number, boolean, date, timestamp, time,"
                        + " array or object).",
                "INFO Validated 2 contracts in 0.250 s: 1 error, 0 warnings, 0 notes.",
                "INFO Reports: target/mesh-reports/validation.json, target/mesh-reports/TEST-mesh-validate.xml");
    }

    @Test
    void explicitFilesAreReadWhateverTheirNameAndPathsStayRelative() throws Exception {
        write("contracts/orders.odcs.yaml", TYPED, "orders");
        write("extra/stores.yaml", TYPED, "stores");

        ValidationReport report = run(MeshConfiguration.builder(base)
                .contracts(List.of("extra/stores.yaml,contracts"))
                .reportsDirectory(Path.of("out")));

        assertThat(report.contracts()).extracting(c -> c.file().displayName())
                .containsExactly("contracts/orders.odcs.yaml", "extra/stores.yaml");
        assertThat(log.visible()).containsExactly(
                "INFO Validated 2 contracts in 0.250 s: 0 errors, 0 warnings, 0 notes.",
                "INFO Reports: out/validation.json, out/TEST-mesh-validate.xml");
    }

    @Test
    void aMissingDefaultDirectoryMeansNothingToDo() throws Exception {
        ValidationReport report = run(MeshConfiguration.builder(base));

        assertThat(report.contracts()).isEmpty();
        assertThat(log.visible()).containsExactly(
                "INFO No contracts (*.odcs.yaml, *.odcs.yml) in src/main/contracts; nothing to validate.");
        assertThat(base.resolve("target")).doesNotExist();
    }

    @Test
    void anEmptyNamedDirectoryIsAWarning() throws Exception {
        Files.createDirectories(base.resolve("contracts"));

        run(MeshConfiguration.builder(base).contracts(List.of("contracts")));

        assertThat(log.visible()).containsExactly(
                "WARN No contracts (*.odcs.yaml, *.odcs.yml) in contracts; nothing to validate.");
    }

    @Test
    void aMissingNamedPathIsAConfigurationError() throws Exception {
        write("contracts/orders.odcs.yaml", TYPED, "orders");

        assertThatThrownBy(() -> run(MeshConfiguration.builder(base).contracts(List.of("contracts,nope,gone.yaml"))))
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.value()).isEqualTo("nope', 'gone.yaml"))
                .hasMessage("No file or directory 'nope', 'gone.yaml' (named in mesh.contracts or <contracts>): fix the path;"
                        + " relative paths start at " + base.toAbsolutePath().normalize() + ".");
        assertThat(base.resolve("target")).doesNotExist();
    }

    @Test
    void manyContractsLoadInParallelAndStayInPathOrder() throws Exception {
        for (int i = 19; i >= 0; i--) {
            write(String.format("contracts/t%02d.odcs.yaml", i), i % 5 == 0 ? UNTYPED : TYPED,
                    String.format("t%02d", i));
        }

        ValidationReport report = run(MeshConfiguration.builder(base).contracts(List.of("contracts"))
                .parallelism(4));

        assertThat(report.contracts()).hasSize(20);
        assertThat(log.visible()).containsExactly(
                warning("t00"), warning("t05"), warning("t10"), warning("t15"),
                "INFO Validated 20 contracts in 0.250 s: 0 errors, 4 warnings, 0 notes.",
                "INFO Reports: target/mesh-reports/validation.json, target/mesh-reports/TEST-mesh-validate.xml");
    }

    private static String warning(String table) {
        return "WARN contracts/" + table + ".odcs.yaml:27:15: warning [ODCS-LOGICAL-TYPE-MISSING] Property '"
                + table + "." + table + "_label' has no logicalType; it is read as a string.\n"
                + "  hint: add 'logicalType:' (string, integer, number, boolean, date, timestamp, time,"
                + " array or object).";
    }

    private ValidationReport run(MeshConfiguration.Builder config) throws Exception {
        return new ValidateCommand(config.build(), log, new SteppingTicker()).run();
    }

    private void write(String relative, String template, String name) throws IOException {
        Path file = base.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, template.formatted(name));
    }
}
