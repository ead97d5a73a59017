package dev.datamesh.plugin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datamesh.catalog.CatalogException;
import dev.datamesh.catalog.RegistrationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterCommandTest {

    @TempDir
    Path base;

    private final RecordingLog log = new RecordingLog();

    private Path catalog() {
        return base.resolve("catalog");
    }

    private String uri(String relative) {
        return catalog().resolve(relative).toUri().toString();
    }

    @Test
    void firstRunCreatesEverythingAndPrintsThePlanAndThePages() throws Exception {
        write("src/main/contracts/orders.odcs.yaml", ValidateCommandTest.TYPED, "orders");

        RegistrationResult result = run(RegisterSettings.builder(catalog())).orElseThrow();

        assertThat(result.applied()).isTrue();
        assertThat(result.changesWritten()).isEqualTo(10);
        String local = "local:" + catalog();
        assertThat(log.visible()).containsExactly(
                "INFO Plan for product sales/orders (catalog " + local + "):",
                "INFO   + lf-tag classification",
                "INFO       TagValues: unclassified",
                "INFO   + lf-tag data_product",
                "INFO       TagValues: orders",
                "INFO   + lf-tag domain",
                "INFO       TagValues: sales",
                "INFO   + database sales",
                "INFO   + table sales.orders",
                "INFO   + schema registry sales",
                "INFO   + schema sales/sales.orders.Orders",
                "INFO   + lf-tags on database sales",
                "INFO       data_product: + orders",
                "INFO       domain: + sales",
                "INFO   + lf-tags on table sales.orders",
                "INFO       classification: + unclassified",
                "INFO       data_product: + orders",
                "INFO       domain: + sales",
                "INFO   + product record sales/orders",
                "INFO Plan: 10 to create, 0 to update, 0 unchanged.",
                "INFO Applied 10 changes to " + local + ".",
                "INFO Catalog: " + uri("site/index.html"),
                "INFO Product sales/orders: " + uri("site/sales/orders.html"));
        assertThat(catalog().resolve("site/sales/orders.html")).content().contains("<h1>orders</h1>");
    }

    @Test
    void secondRunOfUnchangedContractsWritesNothing() throws Exception {
        write("src/main/contracts/orders.odcs.yaml", ValidateCommandTest.TYPED, "orders");
        write("src/main/contracts/products.odcs.yaml", ValidateCommandTest.TYPED, "products");
        run(RegisterSettings.builder(catalog()));
        Map<Path, FileTime> before = files(catalog());
        log.lines().clear();

        RegistrationResult result = run(RegisterSettings.builder(catalog())).orElseThrow();

        assertThat(result.applied()).isTrue();
        assertThat(result.changesWritten()).isZero();
        assertThat(log.visible()).contains(
                "INFO Plan: 0 to create, 0 to update, 14 unchanged.",
                "INFO Nothing to change: local:" + catalog() + " is up to date.",
                "INFO Catalog: " + uri("site/index.html"),
                "INFO Product sales/orders: " + uri("site/sales/orders.html"),
                "INFO Product sales/products: " + uri("site/sales/products.html"));
        assertThat(log.visible()).noneMatch(l -> l.startsWith("INFO   + ") || l.startsWith("INFO   ~ "));
        assertThat(files(catalog())).isEqualTo(before);
    }

    @Test
    void dryRunPrintsThePlanAndCreatesNothing() throws Exception {
        write("src/main/contracts/orders.odcs.yaml", ValidateCommandTest.TYPED, "orders");

        RegistrationResult result = run(RegisterSettings.builder(catalog()).dryRun(true)).orElseThrow();

        assertThat(result.applied()).isFalse();
        assertThat(result.plan().changes()).hasSize(10);
        assertThat(log.visible()).contains("INFO Plan: 10 to create, 0 to update, 0 unchanged.",
                "INFO Dry run: nothing was changed.");
        assertThat(log.visible()).noneMatch(l -> l.startsWith("INFO Catalog: ") || l.startsWith("INFO Product "));
        assertThat(catalog()).doesNotExist();
    }

    @Test
    void glueEtlInTheGeneratorsRegistersTheJobs() throws Exception {
        write("src/main/contracts/orders.odcs.yaml", ValidateCommandTest.TYPED, "orders");

        RegistrationResult result = run(RegisterSettings.builder(catalog()).generators(List.of("glue,glue-etl"))
                .dryRun(true)).orElseThrow();

        assertThat(log.visible()).contains("INFO   + job orders-orders",
                "INFO Plan: 11 to create, 0 to update, 0 unchanged.");
        assertThat(result.plan().changes()).hasSize(11);
    }

    @Test
    void contractErrorsRegisterNothing() throws Exception {
        write("src/main/contracts/orders.odcs.yaml", ValidateCommandTest.MISTYPED, "orders");

        assertThatThrownBy(() -> run(RegisterSettings.builder(catalog())))
                .isInstanceOf(InvalidContractsException.class)
                .hasMessage("mesh:register found 1 error in the contracts; nothing was registered. "
                        + "Fix the problems listed above.");

        assertThat(log.visible()).containsExactly(
                "ERROR src/main/contracts/orders.odcs.yaml:29:23: error [ODCS-PHYSICAL-TYPE] physicalType 'int' of "
                        + "property 'orders.orders_label' contradicts logicalType 'string'.\n"
                        + "  hint: make 'physicalType' a Glue type of the same kind as 'logicalType: string', or "
                        + "remove it.");
        assertThat(catalog()).doesNotExist();
    }

    @Test
    void warningsFailOnlyWithFailOnWarning() throws Exception {
        write("src/main/contracts/orders.odcs.yaml", ValidateCommandTest.UNTYPED, "orders");

        assertThatThrownBy(() -> new RegisterCommand(MeshConfiguration.builder(base).failOnWarning(true).build(),
                RegisterSettings.builder(catalog()).build(), log).run())
                .isInstanceOf(InvalidContractsException.class)
                .hasMessage("mesh:register found 1 warning (failOnWarning is set) in the contracts; nothing was "
                        + "registered. Fix the problems listed above.");
        assertThat(catalog()).doesNotExist();

        assertThat(run(RegisterSettings.builder(catalog()))).isPresent();
        assertThat(catalog().resolve("site/index.html")).exists();
    }

    @Test
    void noContractsNothingToRegister() throws Exception {
        assertThat(run(RegisterSettings.builder(catalog()))).isEmpty();

        assertThat(log.visible()).containsExactly("INFO No contracts; nothing to register.");
        assertThat(catalog()).doesNotExist();
    }

    @Test
    void glueSettingsWithTheLocalCatalogAreReported() throws Exception {
        write("src/main/contracts/orders.odcs.yaml", ValidateCommandTest.TYPED, "orders");

        run(RegisterSettings.builder(catalog()).catalogId("123456789012").externalId("s3cr3t").dryRun(true));

        assertThat(log.visible().get(0)).isEqualTo("WARN mesh.catalogId, mesh.externalId are ignored by the local "
                + "catalog; set mesh.catalog=glue to register in AWS Glue.");
        assertThat(log.lines()).noneMatch(l -> l.contains("s3cr3t"));
    }

    @Test
    void unusableGeneratorOptionIsAConfigurationError() throws Exception {
        write("src/main/contracts/orders.odcs.yaml", ValidateCommandTest.TYPED, "orders");

        assertThatThrownBy(() -> run(RegisterSettings.builder(catalog()).generatorOptions(Map.of("glue.format",
                "xml"))))
                .isInstanceOf(InvalidConfigurationException.class)
                .extracting(e -> ((InvalidConfigurationException) e).setting()).isEqualTo("generatorOptions");
        assertThat(catalog()).doesNotExist();
    }

    @Test
    void aCatalogPathThatIsAFileFailsWithTheCatalogsMessage() throws Exception {
        write("src/main/contracts/orders.odcs.yaml", ValidateCommandTest.TYPED, "orders");
        Files.writeString(catalog(), "not a directory");

        assertThatThrownBy(() -> run(RegisterSettings.builder(catalog())))
                .isInstanceOf(CatalogException.class)
                .hasMessage("The catalog path " + catalog() + " is a file, not a directory.")
                .satisfies(e -> assertThat(((CatalogException) e).resumable()).isFalse());
    }

    private java.util.Optional<RegistrationResult> run(RegisterSettings.Builder settings) throws Exception {
        return new RegisterCommand(MeshConfiguration.builder(base).build(), settings.build(), log).run();
    }

    /** Every file below the directory with its modification time. */
    private static Map<Path, FileTime> files(Path root) throws IOException {
        Map<Path, FileTime> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(file), Files.getLastModifiedTime(file));
            }
        }
        return out;
    }

    private void write(String relative, String template, String name) throws IOException {
        Path file = base.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, template.formatted(name));
    }
}
