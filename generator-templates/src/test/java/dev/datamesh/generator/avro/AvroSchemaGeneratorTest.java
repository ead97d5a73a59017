package dev.datamesh.generator.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.types.DataType;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.GeneratorOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.JsonProperties;
import org.apache.avro.JsonSchemaFormatter;
import org.apache.avro.LogicalTypes;
import org.apache.avro.NameValidator;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AvroSchemaGeneratorTest {

    private final AvroSchemaGenerator generator = new AvroSchemaGenerator();

    @Test
    void isNamedAvro() {
        assertThat(generator.name()).isEqualTo("avro");
    }

    // ---- type mapping, one row per case of DESIGN.md's table (required properties: no union) ----

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            string  | -             | "string"
            string  | varchar(10)   | "string"
            string  | char(2)       | "string"
            integer | -             | "long"
            integer | bigint        | "long"
            integer | int           | "int"
            integer | smallint      | "int"
            integer | tinyint       | "int"
            integer | decimal(20,0) | {"type":"bytes","logicalType":"decimal","precision":20,"scale":0}
            number  | -             | "double"
            number  | double        | "double"
            number  | float         | "float"
            number  | decimal(12,2) | {"type":"bytes","logicalType":"decimal","precision":12,"scale":2}
            number  | numeric(5,5)  | {"type":"bytes","logicalType":"decimal","precision":5,"scale":5}
            number  | decimal       | {"type":"bytes","logicalType":"decimal","precision":10,"scale":0}
            boolean | -             | "boolean"
            date    | -             | {"type":"int","logicalType":"date"}
            date    | timestamp     | {"type":"long","logicalType":"timestamp-micros"}
            timestamp | -           | {"type":"long","logicalType":"timestamp-micros"}
            time    | -             | {"type":"int","logicalType":"time-millis"}
            object  | -             | {"type":"map","values":"string"}
            """)
    void mapsEachLogicalTypeOfARequiredProperty(String logicalType, String physicalType, String avro) {
        Map<String, Object> property = new LinkedHashMap<>();
        property.put("logicalType", logicalType);
        if (physicalType != null) {
            property.put("physicalType", physicalType);
        }
        property.put("required", true);
        Schema.Field field = field(property, GeneratorOptions.DEFAULT);
        assertThat(compact(field.schema())).isEqualTo(avro);
        assertThat(field.hasDefaultValue()).isFalse();
    }

    @Test
    void stringWithFormatUuidIsTheUuidLogicalType() {
        Schema.Field field = field(Map.of("logicalType", "string", "logicalTypeOptions", Map.of("format", "uuid"),
                "required", true), GeneratorOptions.DEFAULT);
        assertThat(compact(field.schema())).isEqualTo("{\"type\":\"string\",\"logicalType\":\"uuid\"}");
        assertThat(field.schema().getLogicalType()).isEqualTo(LogicalTypes.uuid());
    }

    @Test
    void decimalCarriesPrecisionAndScale() {
        Schema decimal = field(Map.of("logicalType", "number", "physicalType", "decimal(38,9)", "required", true),
                GeneratorOptions.DEFAULT).schema();
        assertThat(decimal.getType()).isEqualTo(Schema.Type.BYTES);
        assertThat(decimal.getLogicalType()).isEqualTo(LogicalTypes.decimal(38, 9));
        assertThat(decimal.getObjectProp("precision")).isEqualTo(38);
        assertThat(decimal.getObjectProp("scale")).isEqualTo(9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"millis", "MILLIS", " millis "})
    void timestampPrecisionOptionSwitchesToMillis(String value) {
        Schema.Field field = field(Map.of("logicalType", "timestamp", "required", true),
                GeneratorOptions.of(Map.of(AvroSchemaGenerator.TIMESTAMP_PRECISION, value)));
        assertThat(compact(field.schema())).isEqualTo("{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}");
    }

    @Test
    void timestampPrecisionMicrosIsTheDefault() {
        Schema.Field field = field(Map.of("logicalType", "timestamp", "required", true),
                GeneratorOptions.of(Map.of(AvroSchemaGenerator.TIMESTAMP_PRECISION, "micros")));
        assertThat(field.schema().getLogicalType()).isEqualTo(LogicalTypes.timestampMicros());
    }

    @Test
    void timestampPrecisionOptionRejectsOtherValues() {
        Contract contract = AvroTestContracts.withProperty(Map.of("logicalType", "timestamp"));
        GeneratorOptions options = GeneratorOptions.of(Map.of(AvroSchemaGenerator.TIMESTAMP_PRECISION, "nanos"));
        assertThatThrownBy(() -> generator.generate(contract, options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option avro.timestampPrecision must be 'micros' or 'millis', not 'nanos'");
    }

    @Test
    void timeStaysMillisWithTheTimestampOption() {
        Schema.Field field = field(Map.of("logicalType", "time", "required", true),
                GeneratorOptions.of(Map.of(AvroSchemaGenerator.TIMESTAMP_PRECISION, "millis")));
        assertThat(field.schema().getLogicalType()).isEqualTo(LogicalTypes.timeMillis());
    }

    @ParameterizedTest
    @EnumSource(DataType.Kind.class)
    void everyScalarKindHasTheAvroTypeOfTheTypeMapping(DataType.Kind kind) {
        String expected = switch (kind) {
            case STRING -> "\"string\"";
            case UUID -> "{\"type\":\"string\",\"logicalType\":\"uuid\"}";
            case TINYINT, SMALLINT, INT -> "\"int\"";
            case BIGINT -> "\"long\"";
            case FLOAT -> "\"float\"";
            case DOUBLE -> "\"double\"";
            case BOOLEAN -> "\"boolean\"";
            case DATE -> "{\"type\":\"int\",\"logicalType\":\"date\"}";
            case TIMESTAMP -> "{\"type\":\"long\",\"logicalType\":\"timestamp-micros\"}";
            case TIME -> "{\"type\":\"int\",\"logicalType\":\"time-millis\"}";
            case BINARY -> "\"bytes\"";
        };
        assertThat(compact(AvroSchemaGenerator.primitive(kind, false))).isEqualTo(expected);
        // The short form contract-model gives for Avro names the same type.
        assertThat(DataType.Primitive.of(kind).avroType())
                .isEqualTo(expected.replaceAll("[{}\"]", "").replace("type:", "").replace(",logicalType:", "/"));
    }

    @Test
    void arrayOfOptionalItemsHasNullableItems() {
        Schema.Field field = field(Map.of("logicalType", "array", "items", Map.of("logicalType", "string"),
                "required", true), GeneratorOptions.DEFAULT);
        assertThat(compact(field.schema())).isEqualTo("{\"type\":\"array\",\"items\":[\"null\",\"string\"]}");
    }

    @Test
    void arrayOfRequiredItemsHasPlainItems() {
        Schema.Field field = field(Map.of("logicalType", "array",
                "items", Map.of("logicalType", "date", "required", true), "required", true), GeneratorOptions.DEFAULT);
        assertThat(compact(field.schema()))
                .isEqualTo("{\"type\":\"array\",\"items\":{\"type\":\"int\",\"logicalType\":\"date\"}}");
    }

    @Test
    void objectWithPropertiesIsANestedRecordNamedAfterItsPath() {
        Schema.Field field = field(Map.of("logicalType", "object", "required", true, "properties",
                List.of(Map.of("name", "height_cm", "logicalType", "number", "required", true))),
                GeneratorOptions.DEFAULT);
        assertThat(compact(field.schema())).isEqualTo("""
                {"type":"record","name":"TC","namespace":"sales.pos_transactions",\
                "fields":[{"name":"height_cm","type":"double"}]}""");
    }

    @Test
    void arrayItemsDescriptionIsTheDocOfTheElementRecord() {
        Schema.Field field = field(Map.of("logicalType", "array", "required", true, "description", "The lines.",
                "items", Map.of("logicalType", "object", "required", true, "description", "One line.",
                        "properties", List.of(Map.of("name", "sku", "logicalType", "string", "required", true)))),
                GeneratorOptions.DEFAULT);
        assertThat(field.doc()).isEqualTo("The lines.");
        assertThat(field.schema().getElementType().getFullName()).isEqualTo("sales.pos_transactions.TC");
        assertThat(field.schema().getElementType().getDoc()).isEqualTo("One line.");
    }

    // ---- nullability ----

    @Test
    void optionalPropertyIsAUnionWithNullFirstAndDefaultNull() {
        Schema.Field field = field(Map.of("logicalType", "number", "physicalType", "decimal(12,2)"),
                GeneratorOptions.DEFAULT);
        assertThat(compact(field.schema())).isEqualTo(
                "[\"null\",{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":12,\"scale\":2}]");
        assertThat(field.hasDefaultValue()).isTrue();
        assertThat(field.defaultVal()).isEqualTo(JsonProperties.NULL_VALUE);
    }

    @Test
    void optionalFieldIsWrittenWithDefaultNull() {
        Contract contract = AvroTestContracts.withProperty(Map.of("logicalType", "date", "description", "Day."));
        assertThat(generator.generate(contract, GeneratorOptions.DEFAULT)).containsExactly(new GeneratedFile(
                "avro/pos-transactions/T.avsc", """
                {
                  "type" : "record",
                  "name" : "T",
                  "namespace" : "sales.pos_transactions",
                  "fields" : [ {
                    "name" : "c",
                    "type" : [ "null", {
                      "type" : "int",
                      "logicalType" : "date"
                    } ],
                    "doc" : "Day.",
                    "default" : null
                  } ]
                }
                """));
    }

    @Test
    void optionalNestedRecordIsAUnionWithNull() {
        Schema.Field field = field(Map.of("logicalType", "object",
                "properties", List.of(Map.of("name", "x", "logicalType", "boolean"))), GeneratorOptions.DEFAULT);
        assertThat(field.schema().isNullable()).isTrue();
        assertThat(field.schema().getTypes().get(1).getName()).isEqualTo("TC");
        assertThat(field.schema().getTypes().get(1).getField("x").defaultVal()).isEqualTo(JsonProperties.NULL_VALUE);
    }

    // ---- names ----

    @Test
    void namespaceIsDomainAndProduct() {
        assertThat(table("  - name: pos_transactions\n", GeneratorOptions.DEFAULT).getFullName())
                .isEqualTo("sales.pos_transactions.PosTransactions");
    }

    @Test
    void namespacePrefixOptionGoesFirst() {
        GeneratorOptions options = GeneratorOptions.of(Map.of(AvroSchemaGenerator.NAMESPACE_PREFIX, "com.acme.mesh"));
        assertThat(table("  - name: t\n", options).getNamespace()).isEqualTo("com.acme.mesh.sales.pos_transactions");
    }

    @Test
    void invalidNamespacePrefixIsRejected() {
        Contract contract = AvroTestContracts.withSchema("  - name: t\n");
        GeneratorOptions options = GeneratorOptions.of(Map.of(AvroSchemaGenerator.NAMESPACE_PREFIX, "com.acme-corp"));
        assertThatThrownBy(() -> generator.generate(contract, options))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option avro.namespacePrefix must be dot-separated Avro names ([A-Za-z_][A-Za-z0-9_]*),"
                        + " not 'com.acme-corp'");
    }

    @Test
    void namespaceWithoutDomainIsTheProductAndDomainIsSanitized() {
        Contract noDomain = AvroTestContracts.parse("""
                apiVersion: v3.1.0
                kind: DataContract
                id: x
                version: 1.0.0
                status: active
                dataProduct: 2nd Product
                schema:
                  - name: t
                """);
        assertThat(generator.schemas(noDomain, GeneratorOptions.DEFAULT).get(0).getNamespace())
                .isEqualTo("_2nd_product");
        Contract oddDomain = AvroTestContracts.parse("""
                apiVersion: v3.1.0
                kind: DataContract
                id: x
                version: 1.0.0
                status: active
                domain: Sales & Marketing (Ré)
                dataProduct: pos
                schema:
                  - name: t
                """);
        assertThat(generator.schemas(oddDomain, GeneratorOptions.DEFAULT).get(0).getNamespace())
                .isEqualTo("sales_marketing_re.pos");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "pos_transactions, PosTransactions",
        "AnObject, AnObject",
        "tbl_1, Tbl1",
        "store inventory-snapshots, StoreInventorySnapshots",
        "2024_sales, _2024Sales",
        "Größe, Grosse",
        "Straße 2, Strasse2",
        "___, Record"})
    void recordNamesArePascalCase(String table, String record) {
        assertThat(AvroNames.recordName(table)).isEqualTo(record);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "sale_id, sale_id",
        "Sale_ID, Sale_ID",
        "24h_store, _24h_store",
        "unit-price, unit_price",
        "unit price €, unit_price__",
        "größe, grosse",
        "_x, _x"})
    void fieldNamesAreValidAvroNames(String column, String field) {
        assertThat(AvroNames.fieldName(column)).isEqualTo(field);
        assertThat(AvroNames.isValid(field)).isTrue();
    }

    @Test
    void renamedFieldKeepsTheColumnNameAsAProperty() {
        Schema record = table("""
                  - name: t
                    properties:
                      - name: 24h_store
                        logicalType: boolean
                        required: true
                      - name: store_id
                        logicalType: string
                        required: true
                """, GeneratorOptions.DEFAULT);
        assertThat(record.getFields()).extracting(Schema.Field::name).containsExactly("_24h_store", "store_id");
        assertThat(record.getField("_24h_store").getProp(AvroSchemaGenerator.ORIGINAL_NAME)).isEqualTo("24h_store");
        assertThat(record.getField("store_id").getObjectProps()).isEmpty();
    }

    @Test
    void fieldNamesStayUniqueAndValidNamesKeepTheirName() {
        Schema record = table("""
                  - name: t
                    properties:
                      - name: a-b
                        logicalType: string
                      - name: a_b
                        logicalType: string
                      - name: a b
                        logicalType: string
                """, GeneratorOptions.DEFAULT);
        assertThat(record.getFields()).extracting(Schema.Field::name).containsExactly("a_b_2", "a_b", "a_b_3");
        assertThat(record.getFields()).extracting(f -> f.getProp(AvroSchemaGenerator.ORIGINAL_NAME))
                .containsExactly("a-b", null, "a b");
    }

    @Test
    void nestedRecordsWithTheSamePropertyNameInDifferentPlacesGetDifferentNames() {
        Schema record = table("""
                  - name: orders
                    properties:
                      - name: billing
                        logicalType: object
                        required: true
                        properties:
                          - name: address
                            logicalType: object
                            required: true
                            properties: [{name: street, logicalType: string}]
                      - name: shipping
                        logicalType: object
                        required: true
                        properties:
                          - name: address
                            logicalType: object
                            required: true
                            properties: [{name: street, logicalType: string}]
                """, GeneratorOptions.DEFAULT);
        assertThat(record.getField("billing").schema().getField("address").schema().getName())
                .isEqualTo("OrdersBillingAddress");
        assertThat(record.getField("shipping").schema().getField("address").schema().getName())
                .isEqualTo("OrdersShippingAddress");
    }

    @Test
    void recordNamesThatCollideAcrossTheContractAreNumbered() {
        Contract contract = AvroTestContracts.withSchema("""
                  - name: t
                    properties:
                      - name: a
                        logicalType: object
                        required: true
                        properties:
                          - name: b
                            logicalType: object
                            required: true
                            properties: [{name: x, logicalType: string}]
                      - name: a_b
                        logicalType: object
                        required: true
                        properties: [{name: y, logicalType: string}]
                  - name: t_a
                    properties: [{name: z, logicalType: string}]
                  - name: TA_B
                    properties: [{name: z, logicalType: string}]
                """);
        List<GeneratedFile> files = generator.generate(contract, GeneratorOptions.DEFAULT);
        assertThat(files).extracting(GeneratedFile::path).containsExactly("avro/pos-transactions/T.avsc",
                "avro/pos-transactions/TA.avsc", "avro/pos-transactions/TAB.avsc");
        Schema t = new Schema.Parser().parse(files.get(0).content());
        assertThat(t.getField("a").schema().getName()).isEqualTo("TA2");
        assertThat(t.getField("a").schema().getField("b").schema().getName()).isEqualTo("TA2B");
        assertThat(t.getField("a_b").schema().getName()).isEqualTo("TAB2");
        // All files of a contract parse together: no name is defined twice.
        Schema.Parser together = new Schema.Parser(NameValidator.STRICT_VALIDATOR);
        files.forEach(f -> together.parse(f.content()));
        assertThat(together.getTypes()).containsOnlyKeys(
                "sales.pos_transactions.T", "sales.pos_transactions.TA", "sales.pos_transactions.TAB",
                "sales.pos_transactions.TA2", "sales.pos_transactions.TA2B", "sales.pos_transactions.TAB2");
    }

    @Test
    void tableNamesThatDifferOnlyInCaseGetDifferentFiles() {
        Contract contract = AvroTestContracts.withSchema("  - name: pos_txn\n  - name: PosTxn\n");
        assertThat(generator.generate(contract, GeneratorOptions.DEFAULT)).extracting(GeneratedFile::path)
                .containsExactly("avro/pos-transactions/PosTxn.avsc", "avro/pos-transactions/PosTxn2.avsc");
    }

    @Test
    void recordNameComesFromThePhysicalName() {
        assertThat(table("  - name: receivers\n    physicalName: receivers_master\n", GeneratorOptions.DEFAULT)
                .getName()).isEqualTo("ReceiversMaster");
    }

    // ---- docs and errors ----

    @Test
    void descriptionsAreTrimmedAndBlankOnesLeftOut() {
        Schema record = table("""
                  - name: t
                    description: |
                      A table.
                    properties:
                      - name: a
                        logicalType: string
                        description: "  "
                """, GeneratorOptions.DEFAULT);
        assertThat(record.getDoc()).isEqualTo("A table.");
        assertThat(record.getField("a").doc()).isNull();
    }

    @Test
    void decimalThatAvroCannotHoldIsReportedWithItsProperty() {
        Contract contract = AvroTestContracts.withProperty(Map.of("logicalType", "number",
                "physicalType", "decimal(5,7)"));
        assertThatThrownBy(() -> generator.generate(contract, GeneratorOptions.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Property 't.c' has physicalType 'decimal(5,7)', which is no Avro decimal: the precision"
                        + " must be at least 1 and the scale 0 to the precision.");
    }

    @Test
    void emptyTableIsAnEmptyRecord() {
        Schema record = table("  - name: t\n", GeneratorOptions.DEFAULT);
        assertThat(record.getFields()).isEmpty();
        assertThat(new Schema.Parser().parse(AvroSchemaGenerator.json(record))).isEqualTo(record);
    }

    @Test
    void contractWithoutSchemaHasNoFiles() {
        Contract contract = AvroTestContracts.parse("""
                apiVersion: v3.1.0
                kind: DataContract
                id: x
                version: 1.0.0
                status: active
                """);
        assertThat(generator.generate(contract, GeneratorOptions.DEFAULT)).isEmpty();
    }

    private Schema table(String schemaYaml, GeneratorOptions options) {
        List<Schema> schemas = generator.schemas(AvroTestContracts.withSchema(schemaYaml), options);
        assertThat(schemas).hasSize(1);
        assertReparses(schemas.get(0));
        return schemas.get(0);
    }

    /** The field {@code c} of table {@code t}, built from one property. */
    private Schema.Field field(Map<String, Object> property, GeneratorOptions options) {
        List<Schema> schemas = generator.schemas(AvroTestContracts.withProperty(property), options);
        assertReparses(schemas.get(0));
        return schemas.get(0).getField("c");
    }

    private static void assertReparses(Schema schema) {
        String json = AvroSchemaGenerator.json(schema);
        assertThat(new Schema.Parser(NameValidator.STRICT_VALIDATOR).parse(json)).isEqualTo(schema);
    }

    private static String compact(Schema schema) {
        return new JsonSchemaFormatter(false).format(schema);
    }
}
