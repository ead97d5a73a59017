package dev.datamesh.generator.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.contract.types.DataType;
import dev.datamesh.contract.types.ResolvedField;
import dev.datamesh.generator.GeneratorOptions;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.junit.jupiter.api.Test;

/** One test per row of DESIGN.md's type mapping (OpenAPI column), plus nullability, bounds and examples. */
class OpenApiTypeMappingTest {

    /** The YAML of property {@code p} of a one-table contract whose only property is given. */
    static String property(String yaml) {
        return yaml(components(yaml).getComponents().getSchemas().get("T").getProperties().get("p"));
    }

    static OpenAPI components(String property) {
        return new OpenApiGenerator().build(table(property), OpenApiOptions.from(GeneratorOptions.DEFAULT));
    }

    static Contract table(String property) {
        return TestContracts.parse("""
                apiVersion: v3.1.0
                kind: DataContract
                id: t
                version: 1.0.0
                status: active
                schema:
                  - name: t
                    properties:
                      - name: p
                """ + property.indent(8));
    }

    static String yaml(Object value) {
        try {
            return OpenApiYaml.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void string() {
        assertThat(property("logicalType: string\nrequired: true")).isEqualTo("type: string\n");
    }

    @Test
    void varcharLengthIsMaxLengthAndTheSmallerMaximumWins() {
        assertThat(property("logicalType: string\nphysicalType: varchar(20)\nrequired: true"))
                .isEqualTo("maxLength: 20\ntype: string\n");
        assertThat(property("""
                logicalType: string
                physicalType: varchar(20)
                required: true
                logicalTypeOptions: {minLength: 2, maxLength: 10, pattern: '^[A-Z]+$'}
                """)).isEqualTo("""
                maxLength: 10
                minLength: 2
                pattern: "^[A-Z]+$"
                type: string
                """);
    }

    @Test
    void invalidPatternIsLeftOutSoThatTheSpecStaysValid() {
        assertThat(property("logicalType: string\nrequired: true\nlogicalTypeOptions: {pattern: '[A-Z'}"))
                .isEqualTo("type: string\n");
    }

    @Test
    void uuid() {
        assertThat(property("logicalType: string\nrequired: true\nlogicalTypeOptions: {format: uuid}"))
                .isEqualTo("type: string\nformat: uuid\n");
    }

    @Test
    void stringFormatsThatKeepAStringPassThroughOthersDoNot() {
        assertThat(property("logicalType: string\nrequired: true\nlogicalTypeOptions: {format: email}"))
                .isEqualTo("type: string\nformat: email\n");
        assertThat(property("logicalType: string\nrequired: true\nlogicalTypeOptions: {format: uri}"))
                .isEqualTo("type: string\n");
    }

    @Test
    void integerIsInt64() {
        assertThat(property("logicalType: integer\nrequired: true")).isEqualTo("type: integer\nformat: int64\n");
        assertThat(property("logicalType: integer\nphysicalType: bigint\nrequired: true"))
                .isEqualTo("type: integer\nformat: int64\n");
    }

    @Test
    void thirtyTwoBitIntegersAreInt32() {
        for (String physical : new String[] {"int", "smallint", "tinyint"}) {
            assertThat(property("logicalType: integer\nphysicalType: " + physical + "\nrequired: true"))
                    .as(physical).isEqualTo("type: integer\nformat: int32\n");
        }
    }

    @Test
    void numberIsDouble() {
        assertThat(property("logicalType: number\nrequired: true")).isEqualTo("type: number\nformat: double\n");
        assertThat(property("logicalType: number\nphysicalType: float\nrequired: true"))
                .isEqualTo("type: number\nformat: float\n");
    }

    @Test
    void decimalIsANumberWithoutFormatSoThatClientsReadBigDecimal() {
        assertThat(property("logicalType: number\nphysicalType: decimal(12,2)\nrequired: true")).isEqualTo("""
                type: number
                x-precision: 12
                x-scale: 2
                """);
        assertThat(property("logicalType: number\nphysicalType: NUMERIC(38, 0)\nrequired: true"))
                .isEqualTo("type: number\nx-precision: 38\nx-scale: 0\n");
        assertThat(property("logicalType: number\nphysicalType: decimal\nrequired: true"))
                .isEqualTo("type: number\nx-precision: 10\nx-scale: 0\n");
    }

    @Test
    void integerStoredAsDecimalIsAnExactNumber() {
        assertThat(property("logicalType: integer\nphysicalType: decimal(20,0)\nrequired: true"))
                .isEqualTo("type: number\nx-precision: 20\nx-scale: 0\n");
    }

    @Test
    void booleanDateTimestampTimeAndBinary() {
        assertThat(property("logicalType: boolean\nrequired: true")).isEqualTo("type: boolean\n");
        assertThat(property("logicalType: date\nrequired: true")).isEqualTo("type: string\nformat: date\n");
        assertThat(property("logicalType: timestamp\nrequired: true"))
                .isEqualTo("type: string\nformat: date-time\n");
        assertThat(property("logicalType: date\nphysicalType: timestamp\nrequired: true"))
                .isEqualTo("type: string\nformat: date-time\n");
        assertThat(property("logicalType: time\nrequired: true")).isEqualTo("type: string\nformat: time\n");
    }

    /** A string whose physicalType is binary (TypeResolver's BINARY) is base64 text. */
    @Test
    void binaryIsBase64String() {
        SchemaProperty property = table("logicalType: string\nrequired: true").schema().get(0).properties().get(0);
        ResolvedField field = new ResolvedField("p", DataType.Primitive.of(DataType.Kind.BINARY), false, property);

        assertThat(yaml(new SchemaFactory(new Components(), new Names()).property(field, "TP")))
                .isEqualTo("type: string\nformat: byte\n");
    }

    @Test
    void arrayHasItemsAndItemCounts() {
        assertThat(property("""
                logicalType: array
                required: true
                logicalTypeOptions: {minItems: 1, maxItems: 3, uniqueItems: true}
                items: {logicalType: integer, required: true}
                """)).isEqualTo("""
                maxItems: 3
                minItems: 1
                uniqueItems: true
                type: array
                items:
                  type: integer
                  format: int64
                """);
    }

    @Test
    void optionalArrayElementsAreNullable() {
        assertThat(property("logicalType: array\nrequired: true\nitems: {logicalType: string}")).isEqualTo("""
                type: array
                items:
                  type: string
                  nullable: true
                """);
    }

    @Test
    void objectWithPropertiesIsANestedComponentSchemaNamedAfterItsPath() {
        OpenAPI api = components("""
                logicalType: object
                required: true
                description: The address.
                properties:
                  - {name: street, logicalType: string, required: true}
                  - {name: geo, logicalType: object, properties: [{name: lat, logicalType: number, required: true}]}
                """);

        assertThat(yaml(api.getComponents().getSchemas().get("T").getProperties().get("p")))
                .isEqualTo("$ref: \"#/components/schemas/TP\"\n");
        assertThat(yaml(api.getComponents().getSchemas().get("TP"))).isEqualTo("""
                required:
                - street
                type: object
                properties:
                  street:
                    type: string
                  geo:
                    nullable: true
                    allOf:
                    - $ref: "#/components/schemas/TPGeo"
                description: The address.
                """);
        assertThat(yaml(api.getComponents().getSchemas().get("TPGeo"))).isEqualTo("""
                required:
                - lat
                type: object
                properties:
                  lat:
                    type: number
                    format: double
                """);
        assertThat(api.getComponents().getSchemas().keySet())
                .containsExactly("T", "TP", "TPGeo", "TPage", "Error");
    }

    @Test
    void arrayOfObjectsHasAnItemComponent() {
        OpenAPI api = components("""
                logicalType: array
                required: true
                items:
                  logicalType: object
                  required: true
                  properties: [{name: code, logicalType: string, required: true}]
                """);

        assertThat(yaml(api.getComponents().getSchemas().get("T").getProperties().get("p"))).isEqualTo("""
                type: array
                items:
                  $ref: "#/components/schemas/TPItem"
                """);
        assertThat(api.getComponents().getSchemas()).containsKey("TPItem");
    }

    @Test
    void objectWithoutPropertiesIsAMapOfStrings() {
        assertThat(property("logicalType: object\nrequired: true")).isEqualTo("""
                type: object
                additionalProperties:
                  type: string
                """);
    }

    @Test
    void optionalPropertiesAreNullableAndRequiredOnesListed() {
        OpenAPI api = components("logicalType: string\nrequired: false");
        Schema<?> row = api.getComponents().getSchemas().get("T");

        assertThat(yaml(row.getProperties().get("p"))).isEqualTo("type: string\nnullable: true\n");
        assertThat(row.getRequired()).isNull();
        Schema<?> required = components("logicalType: string\nrequired: true").getComponents().getSchemas().get("T");
        assertThat(required.getRequired()).containsExactly("p");
    }

    @Test
    void boundsAreCopiedAndOdcs31ExclusiveBoundsAreNumbers() {
        assertThat(property("logicalType: integer\nrequired: true\nlogicalTypeOptions: {minimum: 1, maximum: 9}"))
                .isEqualTo("maximum: 9\nminimum: 1\ntype: integer\nformat: int64\n");
        assertThat(property("""
                logicalType: number
                required: true
                logicalTypeOptions: {exclusiveMinimum: 0, exclusiveMaximum: 100.5}
                """)).isEqualTo("""
                maximum: 100.5
                exclusiveMaximum: true
                minimum: 0
                exclusiveMinimum: true
                type: number
                format: double
                """);
    }

    @Test
    void theTighterOfInclusiveAndExclusiveBoundsWins() {
        assertThat(property("""
                logicalType: integer
                required: true
                logicalTypeOptions: {minimum: 5, exclusiveMinimum: 0, maximum: 10, exclusiveMaximum: 10}
                """)).isEqualTo("""
                maximum: 10
                exclusiveMaximum: true
                minimum: 5
                type: integer
                format: int64
                """);
    }

    @Test
    void olderBooleanExclusiveFlagsMakeTheBoundExclusive() {
        assertThat(property("""
                logicalType: number
                physicalType: decimal(5,2)
                required: true
                logicalTypeOptions: {minimum: 0, exclusiveMinimum: true}
                """)).isEqualTo("""
                minimum: 0
                exclusiveMinimum: true
                type: number
                x-precision: 5
                x-scale: 2
                """);
    }

    @Test
    void dateBoundsAreLeftOutBecauseOpenApi30HasNone() {
        assertThat(property("""
                logicalType: date
                required: true
                logicalTypeOptions: {minimum: "2020-01-01", exclusiveMaximum: "2021-01-01"}
                """)).isEqualTo("type: string\nformat: date\n");
    }

    @Test
    void descriptionAndFirstExample() {
        assertThat(property("""
                logicalType: string
                required: true
                description: Store code.
                examples: [ST001, ST002]
                """)).isEqualTo("type: string\ndescription: Store code.\nexample: ST001\n");
    }

    @Test
    void examplesBecomeValuesOfTheTypeOrAreLeftOut() {
        assertThat(property("logicalType: integer\nrequired: true\nexamples: ['42']"))
                .isEqualTo("type: integer\nformat: int64\nexample: 42\n");
        assertThat(property("logicalType: integer\nrequired: true\nexamples: [forty-two]"))
                .isEqualTo("type: integer\nformat: int64\n");
        assertThat(property("logicalType: integer\nrequired: true\nexamples: [4.5]"))
                .isEqualTo("type: integer\nformat: int64\n");
        assertThat(property("logicalType: boolean\nrequired: true\nexamples: ['true']"))
                .isEqualTo("type: boolean\nexample: true\n");
        assertThat(property("logicalType: date\nrequired: true\nexamples: [2024-02-30]"))
                .isEqualTo("type: string\nformat: date\n");
        assertThat(property("logicalType: timestamp\nrequired: true\nexamples: ['2020-01-01 00:00:00']"))
                .isEqualTo("type: string\nformat: date-time\n");
        assertThat(property("logicalType: timestamp\nrequired: true\nexamples: ['2020-01-01T10:00:00+02:00']"))
                .isEqualTo("type: string\nformat: date-time\nexample: \"2020-01-01T10:00:00+02:00\"\n");
        assertThat(property("logicalType: string\nrequired: true\nlogicalTypeOptions: {format: uuid}\n"
                + "examples: [not-a-uuid]")).isEqualTo("type: string\nformat: uuid\n");
        assertThat(property("logicalType: array\nrequired: true\nitems: {logicalType: string, required: true}\n"
                + "examples: [[a, b]]")).isEqualTo("type: array\nexample:\n- a\n- b\nitems:\n  type: string\n");
    }

    @Test
    void decimalExamplesStayExact() {
        assertThat(property("""
                logicalType: number
                physicalType: decimal(38,2)
                required: true
                examples: [123456789012345678901234567890.12]
                """)).isEqualTo("""
                type: number
                example: 123456789012345678901234567890.12
                x-precision: 38
                x-scale: 2
                """);
    }
}
