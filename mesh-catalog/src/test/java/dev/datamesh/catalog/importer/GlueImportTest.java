package dev.datamesh.catalog.importer;

import static dev.datamesh.catalog.importer.ImportTesting.assertGolden;
import static dev.datamesh.catalog.importer.ImportTesting.events;
import static dev.datamesh.catalog.importer.ImportTesting.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datamesh.catalog.testing.MotoServer;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.GeneratorOptions;
import dev.datamesh.generator.glue.GlueTableGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.Column;
import software.amazon.awssdk.services.glue.model.Table;

/**
 * Import from the Glue Data Catalog of a {@code moto_server} on loopback, through the real AWS SDK: every Glue type
 * read backwards, partition keys, formats and locations, the round trip through the Glue generator, and errors.
 */
class GlueImportTest {

    private static final String REGION = "eu-west-1";
    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
    private static final String PARQUET_SERDE = "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe";
    private static final List<Column> POS_COLUMNS = List.of(
            column("transaction_id", "varchar(32)", "The till transaction."),
            column("line_number", "int", "Position of the line, from 1."),
            column("quantity", "smallint", null),
            column("flags", "tinyint", null),
            column("unit_price", "decimal(12,2)", "Shelf price, tax included."),
            column("weight_kg", "float", null),
            column("score", "double", null),
            column("loyalty_points", "bigint", null),
            column("is_return", "boolean", null),
            column("sold_at", "timestamp", null),
            column("receipt", "binary", null),
            column("currency_code", "char(3)", null),
            column("basket", "array<struct<sku:string,qty:int,price:decimal(9,2)>>", "Items of a bundle."),
            column("attributes", "map<string,string>", null),
            column("customer", "struct<id:string,address:struct<city:string,zip:varchar(10)>,tags:array<string>>",
                    null),
            column("coupons", "array<array<string>>", null));
    private static final List<Column> POS_PARTITIONS = List.of(
            column("sale_date", "date", "Business day of the sale."),
            column("store_id", "string", null));

    private static MotoServer moto;
    private static GlueClient glue;

    @BeforeAll
    static void catalog() throws IOException, InterruptedException {
        moto = MotoServer.start();
        glue = GlueClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).region(Region.of(REGION))
                .endpointOverride(moto.endpointUri()).credentialsProvider(CREDENTIALS).build();
        glue.createDatabase(r -> r.databaseInput(d -> d.name("sales_pos").description("Point-of-sale data.")
                .locationUri("s3://acme-sales/pos/").parameters(Map.of("domain", "sales"))));
        glue.createTable(r -> r.databaseName("sales_pos").tableInput(t -> t.name("pos_transactions")
                .description("One row per till transaction line.").owner("hadoop").tableType("EXTERNAL_TABLE")
                .parameters(Map.of("classification", "parquet", "EXTERNAL", "TRUE", "projection.enabled", "true",
                        "projection.sale_date.type", "date", "transient_lastDdlTime", "1700000000",
                        "contract.id", "urn:datacontract:sales:old", "spark.sql.sources.provider", "parquet"))
                .partitionKeys(POS_PARTITIONS)
                .storageDescriptor(s -> s.columns(POS_COLUMNS).location("s3://acme-sales/pos/pos_transactions/")
                        .inputFormat("org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat")
                        .outputFormat("org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat")
                        .serdeInfo(i -> i.serializationLibrary(PARQUET_SERDE)))));
        glue.createTable(r -> r.databaseName("sales_pos").tableInput(t -> t.name("stores").owner("hadoop")
                .tableType("EXTERNAL_TABLE")
                .storageDescriptor(s -> s.columns(column("store_id", "string", "The store."),
                        column("opened_on", "date", null)).location("s3://acme-sales/pos/stores")
                        .inputFormat("org.apache.hadoop.mapred.TextInputFormat")
                        .serdeInfo(i -> i.serializationLibrary(PARQUET_SERDE)))));
        glue.createDatabase(r -> r.databaseInput(d -> d.name("empty_db")));
        glue.createDatabase(r -> r.databaseInput(d -> d.name("sales_legacy")));
        glue.createTable(r -> r.databaseName("sales_legacy").tableInput(t -> t.name("orc_sales")
                .tableType("EXTERNAL_TABLE")
                .storageDescriptor(s -> s.columns(column("counts", "map<string,bigint>", null),
                        column("either", "uniontype<int,string>", null),
                        column("span", "interval_day_time", null), column("broken", "struct<a int>", null))
                        .location("s3://acme-legacy/data/")
                        .inputFormat("org.apache.hadoop.hive.ql.io.orc.OrcInputFormat")
                        .serdeInfo(i -> i.serializationLibrary("org.apache.hadoop.hive.ql.io.orc.OrcSerde")))));
    }

    @AfterAll
    static void stop() {
        if (glue != null) {
            glue.close();
        }
        if (moto != null) {
            moto.close();
        }
    }

    @Test
    void importsADatabaseAsOneContract() throws IOException, ImportException {
        ImportedContract contract = importDatabase("sales_pos", List.of(), ImportLayout.DATABASE).get(0);

        assertThat(contract.fileName()).isEqualTo("sales_pos.odcs.yaml");
        assertThat(contract.tables()).containsExactly("pos_transactions", "stores");
        assertThat(contract.warnings()).isEmpty();
        assertGolden("glue-sales-pos", contract);
    }

    @Test
    void importedContractValidatesWithOnlyThePlaceholdersAsWarnings() throws ImportException {
        ImportedContract contract = importDatabase("sales_pos", List.of(), ImportLayout.DATABASE).get(0);

        assertThat(events(contract)).hasSize(5).allMatch(e -> e.contains(" warning ODCS-PLACEHOLDER "));
    }

    @Test
    void generatedGlueTablesHaveTheSameColumnsTypesAndPartitionKeys() throws ImportException {
        for (ImportLayout layout : ImportLayout.values()) {
            for (ImportedContract imported : importDatabase("sales_pos", List.of(), layout)) {
                Contract contract = load(imported).result().orElseThrow();
                for (GeneratedFile file : new GlueTableGenerator().generate(contract, GeneratorOptions.DEFAULT)) {
                    if (file.path().endsWith(".table.json")) {
                        JsonNode input = json(file.content());
                        Table original = glue.getTable(r -> r.databaseName("sales_pos")
                                .name(input.get("Name").asText())).table();
                        assertThat(columns(input.get("StorageDescriptor").get("Columns")))
                                .as(layout + " " + file.path()).isEqualTo(columns(original.storageDescriptor()
                                        .columns()));
                        assertThat(columns(input.get("PartitionKeys"))).as(layout + " " + file.path())
                                .isEqualTo(columns(original.partitionKeys()));
                        assertThat(input.get("StorageDescriptor").get("Location").asText())
                                .isEqualTo(folder(original.storageDescriptor().location()));
                        assertThat(input.get("Parameters").get("classification").asText()).isEqualTo("parquet");
                    }
                }
            }
        }
    }

    @Test
    void tableLayoutWritesOneContractPerTableInTheOrderAsked() throws ImportException {
        List<ImportedContract> contracts = importDatabase("sales_pos", List.of("STORES", "pos_transactions"),
                ImportLayout.TABLE);

        assertThat(contracts).extracting(ImportedContract::fileName)
                .containsExactly("stores.odcs.yaml", "pos_transactions.odcs.yaml");
        JsonNode stores = contracts.get(0).contract();
        assertThat(stores.get("id").asText()).isEqualTo("urn:datacontract:sales:stores");
        assertThat(stores.get("servers").get(0).get("location").asText()).isEqualTo("s3://acme-sales/pos/");
        assertThat(stores.get("team").get("name").asText()).isEqualTo("TODO(mesh-import): the team that owns this"
                + " data product. Glue names the owner 'hadoop'.");
    }

    @Test
    void whatAContractCannotHoldIsAWarning() throws ImportException {
        ImportedContract contract = importDatabase("sales_legacy", List.of(), ImportLayout.DATABASE).get(0);

        assertThat(contract.warnings()).containsExactly(
                "Glue table sales_legacy.orc_sales column 'counts' is a map<string,bigint>; a contract's object"
                        + " without properties is a map<string,string>, so generating the Glue table gives"
                        + " map<string,string> (physicalType keeps the original).",
                "Glue table sales_legacy.orc_sales column 'either' is a uniontype<int,string>, which a contract"
                        + " cannot describe; it is imported as a string.",
                "Glue table sales_legacy.orc_sales column 'span' has the Glue type 'interval_day_time', which the"
                        + " contract model has no type for; it is imported as a string.",
                "Glue table sales_legacy.orc_sales column 'broken' has the type 'struct<a int>', which is no Glue"
                        + " type the import can read (a struct field without ':' at 8); it is imported as a"
                        + " string.",
                "Glue table sales_legacy.orc_sales is stored as orc; mesh:generate writes Glue tables as parquet,"
                        + " json, csv, iceberg only, so set the server's 'format' before generating.",
                "The tables' locations (orc_sales: s3://acme-legacy/data/) are not one folder with a sub-folder per"
                        + " table, so the glue server has no 'location'; add the location the generated Glue tables"
                        + " should use (<location><table>/).");
        assertThat(contract.contract().get("servers").get(0).get("format").asText()).isEqualTo("orc");
        assertThat(contract.contract().get("domain").asText()).isEqualTo("sales_legacy");
        assertThat(events(contract)).noneMatch(e -> e.contains(" error "));
    }

    @Test
    void catalogIdAndAssumedRoleAreUsed() throws ImportException {
        AwsAccess access = access().withCatalogId("123456789012")
                .withRoleArn("arn:aws:iam::123456789012:role/mesh-reader");
        try (GlueCatalogReader reader = GlueCatalogReader.connect(access)) {
            List<ImportedTable> tables = reader.read("sales_pos", List.of("stores"));

            assertThat(tables).singleElement().satisfies(t -> assertThat(t.glue().orElseThrow().account())
                    .contains("123456789012"));
        }
    }

    @Test
    void unknownDatabaseNamesTheDatabasesThatExist() {
        assertThatThrownBy(() -> importDatabase("sales", List.of(), ImportLayout.DATABASE))
                .isInstanceOf(ImportException.class)
                .hasMessage("There is no database 'sales' in the Glue Data Catalog of the caller's account.")
                .extracting(e -> ((ImportException) e).hint())
                .isEqualTo("name one of the catalog's databases in -Dmesh.database: empty_db, sales_legacy,"
                        + " sales_pos.");
    }

    @Test
    void unknownTableNamesTheTablesThatExist() {
        assertThatThrownBy(() -> importDatabase("sales_pos", List.of("stores", "orders", "returns"),
                ImportLayout.DATABASE))
                .isInstanceOf(ImportException.class)
                .hasMessage("The Glue database 'sales_pos' has no table 'orders', 'returns'.")
                .extracting(e -> ((ImportException) e).hint())
                .isEqualTo("name tables of 'sales_pos' in -Dmesh.tables: pos_transactions, stores.");
    }

    @Test
    void emptyDatabaseIsAnError() {
        assertThatThrownBy(() -> importDatabase("empty_db", List.of(), ImportLayout.DATABASE))
                .isInstanceOf(ImportException.class)
                .hasMessage("The Glue database 'empty_db' in the Glue Data Catalog of the caller's account holds no"
                        + " tables.");
    }

    @Test
    void unreachableEndpointIsAnErrorWithAHint() throws IOException, InterruptedException {
        try (MotoServer stopped = MotoServer.start()) {
            stopped.stop();
            AwsAccess access = AwsAccess.defaults().withRegion(REGION).withEndpoint(stopped.endpointUri())
                    .withCredentials(CREDENTIALS);
            try (GlueCatalogReader reader = GlueCatalogReader.connect(access)) {
                assertThatThrownBy(() -> reader.read("sales_pos", List.of()))
                        .isInstanceOf(ImportException.class)
                        .hasMessageStartingWith("Glue GetDatabase on 'sales_pos' failed: ")
                        .extracting(e -> ((ImportException) e).hint())
                        .isEqualTo("check the network, the region (AWS_REGION) and AWS_ENDPOINT_URL.");
            } catch (ImportException e) {
                throw new AssertionError(e);
            }
        }
    }

    // ---- helpers ----

    private static AwsAccess access() {
        return AwsAccess.defaults().withRegion(REGION).withEndpoint(moto.endpointUri()).withCredentials(CREDENTIALS);
    }

    private static List<ImportedContract> importDatabase(String database, List<String> tables, ImportLayout layout)
            throws ImportException {
        try (GlueCatalogReader reader = GlueCatalogReader.connect(access())) {
            return new ContractAssembler(layout, Optional.empty()).assemble(reader.read(database, tables), database);
        }
    }

    private static String folder(String location) {
        return location.endsWith("/") ? location : location + "/";
    }

    private static Column column(String name, String type, String comment) {
        return Column.builder().name(name).type(type).comment(comment).build();
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Name and type of each column, types without spaces. */
    private static List<String> columns(JsonNode columns) {
        List<String> result = new ArrayList<>();
        columns.forEach(c -> result.add(c.get("Name").asText() + " " + c.get("Type").asText().replace(" ", "")));
        return result;
    }

    private static List<String> columns(List<Column> columns) {
        return columns.stream().map(c -> c.name() + " " + c.type().replace(" ", "")).toList();
    }
}
