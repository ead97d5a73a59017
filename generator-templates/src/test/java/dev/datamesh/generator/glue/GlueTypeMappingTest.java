package dev.datamesh.generator.glue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.GeneratorOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One row of DESIGN.md's type mapping per case: the property as written, the Glue column type generated. */
class GlueTypeMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {logicalType: string}                                     | string
            {logicalType: string, physicalType: varchar(40)}          | varchar(40)
            {logicalType: string, physicalType: VARCHAR(15)}          | varchar(15)
            {logicalType: string, physicalType: char(3)}              | char(3)
            {logicalType: string, logicalTypeOptions: {format: uuid}} | string
            {logicalType: integer}                                    | bigint
            {logicalType: integer, physicalType: bigint}              | bigint
            {logicalType: integer, physicalType: int}                 | int
            {logicalType: integer, physicalType: smallint}            | smallint
            {logicalType: integer, physicalType: tinyint}             | tinyint
            {logicalType: number}                                     | double
            {logicalType: number, physicalType: double}               | double
            {logicalType: number, physicalType: float}                | float
            {logicalType: number, physicalType: 'decimal(12,2)'}      | decimal(12,2)
            {logicalType: number, physicalType: 'numeric(38, 6)'}     | decimal(38,6)
            {logicalType: number, physicalType: decimal}              | decimal(10,0)
            {logicalType: boolean}                                    | boolean
            {logicalType: date}                                       | date
            {logicalType: timestamp}                                  | timestamp
            {logicalType: date, physicalType: timestamp}              | timestamp
            {logicalType: time}                                       | string
            {logicalType: array, items: {logicalType: integer}}       | array<bigint>
            {logicalType: array, items: {logicalType: string, physicalType: varchar(5)}} | array<varchar(5)>
            {logicalType: object, properties: [{name: Street, logicalType: string}, {name: zip, logicalType: integer, physicalType: int}]} | struct<street:string,zip:int>
            {logicalType: array, items: {logicalType: object, properties: [{name: sku, logicalType: string}, {name: price, logicalType: number, physicalType: 'decimal(9,2)'}]}} | array<struct<sku:string,price:decimal(9,2)>>
            {logicalType: object, properties: [{name: tags, logicalType: array, items: {logicalType: string}}, {name: attrs, logicalType: object}]} | struct<tags:array<string>,attrs:map<string,string>>
            {logicalType: object}                                     | map<string,string>
            """)
    void columnType(String property, String glueType) throws Exception {
        assertThat(columnType(property)).isEqualTo(glueType);
    }

    /** The Type of column {@code c} of a one-column table whose property is {@code property} (YAML flow style). */
    static String columnType(String property) throws Exception {
        String yaml = """
                apiVersion: v3.1.0
                kind: DataContract
                id: types
                version: 1.0.0
                status: active
                schema:
                  - name: t
                    properties:
                      - {name: c, %s
                """.formatted(property.substring(1).strip());
        List<GeneratedFile> files = new GlueTableGenerator().generate(TestContracts.loadValid(yaml),
                GeneratorOptions.of(Map.of()));
        GeneratedFile table = files.stream().filter(f -> f.path().endsWith("/t.table.json")).findFirst().orElseThrow();
        JsonNode columns = JSON.readTree(table.content()).get("StorageDescriptor").get("Columns");
        assertThat(columns).hasSize(1);
        assertThat(columns.get(0).get("Name").textValue()).isEqualTo("c");
        return columns.get(0).get("Type").textValue();
    }
}
