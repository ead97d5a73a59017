package dev.datamesh.generator.glue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.GeneratorOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.glue.model.DatabaseInput;
import software.amazon.awssdk.services.glue.model.TableInput;

/**
 * Names and descriptions full of quotes, backslashes, comment ends, template syntax, line breaks, unicode and
 * 2,000 characters give JSON and YAML that parse back to exactly the text Glue may hold.
 */
class GlueHostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private static final String HOSTILE = "He said \"hi\" \\ C:\\path\\ */ /* ${env:HOME} #{x} {{mustache}} <% x %> "
            + "'; DROP TABLE t; -- <script>alert(1)</script>\nline two\r\nline three\ttab \u0000\u001b "
            + "Z\u00fcrich \u6771\u4eac \uD83D\uDE80 \u202Eevil \u2028sep \\u0022 &amp; %s %n ' \" \"\"\" ";
    private static final String LONG = "\uD83D\uDE80" + "\u00e9\"\\*/${x}".repeat(250) + "end";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"parquet", "iceberg", "json", "csv"})
    void hostileTextRoundTrips(String format) throws Exception {
        Contract contract = hostileContract();
        List<GeneratedFile> files = new GlueTableGenerator().generate(contract,
                GeneratorOptions.of(Map.of("glue.format", format)));
        Map<String, GeneratedFile> byPath = files.stream()
                .collect(Collectors.toMap(GeneratedFile::path, f -> f, (a, b) -> a, LinkedHashMap::new));
        assertThat(byPath.keySet()).allMatch(p -> p.matches("(glue/[a-z0-9_-]+/[a-z0-9_.-]+\\.json"
                + "|cloudformation/[a-z0-9_-]+\\.cfn\\.yaml)"));

        String key = byPath.keySet().stream().filter(p -> p.endsWith("/database.json")).findFirst().orElseThrow()
                .split("/")[1];
        JsonNode database = JSON.readTree(byPath.get("glue/" + key + "/database.json").content());
        DatabaseInput db = AwsSdkShapes.read(database, DatabaseInput.builder());
        assertThat(db.description()).isEqualTo(GlueText.description(Optional.of(HOSTILE)).orElseThrow());
        assertThat(db.parameters()).containsEntry("domain", HOSTILE);

        JsonNode tableJson = JSON.readTree(byPath.get("glue/" + key + "/hostile_table.table.json").content());
        TableInput table = AwsSdkShapes.read(tableJson, TableInput.builder());
        assertThat(table.name()).isEqualTo("hostile_table");
        assertThat(table.description()).isEqualTo(GlueText.description(Optional.of(LONG)).orElseThrow())
                .hasSizeLessThanOrEqualTo(2048).startsWith("\uD83D\uDE80\u00e9\"\\*/${x}");
        assertThat(table.owner()).isEqualTo(GlueText.comment(Optional.of(HOSTILE)).orElseThrow())
                .doesNotContain("\n", "\r", "\u0000");
        assertThat(table.parameters()).containsEntry("contract.id", HOSTILE).containsEntry("data_product", LONG)
                .containsEntry("domain", HOSTILE).containsEntry("contract.version", "1.0.0");
        var columns = table.storageDescriptor().columns();
        assertThat(columns.get(0).name()).isEqualTo("quoted");
        assertThat(columns.get(0).comment()).isEqualTo(GlueText.comment(Optional.of(HOSTILE)).orElseThrow())
                .matches("[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*");
        assertThat(columns.get(1).comment()).hasSizeLessThanOrEqualTo(255).endsWith("\u2026")
                .startsWith("\uD83D\uDE80\u00e9\"\\*/${x}");
        assertThat(Character.isHighSurrogate(columns.get(1).comment().charAt(columns.get(1).comment().length() - 2)))
                .isFalse();
        assertThat(columns.get(2).type()).isEqualTo("struct<inner:string>");

        GeneratedFile template = byPath.get("cloudformation/" + key + ".cfn.yaml");
        JsonNode cfn = CloudFormationTemplateTest.assertValid(template.content());
        assertThat(cfn.get("Resources").get("GlueTableHostileTable").get("Properties").get("TableInput"))
                .isEqualTo(tableJson);
        assertThat(cfn.get("Resources").get("GlueDatabase").get("Properties").get("DatabaseInput"))
                .isEqualTo(database);
        assertThat(cfn.get("Description").textValue()).contains(HOSTILE.substring(0, 20)).doesNotContain("\n");
        assertThat(YAML.readTree(template.content())).isEqualTo(cfn);
        for (GeneratedFile file : files) {
            assertThat(file.content()).doesNotContain("\r").endsWith("\n");
        }
    }

    private static Contract hostileContract() throws Exception {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("apiVersion", "v3.1.0");
        root.put("kind", "DataContract");
        root.put("id", HOSTILE);
        root.put("name", HOSTILE);
        root.put("version", "1.0.0");
        root.put("status", "active");
        root.put("domain", HOSTILE);
        root.put("dataProduct", LONG);
        root.put("description", Map.of("purpose", HOSTILE));
        root.put("team", Map.of("name", HOSTILE));
        root.put("servers", List.of(Map.of("server", "prod", "type", "glue", "account", "1", "database", "sales",
                "description", HOSTILE, "location", "s3://bucket/" + "{model}/")));
        root.put("schema", List.of(Map.of("name", "hostile_table", "description", LONG, "properties", List.of(
                Map.of("name", "quoted", "logicalType", "string", "description", HOSTILE),
                Map.of("name", "long_text", "logicalType", "string", "description", LONG),
                Map.of("name", "nested", "logicalType", "object", "description", HOSTILE, "properties",
                        List.of(Map.of("name", "inner", "logicalType", "string", "description", HOSTILE)))))));
        String yaml = YAML.writeValueAsString(root);
        return new ContractLoader().load(yaml, "hostile.odcs.yaml").result().orElseThrow();
    }
}
