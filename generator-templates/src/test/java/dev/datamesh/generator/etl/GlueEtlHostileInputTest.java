package dev.datamesh.generator.etl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.GeneratorOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.glue.model.CreateJobRequest;

/**
 * Text that breaks naive templates (quotes, triple quotes, backslashes, line breaks, DQDL and SQL syntax, marker
 * lines, unicode) still gives scripts that compile and hold the text exactly, rulesets AWS's parser reads, and job
 * definitions the SDK loads; names that are no Glue names are refused with a message.
 */
class GlueEtlHostileInputTest {

    private final GlueEtlJobGenerator generator = new GlueEtlJobGenerator();

    static Stream<String> texts() {
        return Stream.of(
                "He said \"stop\" and 'left'",
                "triple ''' and \"\"\" quotes \\",
                "C:\\data\\new\\table and \\u0041 and \\\" and trailing \\",
                "line one\nline two\r\nline three\rline four\ttab",
                "]\nRules = [ IsComplete \"x\" ]\n# --- END USER TRANSFORMATION ---\nimport os; os.system('rm -rf /')",
                "# --- BEGIN USER TRANSFORMATION (kept on regeneration) ---",
                "'; DROP TABLE pos; -- </script> {{mustache}} ${env:SECRET} %s",
                "Größe – 売上 – \uD83D\uDE80 – مرحبا – \u202e\u2066 bidi \u200b");
    }

    @ParameterizedTest
    @MethodSource("texts")
    void hostileTextEverywhereStillGivesWorkingOutputs(String text) {
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("apiVersion", "v3.1.0");
        contract.put("kind", "DataContract");
        contract.put("id", text);
        contract.put("version", "1.0.0");
        contract.put("status", "active");
        contract.put("dataProduct", "pos-sales");
        contract.put("servers", List.of(Map.of("server", "prod", "type", "glue", "database", text)));
        contract.put("schema", List.of(Map.of("name", "t", "description", text, "quality", List.of(
                Map.of("type", "sql", "description", text, "query", "select count(*) from t where c = '"
                        + text.replace("'", "''") + "'", "mustBe", 0),
                Map.of("type", "custom", "engine", text, "implementation", text, "description", text)),
                "properties", List.of(
                        Map.of("name", "c", "logicalType", "string", "description", text, "required", true,
                                "logicalTypeOptions", Map.of("pattern", java.util.regex.Pattern.quote(text)),
                                "quality", List.of(Map.of("metric", "invalidValues", "mustBe", 0, "description", text,
                                        "arguments", Map.of("validValues", List.of(text, "ok"))))),
                        Map.of("name", "d", "logicalType", "string", "enum", List.of(text))))));
        Contract parsed = EtlTestContracts.parse(EtlTestContracts.json(contract));
        List<GeneratedFile> files = generator.generate(parsed, GeneratorOptions.DEFAULT);

        Map<String, String> byPath = new TreeMap<>();
        files.forEach(f -> byPath.put(f.path(), f.content()));
        GlueEtlGoldenTest.assertOutputsWork(byPath);

        String script = byPath.get("glue-etl/pos-sales/t.py");
        JsonNode constants = Python.constants(Map.of("t", script)).get("t");
        assertThat(constants.get("CONTRACT_ID").textValue()).isEqualTo(text);
        assertThat(UserRegions.merge(script, script)).isEqualTo(script);

        CreateJobRequest job = GlueSdk.createJobRequest(byPath.get("glue-etl/pos-sales/t.job.json"));
        assertThat(job.defaultArguments()).containsEntry("--target_database", text);
        assertThat(job.description()).doesNotContainPattern("[\\p{Cc}\\p{Cf}]");
    }

    @Test
    void namesThatAreNoGlueNamesAreRefused() {
        Contract badColumn = EtlTestContracts.withProperties(Map.of("name", "unit price", "logicalType", "number"));
        assertThatThrownBy(() -> generator.generate(badColumn, GeneratorOptions.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Property 't.unit price' has the column name 'unit price', which is no Glue name: Glue"
                        + " names are lower-case letters, digits and '_', at most 255 characters; set 'physicalName'"
                        + " of property 't.unit price' to such a name.");

        Contract badTable = EtlTestContracts.withSchema("""
                  - name: pos"sales
                    properties: [{name: a, logicalType: string}]
                """);
        assertThatThrownBy(() -> generator.generate(badTable, GeneratorOptions.DEFAULT))
                .hasMessage("Schema object 'pos\"sales' has the table name 'pos\"sales', which is no Glue name: Glue names are"
                        + " lower-case letters, digits and '_', at most 255 characters; set 'physicalName' of schema"
                        + " object 'pos\"sales' to such a name.");

        Contract nested = EtlTestContracts.withProperties(Map.of("name", "s", "logicalType", "object",
                "properties", List.of(Map.of("name", "x-y", "logicalType", "string"))));
        assertThatThrownBy(() -> generator.generate(nested, GeneratorOptions.DEFAULT))
                .hasMessageStartingWith("Property 't.s.x-y' has the column name 'x-y', which is no Glue name");

        Contract twice = EtlTestContracts.withProperties(Map.of("name", "Amount", "logicalType", "number"),
                Map.of("name", "amount", "logicalType", "number"));
        assertThatThrownBy(() -> generator.generate(twice, GeneratorOptions.DEFAULT))
                .hasMessage("Table 't' has two columns named 'amount' (Glue ignores case); rename one of them.");
    }
}
