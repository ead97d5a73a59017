package dev.datamesh.contract.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.SafeYamlLoader;
import dev.datamesh.contract.model.ContractReader;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per row of DESIGN.md's type mapping, and the rules around it. */
class TypeResolverTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # logicalType | physicalType | options        | glue          | avro                  | openapi type | format    | java
            string        | -            | -              | string        | string                | string       | -         | java.lang.String
            string        | varchar(40)  | -              | varchar(40)   | string                | string       | -         | java.lang.String
            string        | CHAR(2)      | -              | char(2)       | string                | string       | -         | java.lang.String
            string        | VARCHAR2(40) | -              | string        | string                | string       | -         | java.lang.String
            string        | -            | format: uuid   | string        | string/uuid           | string       | uuid      | java.lang.String
            integer       | -            | -              | bigint        | long                  | integer      | int64     | java.lang.Long
            integer       | int          | -              | int           | int                   | integer      | int32     | java.lang.Integer
            integer       | smallint     | -              | smallint      | int                   | integer      | int32     | java.lang.Integer
            integer       | tinyint      | -              | tinyint       | int                   | integer      | int32     | java.lang.Integer
            integer       | int4         | -              | bigint        | long                  | integer      | int64     | java.lang.Long
            number        | -            | -              | double        | double                | number       | double    | java.lang.Double
            number        | float        | -              | float         | float                 | number       | float     | java.lang.Float
            number        | decimal(12,2)| -              | decimal(12,2) | bytes/decimal(12,2)   | number       | -         | java.math.BigDecimal
            number        | numeric(38,6)| -              | decimal(38,6) | bytes/decimal(38,6)   | number       | -         | java.math.BigDecimal
            number        | decimal      | -              | decimal(10,0) | bytes/decimal(10,0)   | number       | -         | java.math.BigDecimal
            number        | decimal(7)   | -              | decimal(7,0)  | bytes/decimal(7,0)    | number       | -         | java.math.BigDecimal
            boolean       | -            | -              | boolean       | boolean               | boolean      | -         | java.lang.Boolean
            date          | -            | -              | date          | int/date              | string       | date      | java.time.LocalDate
            date          | timestamp    | -              | timestamp     | long/timestamp-micros | string       | date-time | java.time.OffsetDateTime
            timestamp     | -            | -              | timestamp     | long/timestamp-micros | string       | date-time | java.time.OffsetDateTime
            time          | -            | -              | string        | int/time-millis       | string       | time      | java.time.LocalTime
            string        | binary       | -              | binary        | bytes                 | string       | byte      | byte[]
            -             | binary       | -              | binary        | bytes                 | string       | byte      | byte[]
            -             | bigint       | -              | bigint        | long                  | integer      | int64     | java.lang.Long
            -             | -            | -              | string        | string                | string       | -         | java.lang.String
            """)
    void scalarRows(String logical, String physical, String options, String glue, String avro, String openApiType,
            String openApiFormat, String java) {
        StringBuilder yaml = new StringBuilder("name: c\n");
        if (logical != null) {
            yaml.append("logicalType: ").append(logical).append('\n');
        }
        if (physical != null) {
            yaml.append("physicalType: ").append(physical).append('\n');
        }
        if (options != null) {
            yaml.append("logicalTypeOptions: {").append(options).append("}\n");
        }
        DataType type = TypeResolver.resolve(property(yaml.toString())).type();
        assertThat(type.glueType()).isEqualTo(glue);
        assertThat(type.avroType()).isEqualTo(avro);
        assertThat(type.openApiType()).isEqualTo(openApiType);
        assertThat(type.openApiFormat()).isEqualTo(openApiFormat == null ? "" : openApiFormat);
        assertThat(type.javaType()).isEqualTo(java);
    }

    @Test
    void arrayOfScalars() {
        ResolvedField field = TypeResolver.resolve(property("""
                name: barcodes
                logicalType: array
                required: true
                items:
                  logicalType: string
                  required: true
                """));
        assertThat(field.nullable()).isFalse();
        assertThat(field.type().glueType()).isEqualTo("array<string>");
        assertThat(field.type().avroType()).isEqualTo("array<string>");
        assertThat(field.type().openApiType()).isEqualTo("array");
        assertThat(field.type().javaType()).isEqualTo("java.util.List<java.lang.String>");
    }

    @Test
    void nestedStructWithDecimalAndNullability() {
        ResolvedField field = TypeResolver.resolve(property("""
                name: Dimensions
                logicalType: object
                properties:
                  - name: height_cm
                    logicalType: number
                    physicalType: decimal(6,1)
                    required: true
                  - name: Note
                    logicalType: string
                """));
        assertThat(field.nullable()).isTrue();
        assertThat(field.glueName()).isEqualTo("dimensions");
        assertThat(field.type().glueType()).isEqualTo("struct<height_cm:decimal(6,1),note:string>");
        assertThat(field.type().avroType()).isEqualTo("record{height_cm:bytes/decimal(6,1),Note:[null,string]}");
        assertThat(field.type().openApiType()).isEqualTo("object");
        assertThat(((DataType.Struct) field.type()).fields()).extracting(ResolvedField::nullable)
                .containsExactly(false, true);
    }

    @Test
    void arrayOfStructs() {
        ResolvedField field = TypeResolver.resolve(property("""
                name: pack_sizes
                logicalType: array
                items:
                  logicalType: object
                  properties:
                    - name: units
                      logicalType: integer
                      physicalType: int
                      required: true
                    - name: gtin
                      logicalType: string
                """));
        assertThat(field.type().glueType()).isEqualTo("array<struct<units:int,gtin:string>>");
        assertThat(field.type().avroType()).isEqualTo("array<[null,record{units:int,gtin:[null,string]}]>");
    }

    @Test
    void objectWithoutPropertiesIsAMap() {
        DataType type = TypeResolver.resolve(property("name: attributes\nlogicalType: object\n")).type();
        assertThat(type.glueType()).isEqualTo("map<string,string>");
        assertThat(type.avroType()).isEqualTo("map<string>");
        assertThat(type.openApiType()).isEqualTo("object");
        assertThat(type.javaType()).isEqualTo("java.util.Map<java.lang.String, java.lang.String>");
    }

    @Test
    void physicalTypeContradictingLogicalTypeIsAnError() {
        List<ValidationEvent> events = new ArrayList<>();
        TypeResolver.resolve(property("name: code\nlogicalType: string\nphysicalType: int\n"), events);
        assertThat(events).extracting(ValidationEvent::ruleId).containsExactly(TypeResolver.PHYSICAL_TYPE);
        assertThat(events.get(0).message())
                .isEqualTo("physicalType 'int' of property 't.code' contradicts logicalType 'string'.");
        assertThat(events.get(0).location().line()).isEqualTo(6);
        assertThat(events.get(0).location().column()).isEqualTo(23);
    }

    @Test
    void decimalOutOfRangeIsAnError() {
        List<ValidationEvent> events = new ArrayList<>();
        TypeResolver.resolve(property("name: amount\nlogicalType: number\nphysicalType: decimal(40,2)\n"), events);
        assertThat(events).extracting(ValidationEvent::ruleId).containsExactly(TypeResolver.DECIMAL_RANGE);
        events.clear();
        TypeResolver.resolve(property("name: amount\nlogicalType: number\nphysicalType: decimal(5,6)\n"), events);
        assertThat(events).extracting(ValidationEvent::ruleId).containsExactly(TypeResolver.DECIMAL_RANGE);
    }

    @Test
    void arrayWithoutItemsIsAnError() {
        List<ValidationEvent> events = new ArrayList<>();
        DataType type = TypeResolver.resolve(property("name: tags\nlogicalType: array\n"), events).type();
        assertThat(events).extracting(ValidationEvent::ruleId).containsExactly(TypeResolver.ARRAY_ITEMS);
        assertThat(type.glueType()).isEqualTo("array<string>");
    }

    @Test
    void missingLogicalTypeIsAWarning() {
        List<ValidationEvent> events = new ArrayList<>();
        TypeResolver.resolve(property("name: mystery\n"), events);
        assertThat(events).extracting(ValidationEvent::ruleId).containsExactly(TypeResolver.LOGICAL_TYPE_MISSING);
    }

    private static SchemaProperty property(String yaml) {
        List<String> lines = yaml.strip().lines().toList();
        StringBuilder contract = new StringBuilder("schema:\n  - name: t\n    properties:\n");
        for (int i = 0; i < lines.size(); i++) {
            contract.append(i == 0 ? "      - " : "        ").append(lines.get(i)).append('\n');
        }
        MapNode root = (MapNode) new SafeYamlLoader().load(contract.toString(), "t.yaml").unwrap();
        return ContractReader.read(root, "t.yaml").schema().get(0).properties().get(0);
    }
}
