package dev.datamesh.generator.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.GeneratorOptions;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.glue.model.Column;
import software.amazon.awssdk.services.glue.model.CreateTableRequest;
import software.amazon.awssdk.services.glue.model.DatabaseInput;
import software.amazon.awssdk.services.glue.model.MetadataOperation;
import software.amazon.awssdk.services.glue.model.OpenTableFormatInput;
import software.amazon.awssdk.services.glue.model.TableInput;

/** Every generated Glue document loads into the AWS SDK's Glue model with no unknown or mistyped key. */
class GlueSdkShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    static List<TestContracts.Case> cases() {
        return TestContracts.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyDocumentHasTheShapeOfTheGlueApi(TestContracts.Case testCase) throws IOException {
        List<GeneratedFile> files = new GlueTableGenerator()
                .generate(TestContracts.load(testCase.contract()), GeneratorOptions.of(testCase.options()));
        int tables = 0;
        for (GeneratedFile file : files) {
            String path = file.path();
            if (path.endsWith("/database.json")) {
                JsonNode json = JSON.readTree(file.content());
                DatabaseInput database = roundTrip(json, AwsSdkShapes.read(json, DatabaseInput.builder()));
                assertThat(database.name()).matches("[a-z0-9_]{1,255}");
            } else if (path.endsWith(".table.json")) {
                JsonNode json = JSON.readTree(file.content());
                checkTable(roundTrip(json, AwsSdkShapes.read(json, TableInput.builder())), path);
                tables++;
            } else if (path.endsWith(".create-table.json")) {
                JsonNode json = JSON.readTree(file.content());
                CreateTableRequest request = roundTrip(json, AwsSdkShapes.read(json, CreateTableRequest.builder()));
                assertThat(request.openTableFormatInput().icebergInput().metadataOperation())
                        .isEqualTo(MetadataOperation.CREATE);
                assertThat(request.openTableFormatInput().icebergInput().version()).isEqualTo("2");
                assertThat(request.tableInput().parameters()).containsEntry("table_type", "ICEBERG");
                assertThat(request.tableInput().partitionKeys()).isEmpty();
                assertThat(path).isEqualTo(path.replace(".create-table.json", "") + ".create-table.json");
                assertThat(files).extracting(GeneratedFile::path)
                        .contains(path.replace(".create-table.json", ".table.json"));
            } else {
                assertThat(path).matches("cloudformation/[a-z0-9_-]+\\.cfn\\.yaml");
                checkTemplate(YAML.readTree(file.content()));
            }
        }
        assertThat(tables).as("one table file per schema object")
                .isEqualTo(TestContracts.load(testCase.contract()).schema().size());
    }

    @Test
    void unknownKeysAndWrongTypesAreReportedWithTheirPath() {
        ObjectNode unknown = JSON.createObjectNode();
        unknown.put("Name", "t");
        unknown.putObject("StorageDescriptor").putArray("Columns").addObject().put("Name", "a").put("Typ", "int");
        assertThatThrownBy(() -> AwsSdkShapes.read(unknown, TableInput.builder()))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("$.StorageDescriptor.Columns[0].Typ is no member of Column; its members are "
                        + "[Comment, Name, Parameters, Type]");

        ObjectNode mistyped = JSON.createObjectNode();
        mistyped.put("Name", "t");
        mistyped.putObject("Parameters").put("EXTERNAL", true);
        assertThatThrownBy(() -> AwsSdkShapes.read(mistyped, TableInput.builder()))
                .isInstanceOf(AssertionError.class)
                .hasMessage("$.Parameters.EXTERNAL must be a string but is BOOLEAN: true");
    }

    private static void checkTable(TableInput table, String path) {
        assertThat(path).endsWith("/" + table.name() + ".table.json");
        assertThat(table.tableType()).isEqualTo("EXTERNAL_TABLE");
        assertThat(table.parameters()).containsEntry("EXTERNAL", "TRUE").containsKeys("contract.id",
                "contract.version", "contract.fingerprint");
        List<String> columns = table.storageDescriptor().columns().stream().map(Column::name).toList();
        List<String> partitions = table.partitionKeys().stream().map(Column::name).toList();
        assertThat(columns).as("data columns of %s", path).isNotEmpty().noneMatch(partitions::contains);
        assertThat(columns).doesNotHaveDuplicates();
        if (!"ICEBERG".equals(table.parameters().get("table_type"))) {
            assertThat(table.storageDescriptor().serdeInfo().serializationLibrary()).isNotBlank();
            assertThat(table.storageDescriptor().inputFormat()).isNotBlank();
            assertThat(table.storageDescriptor().outputFormat()).isNotBlank();
        }
    }

    private static void checkTemplate(JsonNode template) {
        for (Map.Entry<String, JsonNode> resource : template.get("Resources").properties()) {
            JsonNode properties = resource.getValue().get("Properties");
            switch (resource.getValue().get("Type").asText()) {
                case "AWS::Glue::Database" -> AwsSdkShapes.read(properties.get("DatabaseInput"),
                        DatabaseInput.builder());
                case "AWS::Glue::Table" -> {
                    AwsSdkShapes.read(properties.get("TableInput"), TableInput.builder());
                    if (properties.has("OpenTableFormatInput")) {
                        AwsSdkShapes.read(properties.get("OpenTableFormatInput"), OpenTableFormatInput.builder());
                    }
                }
                default -> throw new AssertionError("unexpected resource " + resource);
            }
        }
    }

    /** The SDK object written back must be the JSON read: nothing dropped, nothing renamed. */
    private static <T extends SdkPojo> T roundTrip(JsonNode json, T value) {
        assertThat(AwsSdkShapes.write(value)).isEqualTo(json);
        return value;
    }
}
