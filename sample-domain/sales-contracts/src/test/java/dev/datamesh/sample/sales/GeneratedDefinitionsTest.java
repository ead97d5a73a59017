package dev.datamesh.sample.sales;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datamesh.generator.glue.AwsSdkShapes;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.glue.model.Column;
import software.amazon.awssdk.services.glue.model.DatabaseInput;
import software.amazon.awssdk.services.glue.model.TableInput;

/**
 * The definitions mesh:generate wrote for the sales contracts are read by the tools that consume them: the AWS SDK's
 * Glue model, Avro's schema parser and swagger-parser. The same bytes are on the classpath under {@code mesh/}, as
 * they are in the jar.
 */
class GeneratedDefinitionsTest {

    private static final Path GENERATED = Path.of("target/generated-resources/mesh");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> FILES = List.of(
            "avro/pos-transactions/PosTransactions.avsc",
            "avro/product-master/Products.avsc",
            "avro/store-inventory/StoreInventorySnapshots.avsc",
            "avro/store-master/Stores.avsc",
            "cloudformation/pos-transactions.cfn.yaml",
            "cloudformation/product-master.cfn.yaml",
            "cloudformation/store-inventory.cfn.yaml",
            "cloudformation/store-master.cfn.yaml",
            "glue/pos-transactions/database.json",
            "glue/pos-transactions/pos_transactions.table.json",
            "glue/product-master/database.json",
            "glue/product-master/products.table.json",
            "glue/store-inventory/database.json",
            "glue/store-inventory/store_inventory_snapshots.table.json",
            "glue/store-master/database.json",
            "glue/store-master/stores.table.json",
            "openapi/pos-transactions.openapi.yaml",
            "openapi/product-master.openapi.yaml",
            "openapi/store-inventory.openapi.yaml",
            "openapi/store-master.openapi.yaml");

    static Stream<String> files(String suffix) {
        return FILES.stream().filter(f -> f.endsWith(suffix));
    }

    static Stream<String> tables() {
        return files(".table.json");
    }

    static Stream<String> databases() {
        return files("/database.json");
    }

    static Stream<String> avroSchemas() {
        return files(".avsc");
    }

    static Stream<String> openApiSpecs() {
        return files(".openapi.yaml");
    }

    @Test
    void everyContractHasItsGlueAvroOpenApiAndCloudFormationFilesAlsoOnTheClasspath() throws IOException {
        try (Stream<Path> walk = Files.walk(GENERATED)) {
            assertThat(walk.filter(Files::isRegularFile).map(p -> GENERATED.relativize(p).toString().replace('\\', '/'))
                    .sorted()).containsExactlyElementsOf(FILES);
        }
        for (String file : FILES) {
            try (InputStream resource = getClass().getResourceAsStream("/mesh/" + file)) {
                assertThat(resource).as("classpath resource mesh/%s", file).isNotNull();
                assertThat(resource.readAllBytes()).as(file).isEqualTo(Files.readAllBytes(GENERATED.resolve(file)));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("tables")
    void everyTableLoadsIntoTheSdksTableInput(String file) throws IOException {
        JsonNode json = JSON.readTree(GENERATED.resolve(file).toFile());
        TableInput table = AwsSdkShapes.read(json, TableInput.builder());

        assertThat(AwsSdkShapes.write(table)).as("nothing dropped or renamed").isEqualTo(json);
        assertThat(file).endsWith("/" + table.name() + ".table.json");
        assertThat(table.tableType()).isEqualTo("EXTERNAL_TABLE");
        assertThat(table.parameters()).containsEntry("classification", "parquet")
                .containsKeys("contract.id", "contract.version", "contract.fingerprint");
        List<String> partitions = table.partitionKeys().stream().map(Column::name).toList();
        List<String> columns = table.storageDescriptor().columns().stream().map(Column::name).toList();
        assertThat(columns).isNotEmpty().doesNotHaveDuplicates().noneMatch(partitions::contains);
        assertThat(table.storageDescriptor().serdeInfo().serializationLibrary())
                .isEqualTo("org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyDatabaseLoadsIntoTheSdksDatabaseInput(String file) throws IOException {
        JsonNode json = JSON.readTree(GENERATED.resolve(file).toFile());
        DatabaseInput database = AwsSdkShapes.read(json, DatabaseInput.builder());

        assertThat(AwsSdkShapes.write(database)).isEqualTo(json);
        assertThat(database.name()).matches("[a-z0-9_]+");
    }

    @Test
    void posTransactionsIsPartitionedBySaleDateWithExactAmounts() throws IOException {
        TableInput table = AwsSdkShapes.read(JSON.readTree(
                GENERATED.resolve("glue/pos-transactions/pos_transactions.table.json").toFile()), TableInput.builder());

        assertThat(table.partitionKeys()).extracting(Column::name, Column::type)
                .containsExactly(Tuple.tuple("sale_date", "date"));
        List<Column> columns = table.storageDescriptor().columns();
        assertThat(columns).extracting(Column::name).doesNotContain("sale_date").startsWith("transaction_id",
                "line_number", "sold_at");
        Map<String, String> types = columns.stream().collect(Collectors.toMap(Column::name,
                Column::type));
        assertThat(types).containsEntry("unit_price", "decimal(12,2)").containsEntry("discount_amount",
                "decimal(12,2)").containsEntry("net_amount", "decimal(12,2)").containsEntry("tax_amount",
                "decimal(12,2)").containsEntry("quantity", "int").containsEntry("sold_at", "timestamp");
        assertThat(table.parameters())
                .containsEntry("contract.id", "urn:datacontract:sales:pos-transactions")
                .containsEntry("contract.version", "1.0.1")
                .hasEntrySatisfying("contract.fingerprint", f -> assertThat(f).matches("[0-9a-f]{64}"));
        assertThat(table.storageDescriptor().location()).isEqualTo("s3://acme-sales-prod-lake/pos/pos_transactions/");
    }

    @ParameterizedTest
    @MethodSource("avroSchemas")
    void everyAvroSchemaParses(String file) throws IOException {
        Schema schema = new Schema.Parser().parse(GENERATED.resolve(file).toFile());

        assertThat(schema.getType()).isEqualTo(Schema.Type.RECORD);
        assertThat(file).endsWith("/" + schema.getName() + ".avsc");
        assertThat(schema.getFields()).isNotEmpty();
    }

    @Test
    void posTransactionsAmountsAreAvroDecimals() throws IOException {
        Schema schema = new Schema.Parser().parse(
                GENERATED.resolve("avro/pos-transactions/PosTransactions.avsc").toFile());

        Schema netAmount = schema.getField("net_amount").schema();
        assertThat(netAmount.getType()).isEqualTo(Schema.Type.BYTES);
        assertThat(netAmount.getLogicalType()).isEqualTo(LogicalTypes.decimal(12, 2));
        assertThat(schema.getField("sale_date").schema().getLogicalType()).isEqualTo(LogicalTypes.date());
        assertThat(schema.getField("sold_at").schema().getLogicalType()).isEqualTo(LogicalTypes.timestampMicros());
        // optional columns are nullable with a null default; required ones are not
        Schema promotion = schema.getField("promotion_id").schema();
        assertThat(promotion.getTypes()).extracting(Schema::getType).containsExactly(Schema.Type.NULL,
                Schema.Type.STRING);
        assertThat(schema.getField("promotion_id").defaultVal()).isEqualTo(JsonProperties.NULL_VALUE);
        assertThat(schema.getField("transaction_id").schema().getType()).isEqualTo(Schema.Type.STRING);
    }

    @ParameterizedTest
    @MethodSource("openApiSpecs")
    void everyOpenApiSpecParsesWithoutAMessage(String file) throws IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(
                Files.readString(GENERATED.resolve(file), StandardCharsets.UTF_8), null, options);

        assertThat(result.getMessages()).isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api.getOpenapi()).isEqualTo("3.0.3");
        assertThat(api.getPaths()).hasSize(2);
        api.getPaths().values().forEach(path -> assertThat(path.getGet().getExtensions())
                .containsKey("x-amazon-apigateway-integration"));
    }

    @Test
    void posTransactionsApiListsAndGetsByTheCompositeKey() throws IOException {
        OpenAPI api = new OpenAPIV3Parser().readContents(Files.readString(
                GENERATED.resolve("openapi/pos-transactions.openapi.yaml"), StandardCharsets.UTF_8)).getOpenAPI();

        assertThat(api.getPaths()).containsOnlyKeys("/pos_transactions",
                "/pos_transactions/{transaction_id}/{line_number}");
        assertThat(api.getPaths().get("/pos_transactions").getGet().getOperationId()).isEqualTo("listPosTransactions");
        assertThat(api.getPaths().get("/pos_transactions/{transaction_id}/{line_number}").getGet().getOperationId())
                .isEqualTo("getPosTransactions");
    }
}
