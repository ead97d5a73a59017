package dev.datamesh.catalog.importer;

import static dev.datamesh.catalog.importer.ImportTesting.assertGolden;
import static dev.datamesh.catalog.importer.ImportTesting.events;
import static dev.datamesh.catalog.importer.ImportTesting.load;
import static dev.datamesh.catalog.importer.ImportTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.GeneratorOptions;
import dev.datamesh.generator.avro.AvroSchemaGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Import of Avro schemas: every type and logical type, the round trip through the Avro generator, and errors. */
class AvroImportTest {

    private static final Path AVRO = resource("avro");
    private static final List<String> PLACEHOLDERS = List.of(
            "11:12 warning ODCS-PLACEHOLDER 'description.purpose' is a placeholder left by mesh:import: why this data"
                    + " product exists, who it serves and what questions it answers.",
            "13:9 warning ODCS-PLACEHOLDER 'team.name' is a placeholder left by mesh:import: the team that owns this"
                    + " data product.",
            "15:17 warning ODCS-PLACEHOLDER 'team.members[0].username' is a placeholder left by mesh:import: the"
                    + " username of the data product owner.");

    @TempDir
    Path temp;

    @Test
    void importsEveryAvroTypeAndLogicalType() throws IOException, ImportException {
        ImportedContract contract = importTable("all-types");

        assertThat(contract.fileName()).isEqualTo("pos_transaction.odcs.yaml");
        assertThat(contract.tables()).containsExactly("pos_transaction");
        assertGolden("avro-all-types", contract);
        assertThat(contract.warnings()).containsExactly(
                "all-types/PosTransaction.avsc field 'exchange_rate' is a big-decimal, a decimal of any precision;"
                        + " Glue has no such type and reads it as a double: give it 'physicalType: decimal(p,s)' if"
                        + " its precision is known.",
                "all-types/PosTransaction.avsc field 'warranty' is a duration, which ODCS has no type for; it is"
                        + " imported as binary.");
    }

    @Test
    void importedContractValidatesWithOnlyThePlaceholdersAsWarnings() throws IOException, ImportException {
        List<String> events = events(importTable("all-types"));

        assertThat(events).hasSize(5).startsWith(PLACEHOLDERS.toArray(String[]::new));
        assertThat(events.subList(3, 5)).allMatch(e -> e.contains(" warning ODCS-PLACEHOLDER 'slaProperties["));
    }

    @ParameterizedTest(name = "timestamps as {0}")
    @ValueSource(strings = {"micros", "millis"})
    void generatedAvroIsMutuallyCompatibleWithTheOriginal(String precision) throws IOException, ImportException {
        Schema original = parse("all-types/PosTransaction.avsc");
        Schema generated = generate(importTable("all-types"), precision);

        assertMutuallyCompatible(original, generated);
        assertThat(generated.getFullName()).isEqualTo(original.getFullName());
        assertThat(generated.getFields()).extracting(Schema.Field::name)
                .containsExactlyElementsOf(original.getFields().stream().map(Schema.Field::name).toList());
    }

    @Test
    void keepsLogicalTypesEnumsFixedAndNamesExactly() throws IOException, ImportException {
        Schema original = parse("all-types/PosTransaction.avsc");
        Schema generated = generate(importTable("all-types"), "millis");

        for (String field : List.of("transaction_id", "unit_price", "tax_amount", "sale_date", "sold_time",
                "sold_time_precise", "sold_at", "ingested_at", "traced_at", "local_sold_at", "local_ingested_at",
                "local_traced_at", "exchange_rate", "warranty", "checksum", "payment_method", "lines", "store")) {
            assertThat(generated.getField(field).schema()).as(field).isEqualTo(original.getField(field).schema());
        }
    }

    @Test
    void typesDefinedInOtherFilesArePartOfTheTablesThatUseThem() throws IOException, ImportException {
        AvroFiles.Read read = new AvroFiles(AVRO).read(Path.of("shared"));

        assertThat(read.tables()).extracting(ImportedTable::name).containsExactly("customer");
        assertThat(read.skipped()).containsExactly(
                "shared/Status.avsc holds a enum, not a record",
                "shared/types/Address.avsc defines com.acme.crm.Address, which other schemas use; it is part of their"
                        + " tables");
        ImportedContract contract = assemble(read, ImportLayout.TABLE).get(0);
        assertThat(contract.contract().get("id").asText()).isEqualTo("urn:datacontract:crm:customer");
        assertThat(events(contract)).hasSize(6).startsWith(PLACEHOLDERS.toArray(String[]::new))
                .contains("21:15 note GLUE-NAME-CASE Column name 'customerId' is stored by Glue in lower case, as"
                        + " 'customerid'.").noneMatch(e -> e.contains(" error "));
        assertMutuallyCompatible(parseAll("shared/types/Address.avsc", "shared/Customer.avsc"),
                generate(contract, "micros"));
    }

    @Test
    void whatAContractCannotHoldIsAWarning() throws IOException, ImportException {
        ImportedContract contract = importTable("lossy");

        assertThat(contract.warnings()).containsExactly(
                "lossy/Oddities.avsc field 'counts' is a map of long; a contract's object without properties is a map"
                        + " of strings, so generating Avro gives a map of strings.",
                "lossy/Oddities.avsc field 'either' is a union of string, int, which a contract cannot describe; it"
                        + " is imported as a string.",
                "lossy/Oddities.avsc field 'next' refers to the record Oddities that contains it; a contract cannot"
                        + " describe recursive types, so it is imported as an object without properties.",
                "lossy/Oddities.avsc field 'nothing' has the type null, which a contract cannot describe; it is"
                        + " imported as a string.");
        assertThat(contract.contract().has("domain")).isFalse();
        assertThat(contract.contract().get("id").asText()).isEqualTo("urn:datacontract:oddities");
        // Avro allows decimals wider than Glue's 38 digits: validation says so, at the imported line.
        assertThat(events(contract)).filteredOn(e -> e.contains(" error ")).containsExactly(
                "31:23 error GLUE-DECIMAL-RANGE Decimal 'decimal(40,2)' of property 'oddities.wide' is out of range:"
                        + " precision must be 1 to 38 and scale 0 to the precision.");
    }

    @Test
    void databaseLayoutPutsEveryTableIntoOneContract() throws IOException, ImportException {
        AvroFiles.Read read = new AvroFiles(AVRO).read(Path.of("."));
        List<ImportedContract> contracts = new ContractAssembler(ImportLayout.DATABASE, Optional.of("Sales Ops"))
                .assemble(read.tables(), "avro");

        assertThat(contracts).singleElement().satisfies(c -> {
            assertThat(c.fileName()).isEqualTo("avro.odcs.yaml");
            assertThat(c.tables()).containsExactly("pos_transaction", "oddities", "customer");
            assertThat(c.contract().get("id").asText()).isEqualTo("urn:datacontract:sales-ops:avro");
            assertThat(c.contract().get("domain").asText()).isEqualTo("Sales Ops");
        });
    }

    @Test
    void aSingleFileMayBeNamed() throws IOException, ImportException {
        AvroFiles.Read read = new AvroFiles(AVRO).read(Path.of("all-types/PosTransaction.avsc"));

        assertThat(read.tables()).extracting(ImportedTable::source).containsExactly("all-types/PosTransaction.avsc");
    }

    @Test
    void missingSourceIsAnErrorNamingTheParameter() {
        assertThatThrownBy(() -> new AvroFiles(temp).read(Path.of("schemas")))
                .isInstanceOf(ImportException.class)
                .hasMessage("No file or directory 'schemas' (named in -Dmesh.source).")
                .extracting(e -> ((ImportException) e).hint()).isEqualTo("name an .avsc file or a directory of them"
                        + " in -Dmesh.source; relative paths start at " + temp.toAbsolutePath().normalize() + ".");
    }

    @Test
    void directoryWithoutSchemasIsAnError() throws IOException {
        Files.writeString(temp.resolve("README.md"), "no schemas");

        assertThatThrownBy(() -> new AvroFiles(temp).read(Path.of(".")))
                .isInstanceOf(ImportException.class).hasMessage("No .avsc file in " + temp.toAbsolutePath() + ".");
    }

    @Test
    void invalidSchemaNamesTheFile() throws IOException {
        Files.writeString(temp.resolve("Broken.avsc"), "{\"type\": \"record\", \"name\": \"Broken\", \"fields\": [");

        assertThatThrownBy(() -> new AvroFiles(temp).read(Path.of("Broken.avsc")))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("Broken.avsc is no valid Avro schema: ")
                .extracting(e -> ((ImportException) e).hint())
                .isEqualTo("fix the schema in Broken.avsc, or point -Dmesh.source at other files.");
    }

    @Test
    void undefinedTypeIsAnError() throws IOException {
        Files.writeString(temp.resolve("Order.avsc"), "{\"type\": \"record\", \"name\": \"Order\", \"fields\": ["
                + "{\"name\": \"customer\", \"type\": \"com.acme.Customer\"}]}");

        assertThatThrownBy(() -> new AvroFiles(temp).read(Path.of(".")))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("use a type that none of them defines").hasMessageContaining("com.acme.Customer");
    }

    @Test
    void onlyNonRecordSchemasIsAnError() throws IOException {
        Files.writeString(temp.resolve("Status.avsc"), "{\"type\": \"enum\", \"name\": \"Status\", \"symbols\": [\"A\"]}");

        assertThatThrownBy(() -> new AvroFiles(temp).read(Path.of(".")))
                .isInstanceOf(ImportException.class)
                .hasMessage("No Avro record schema to import in " + temp.toAbsolutePath()
                        + ": Status.avsc holds a enum, not a record.");
    }

    @Test
    void snakeCaseOfRecordNames() {
        assertThat(Map.of("PosTransaction", "pos_transaction", "POSLine", "pos_line", "getHTTPResponse",
                "get_http_response", "order2Line", "order2_line", "already_snake", "already_snake"))
                .allSatisfy((name, snake) -> assertThat(AvroSchemaImporter.snakeCase(name)).isEqualTo(snake));
    }

    // ---- helpers ----

    private static ImportedContract importTable(String directory) throws IOException, ImportException {
        return assemble(new AvroFiles(AVRO).read(Path.of(directory)), ImportLayout.TABLE).get(0);
    }

    private static List<ImportedContract> assemble(AvroFiles.Read read, ImportLayout layout) {
        return new ContractAssembler(layout, Optional.empty()).assemble(read.tables(), "avro");
    }

    private static Schema generate(ImportedContract imported, String precision) {
        Contract contract = load(imported).result().orElseThrow();
        return new AvroSchemaGenerator().schemas(contract, GeneratorOptions.of(Map.of(
                AvroSchemaGenerator.TIMESTAMP_PRECISION, precision))).get(0);
    }

    private static Schema parse(String file) throws IOException {
        return new Schema.Parser().parse(AVRO.resolve(file).toFile());
    }

    /** Parses files in order with one parser; returns the last file's schema. */
    private static Schema parseAll(String... files) throws IOException {
        Schema.Parser parser = new Schema.Parser();
        Schema last = null;
        for (String file : files) {
            last = parser.parse(Files.readString(AVRO.resolve(file), StandardCharsets.UTF_8));
        }
        return last;
    }

    private static void assertMutuallyCompatible(Schema original, Schema generated) {
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(generated, original).getType())
                .as("generated reads original").isEqualTo(SchemaCompatibilityType.COMPATIBLE);
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(original, generated).getType())
                .as("original reads generated").isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }
}
