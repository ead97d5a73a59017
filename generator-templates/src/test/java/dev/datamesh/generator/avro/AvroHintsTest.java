package dev.datamesh.generator.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.GeneratorOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.JsonSchemaFormatter;
import org.apache.avro.NameValidator;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** The Avro hints in customProperties: what they produce, and the message when one does not fit. */
class AvroHintsTest {

    private final AvroSchemaGenerator generator = new AvroSchemaGenerator();

    @Test
    void enumTakesItsSymbolsFromThePatternAndItsNameFromTheHint() {
        assertThat(field(Map.of("logicalType", "string", "logicalTypeOptions", Map.of("pattern", "^(CASH|CARD)$"),
                "required", true, "customProperties", hints("avroType", "enum", "avroName", "com.acme.Payment"))))
                .isEqualTo("{\"type\":\"enum\",\"name\":\"Payment\",\"namespace\":\"com.acme\",\"symbols\":"
                        + "[\"CASH\",\"CARD\"]}");
    }

    @Test
    void enumWithoutHintNameIsNamedAfterItsPath() {
        assertThat(field(Map.of("logicalType", "string", "logicalTypeOptions", Map.of("pattern", "^(?:A|B)$"),
                "required", true, "customProperties", hints("avroType", "enum"))))
                .isEqualTo("{\"type\":\"enum\",\"name\":\"TC\",\"namespace\":\"sales.pos_transactions\",\"symbols\":[\"A\",\"B\"]}");
    }

    @Test
    void fixedBinaryAndFixedDecimal() {
        assertThat(field(Map.of("logicalType", "string", "physicalType", "binary", "required", true,
                "customProperties", hints("avroType", "fixed", "avroFixedSize", 16, "avroName", "Md5"))))
                .isEqualTo("{\"type\":\"fixed\",\"name\":\"Md5\",\"namespace\":\"sales.pos_transactions\",\"size\":16}");
        assertThat(field(Map.of("logicalType", "number", "physicalType", "decimal(12,2)", "required", true,
                "customProperties", hints("avroType", "fixed", "avroFixedSize", 8))))
                .isEqualTo("{\"type\":\"fixed\",\"name\":\"TC\",\"namespace\":\"sales.pos_transactions\",\"size\":8,\"logicalType\":\"decimal\","
                        + "\"precision\":12,\"scale\":2}");
    }

    @Test
    void logicalTypesOfTimesTimestampsNumbersAndDurations() {
        assertThat(field(Map.of("logicalType", "time", "required", true,
                "customProperties", hints("avroLogicalType", "time-micros"))))
                .isEqualTo("{\"type\":\"long\",\"logicalType\":\"time-micros\"}");
        assertThat(field(Map.of("logicalType", "timestamp", "required", true,
                "customProperties", hints("avroLogicalType", "local-timestamp-nanos"))))
                .isEqualTo("{\"type\":\"long\",\"logicalType\":\"local-timestamp-nanos\"}");
        assertThat(field(Map.of("logicalType", "number", "required", true,
                "customProperties", hints("avroLogicalType", "big-decimal"))))
                .isEqualTo("{\"type\":\"bytes\",\"logicalType\":\"big-decimal\"}");
        assertThat(field(Map.of("logicalType", "string", "physicalType", "binary", "required", true,
                "customProperties", hints("avroType", "fixed", "avroFixedSize", 12, "avroLogicalType", "duration"))))
                .isEqualTo("{\"type\":\"fixed\",\"name\":\"TC\",\"namespace\":\"sales.pos_transactions\",\"size\":12,\"logicalType\":\"duration\"}");
    }

    @Test
    void aNamedTypeUsedTwiceIsDefinedOnceAndReferredToAfter() {
        Contract contract = AvroTestContracts.withSchema("""
                  - name: t
                    properties:
                      - name: home
                        logicalType: object
                        required: true
                        properties: [{name: city, logicalType: string, required: true}]
                        customProperties: [{property: avroName, value: com.acme.Address}]
                      - name: work
                        logicalType: object
                        properties: [{name: city, logicalType: string, required: true}]
                        customProperties: [{property: avroName, value: com.acme.Address}]
                """);
        Schema schema = generator.schemas(contract, GeneratorOptions.DEFAULT).get(0);

        assertThat(AvroSchemaGenerator.json(schema)).contains("\"type\" : [ \"null\", \"com.acme.Address\" ]");
        assertThat(new Schema.Parser(NameValidator.STRICT_VALIDATOR).parse(AvroSchemaGenerator.json(schema)))
                .isEqualTo(schema);
    }

    @Test
    void aNameUsedForTwoDifferentTypesIsAnError() {
        Contract contract = AvroTestContracts.withSchema("""
                  - name: t
                    properties:
                      - name: home
                        logicalType: object
                        properties: [{name: city, logicalType: string}]
                        customProperties: [{property: avroName, value: com.acme.Address}]
                      - name: work
                        logicalType: object
                        properties: [{name: street, logicalType: string}]
                        customProperties: [{property: avroName, value: com.acme.Address}]
                """);

        assertThatThrownBy(() -> generator.schemas(contract, GeneratorOptions.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The avroName 'com.acme.Address' of property 't.work' names a type that differs from the"
                        + " one defined before under that name; give it another name.");
    }

    @Test
    void theTableRecordTakesItsNameFromTheHint() {
        Contract contract = AvroTestContracts.withSchema("""
                  - name: pos_transaction
                    customProperties: [{property: avroName, value: com.acme.sales.POSTransaction}]
                    properties: [{name: id, logicalType: string, required: true}]
                """);

        assertThat(generator.schemas(contract, GeneratorOptions.DEFAULT).get(0).getFullName())
                .isEqualTo("com.acme.sales.POSTransaction");
    }

    @Test
    void hintsThatDoNotFitNameThePropertyAndTheKey() {
        assertThatThrownBy(() -> field(Map.of("logicalType", "string", "logicalTypeOptions",
                Map.of("pattern", "^[A-Z]+$"), "customProperties", hints("avroType", "enum"))))
                .hasMessage("Property 't.c' is an Avro enum (custom property avroType), so it must be 'logicalType:"
                        + " string' with 'logicalTypeOptions.pattern' of the form ^(A|B|C)$, each symbol an Avro"
                        + " name.");
        assertThatThrownBy(() -> field(Map.of("logicalType", "string", "customProperties",
                hints("avroType", "fixed", "avroFixedSize", 4))))
                .hasMessage("Property 't.c' is an Avro fixed (custom property avroType), so it must be a string with"
                        + " 'physicalType: binary' or a number with 'physicalType: decimal(p,s)'.");
        assertThatThrownBy(() -> field(Map.of("logicalType", "string", "physicalType", "binary",
                "customProperties", hints("avroType", "fixed"))))
                .hasMessage("Property 't.c' is an Avro fixed, so it needs the custom property avroFixedSize with its"
                        + " size in bytes (a whole number of at least 1).");
        assertThatThrownBy(() -> field(Map.of("logicalType", "string", "customProperties",
                hints("avroType", "record"))))
                .hasMessage("The custom property avroType of property 't.c' is 'record'; use enum or fixed.");
        assertThatThrownBy(() -> field(Map.of("logicalType", "date", "customProperties",
                hints("avroLogicalType", "timestamp-millis"))))
                .hasMessage("The custom property avroLogicalType of property 't.c' is 'timestamp-millis', which does"
                        + " not fit its type date; remove it.");
        assertThatThrownBy(() -> field(Map.of("logicalType", "time", "customProperties",
                hints("avroLogicalType", "timestamp-millis"))))
                .hasMessage("The custom property avroLogicalType of property 't.c' is 'timestamp-millis', which does"
                        + " not fit its type string; use one of time-micros, time-millis.");
        assertThatThrownBy(() -> field(Map.of("logicalType", "number", "physicalType", "decimal(30,2)",
                "customProperties", hints("avroType", "fixed", "avroFixedSize", 4))))
                .hasMessage("Property 't.c' has physicalType 'decimal(30,2)', whose precision does not fit in a"
                        + " fixed of 4 bytes; raise the custom property avroFixedSize.");
        assertThatThrownBy(() -> generator.schemas(AvroTestContracts.withSchema("""
                  - name: t
                    customProperties: [{property: avroName, value: com.acme.1st}]
                    properties: [{name: id, logicalType: string}]
                """), GeneratorOptions.DEFAULT))
                .hasMessage("The custom property avroName of schema object 't' is 'com.acme.1st', which is no Avro"
                        + " name: write dot-separated names of letters, digits and '_', e.g. com.acme.Address.");
    }

    /** The compact Avro type of field {@code c} of table {@code t}. */
    private String field(Map<String, Object> property) {
        Schema schema = generator.schemas(AvroTestContracts.withProperty(property), GeneratorOptions.DEFAULT).get(0);
        assertThat(new Schema.Parser(NameValidator.STRICT_VALIDATOR).parse(AvroSchemaGenerator.json(schema)))
                .isEqualTo(schema);
        return new JsonSchemaFormatter(false).format(schema.getField("c").schema());
    }

    /** A customProperties list from key, value pairs. */
    private static List<Map<String, Object>> hints(Object... keysAndValues) {
        List<Map<String, Object>> hints = new java.util.ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Map<String, Object> hint = new LinkedHashMap<>();
            hint.put("property", keysAndValues[i]);
            hint.put("value", keysAndValues[i + 1]);
            hints.add(hint);
        }
        return hints;
    }
}
