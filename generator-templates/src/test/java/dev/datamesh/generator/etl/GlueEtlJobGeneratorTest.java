package dev.datamesh.generator.etl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.GeneratorOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.glue.model.CreateJobRequest;

/** File layout, CloudFormation resources, Iceberg targets and nested types of the glue-etl generator. */
class GlueEtlJobGeneratorTest {

    private final GlueEtlJobGenerator generator = new GlueEtlJobGenerator();

    @Test
    void threeFilesPerTable() {
        Contract contract = EtlTestContracts.withSchema("""
                  - name: Orders
                    physicalName: ORDERS_V2
                    properties: [{name: a, logicalType: string}]
                  - name: lines
                    properties: [{name: a, logicalType: string}]
                """);
        assertThat(generator.name()).isEqualTo("glue-etl");
        assertThat(generator.generate(contract, GeneratorOptions.DEFAULT)).extracting(GeneratedFile::path)
                .containsExactly("glue-etl/pos-sales/orders_v2.py", "glue-etl/pos-sales/orders_v2.dqdl",
                        "glue-etl/pos-sales/orders_v2.job.json", "glue-etl/pos-sales/lines.py",
                        "glue-etl/pos-sales/lines.dqdl", "glue-etl/pos-sales/lines.job.json");
    }

    @Test
    void cloudFormationJobsMatchTheCreateJobRequests() {
        Contract contract = EtlTestContracts.withSchema("""
                  - name: pos_lines
                    properties: [{name: a, logicalType: string}]
                  - name: poslines
                    properties: [{name: a, logicalType: string}]
                  - name: 2nd_table
                    properties: [{name: a, logicalType: string}]
                """);
        List<GlueEtlJobGenerator.CloudFormationJob> jobs = generator.cloudFormationJobs(contract,
                GeneratorOptions.DEFAULT);
        assertThat(jobs).extracting(GlueEtlJobGenerator.CloudFormationJob::logicalId)
                .containsExactly("PosLinesEtlJob", "PoslinesEtlJob2", "T2ndTableEtlJob");
        List<GeneratedFile> files = generator.generate(contract, GeneratorOptions.DEFAULT);
        for (int i = 0; i < jobs.size(); i++) {
            ObjectNode resource = jobs.get(i).resource();
            assertThat(resource.get("Type").textValue()).isEqualTo("AWS::Glue::Job");
            assertThat(resource.fieldNames()).toIterable().containsExactly("Type", "Properties");
            CreateJobRequest fromTemplate = GlueSdk.createJobRequest(resource.get("Properties").toString());
            CreateJobRequest fromFile = GlueSdk.createJobRequest(files.get(3 * i + 2).content());
            assertThat(fromTemplate).isEqualTo(fromFile);
        }
        jobs.get(0).resource().put("Type", "changed");
        assertThat(jobs.get(0).resource().get("Type").textValue()).as("immutable").isEqualTo("AWS::Glue::Job");
    }

    @Test
    void anIcebergTableIsWrittenThroughTheCatalogWithIcebergEnabled() {
        Contract contract = EtlTestContracts.parse("""
                apiVersion: v3.1.0
                kind: DataContract
                id: urn:test
                version: 1.0.0
                status: active
                dataProduct: stock
                servers:
                  - {server: prod, type: glue, database: stock_db, format: iceberg}
                schema:
                  - name: levels
                    properties:
                      - {name: day, logicalType: date, required: true, partitioned: true, partitionKeyPosition: 1}
                      - {name: units, logicalType: integer}
                """);
        Map<String, String> files = new java.util.TreeMap<>();
        generator.generate(contract, GeneratorOptions.DEFAULT).forEach(f -> files.put(f.path(), f.content()));
        GlueEtlGoldenTest.assertOutputsWork(files);
        CreateJobRequest job = GlueSdk.createJobRequest(files.get("glue-etl/stock/levels.job.json"));
        assertThat(job.defaultArguments()).containsEntry("--datalake-formats", "iceberg")
                .containsEntry("--conf", "spark.sql.extensions=org.apache.iceberg.spark.extensions"
                        + ".IcebergSparkSessionExtensions")
                .containsEntry("--target_database", "stock_db");
        assertThat(files.get("glue-etl/stock/levels.py")).contains("    options = {}\n")
                .doesNotContain("enableUpdateCatalog");
    }

    @Test
    void nestedTypesAreCastToSparkTypes() {
        Contract contract = EtlTestContracts.withProperties(
                Map.of("name", "lines", "logicalType", "array", "items", Map.of("logicalType", "object",
                        "properties", List.of(Map.of("name", "1st", "logicalType", "number", "physicalType",
                                "decimal(9,3)"), Map.of("name", "tags", "logicalType", "array",
                                "items", Map.of("logicalType", "string"))))),
                Map.of("name", "attrs", "logicalType", "object"),
                Map.of("name", "code", "logicalType", "string", "physicalType", "char(3)"),
                Map.of("name", "at", "logicalType", "time"),
                Map.of("name", "n", "logicalType", "integer", "physicalType", "smallint"));
        String script = generator.generate(contract, GeneratorOptions.DEFAULT).get(0).content();
        assertThat(script).contains("""
                COLUMNS = [
                    ('lines', 'array<struct<`1st`:decimal(9,3),`tags`:array<string>>>'),
                    ('attrs', 'map<string,string>'),
                    ('code', 'string'),
                    ('at', 'string'),
                    ('n', 'smallint'),
                ]
                PARTITION_KEYS = []
                """);
    }
}
