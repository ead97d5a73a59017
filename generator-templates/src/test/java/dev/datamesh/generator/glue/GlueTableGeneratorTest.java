package dev.datamesh.generator.glue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.GeneratorOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GlueTableGeneratorTest {

    private static final String CONTRACT = """
            apiVersion: v3.1.0
            kind: DataContract
            id: inventory
            version: 1.0.0
            status: active
            dataProduct: Store Inventory
            team:
              - username: jdoe
            schema:
              - name: Snapshots
                properties:
                  - name: sku
                    logicalType: string
                    description: "Stock keeping unit, e.g. \\"A-1\\"."
                  - name: day
                    logicalType: date
                    partitioned: true
                    partitionKeyPosition: 1
            """;

    @Test
    void nameIsGlue() {
        assertThat(new GlueTableGenerator().name()).isEqualTo("glue");
    }

    @Test
    void smallContractGivesExactlyTheseFiles() {
        Contract contract = TestContracts.loadValid(CONTRACT);
        List<GeneratedFile> files = new GlueTableGenerator().generate(contract, GeneratorOptions.of(Map.of()));
        assertThat(files).extracting(GeneratedFile::path).containsExactly("glue/store-inventory/database.json",
                "glue/store-inventory/snapshots.table.json", "cloudformation/store-inventory.cfn.yaml");
        assertThat(files.get(0).content()).isEqualTo("""
                {
                  "Name": "store_inventory",
                  "Parameters": {}
                }
                """);
        assertThat(files.get(1).content()).isEqualTo("""
                {
                  "Name": "snapshots",
                  "Owner": "jdoe",
                  "TableType": "EXTERNAL_TABLE",
                  "Parameters": {
                    "classification": "parquet",
                    "EXTERNAL": "TRUE",
                    "contract.id": "inventory",
                    "contract.version": "1.0.0",
                    "contract.fingerprint": "%s",
                    "data_product": "Store Inventory"
                  },
                  "PartitionKeys": [
                    {
                      "Name": "day",
                      "Type": "date"
                    }
                  ],
                  "StorageDescriptor": {
                    "Columns": [
                      {
                        "Name": "sku",
                        "Type": "string",
                        "Comment": "Stock keeping unit, e.g. \\"A-1\\"."
                      }
                    ],
                    "InputFormat": "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
                    "OutputFormat": "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat",
                    "SerdeInfo": {
                      "SerializationLibrary": "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe",
                      "Parameters": {
                        "serialization.format": "1"
                      }
                    }
                  }
                }
                """.formatted(contract.fingerprint()));
    }

    @Test
    void outputIsByteStable() {
        Contract contract = TestContracts.load(TestContracts.OWN.resolve("pos-transactions.odcs.yaml"));
        for (String format : List.of("parquet", "iceberg", "json", "csv")) {
            GeneratorOptions options = GeneratorOptions.of(Map.of("glue.format", format));
            List<GeneratedFile> first = new GlueTableGenerator().generate(contract, options);
            List<GeneratedFile> second = new GlueTableGenerator().generate(
                    TestContracts.load(TestContracts.OWN.resolve("pos-transactions.odcs.yaml")), options);
            assertThat(second).isEqualTo(first);
            for (GeneratedFile file : first) {
                assertThat(file.content()).as(file.path()).doesNotContain("\r", "\t").endsWith("\n")
                        .doesNotEndWith("\n\n");
            }
        }
    }

    @Test
    void csvWithoutHeaderSkipsNoLine() {
        Contract contract = TestContracts.loadValid(CONTRACT);
        String table = new GlueTableGenerator().generate(contract,
                GeneratorOptions.of(Map.of("glue.format", "csv", "glue.csvHeader", "false"))).get(1).content();
        assertThat(table).doesNotContain("skip.header.line.count").contains("\"classification\": \"csv\"",
                "\"SerializationLibrary\": \"org.apache.hadoop.hive.serde2.OpenCSVSerde\"");
    }

    @Test
    void icebergFromTheServerFormatWritesTheCreateTableRequest() {
        String yaml = CONTRACT.replace("team:", """
                servers:
                  - {server: prod, type: glue, account: '1', database: inventory, location: 's3://b/inv', format: iceberg}
                team:""");
        List<GeneratedFile> files = new GlueTableGenerator().generate(TestContracts.loadValid(yaml),
                GeneratorOptions.of(Map.of()));
        assertThat(files).extracting(GeneratedFile::path).containsExactly("glue/store-inventory/database.json",
                "glue/store-inventory/snapshots.table.json", "glue/store-inventory/snapshots.create-table.json",
                "cloudformation/store-inventory.cfn.yaml");
        assertThat(files.get(2).content()).startsWith("""
                {
                  "DatabaseName": "inventory",
                  "TableInput": {
                    "Name": "snapshots",
                """).endsWith("""
                      "Location": "s3://b/inv/snapshots/"
                    }
                  },
                  "OpenTableFormatInput": {
                    "IcebergInput": {
                      "MetadataOperation": "CREATE",
                      "Version": "2"
                    }
                  }
                }
                """);
    }
}
