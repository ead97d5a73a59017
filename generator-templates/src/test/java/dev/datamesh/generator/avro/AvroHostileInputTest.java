package dev.datamesh.generator.avro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.GeneratorOptions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.NameValidator;
import org.apache.avro.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Descriptions and names that break naive templates still give valid Avro JSON that reads back as written. */
class AvroHostileInputTest {

    private final AvroSchemaGenerator generator = new AvroSchemaGenerator();

    static Stream<String> descriptions() {
        return Stream.of(
                "He said \"stop\" and 'left'",
                "C:\\data\\new\\table and \\u0041 and \\\" and trailing \\",
                "closes a comment */ and /* opens one, /** javadoc */",
                "${java:version} ${env:AWS_SECRET_ACCESS_KEY} #{spel} %s %n",
                "{{#lines}}{{{raw}}}{{/lines}} {{> partial}}",
                "line one\nline two\r\nline three\rline four\ttab",
                "\" }, \"type\": \"int\", \"x\": { \"",
                "'; DROP TABLE pos_transactions; -- </script><script>alert(1)</script>",
                "Größe – 売上 – \uD83D\uDE80 – مرحبا – \u200Bzero width\u00A0nbsp",
                "control \u0001\u0007\u001B chars",
                "x".repeat(1000) + "\"\\" + "é".repeat(998));
    }

    @ParameterizedTest
    @MethodSource("descriptions")
    void descriptionsReadBackExactly(String description) {
        Contract contract = AvroTestContracts.withSchema("  - " + AvroTestContracts.json(Map.of(
                "name", "t",
                "description", description,
                "properties", List.of(
                        Map.of("name", "c", "logicalType", "string", "description", description),
                        Map.of("name", "lines", "logicalType", "array", "items", Map.of("logicalType", "object",
                                "description", description,
                                "properties", List.of(Map.of("name", "x", "logicalType", "integer",
                                        "description", description))))))) + "\n");
        List<GeneratedFile> files = generator.generate(contract, GeneratorOptions.DEFAULT);
        assertThat(files).hasSize(1);
        String json = files.get(0).content();
        assertThat(json).doesNotContain("\r").endsWith("}\n");

        Schema parsed = new Schema.Parser(NameValidator.STRICT_VALIDATOR).parse(json);
        assertThat(parsed).isEqualTo(generator.schemas(contract, GeneratorOptions.DEFAULT).get(0));
        assertThat(parsed.getDoc()).isEqualTo(description);
        assertThat(parsed.getField("c").doc()).isEqualTo(description);
        Schema line = parsed.getField("lines").schema().getTypes().get(1).getElementType().getTypes().get(1);
        assertThat(line.getDoc()).isEqualTo(description);
        assertThat(line.getField("x").doc()).isEqualTo(description);
        assertThat(parsed.getFields()).extracting(Schema.Field::name).containsExactly("c", "lines");
    }

    @ParameterizedTest
    @MethodSource("descriptions")
    void hostileColumnNamesBecomeValidFieldsThatKeepTheOriginal(String name) {
        String column = name.length() > 200 ? name.substring(0, 200) : name;
        Contract contract = AvroTestContracts.withSchema("  - " + AvroTestContracts.json(Map.of(
                "name", column,
                "properties", List.of(Map.of("name", column, "logicalType", "string", "required", true),
                        Map.of("name", column + "2", "logicalType", "object",
                                "properties", List.of(Map.of("name", column, "logicalType", "date")))))) + "\n");
        GeneratedFile file = generator.generate(contract, GeneratorOptions.DEFAULT).get(0);
        assertThat(file.path()).matches("avro/pos-transactions/[A-Za-z_][A-Za-z0-9_]*\\.avsc");

        Schema parsed = new Schema.Parser(NameValidator.STRICT_VALIDATOR).parse(file.content());
        assertThat(parsed.getFields()).hasSize(2);
        Schema nested = parsed.getFields().get(1).schema().getTypes().get(1);
        for (Schema.Field field : List.of(parsed.getFields().get(0), nested.getFields().get(0))) {
            if (AvroNames.isValid(column)) {
                assertThat(field.name()).isEqualTo(column);
                assertThat(field.getProp(AvroSchemaGenerator.ORIGINAL_NAME)).isNull();
            } else {
                assertThat(AvroNames.isValid(field.name())).as(field.name()).isTrue();
                assertThat(field.getProp(AvroSchemaGenerator.ORIGINAL_NAME)).isEqualTo(column);
            }
        }
    }
}
