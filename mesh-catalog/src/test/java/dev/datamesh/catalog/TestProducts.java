package dev.datamesh.catalog;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datamesh.catalog.model.DefinitionOptions;
import dev.datamesh.catalog.model.DesiredCatalog;
import dev.datamesh.catalog.model.Json;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.SchemaObject;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.generator.ContractKey;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.Generator;
import dev.datamesh.generator.GeneratorOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small generated products for concurrency and ownership tests: a contract template and a fake Glue generator. */
public final class TestProducts {

    private TestProducts() {}

    /** A one-table product of the sales domain registered in {@code database}. */
    public static DesiredCatalog desired(String dataProduct, String database, String table) {
        Contract contract = Fixtures.load("""
                apiVersion: v3.1.0
                kind: DataContract
                id: urn:test:%1$s
                version: 1.0.0
                status: active
                domain: sales
                dataProduct: %1$s
                description:
                  purpose: Test product %1$s.
                team:
                  name: team-%1$s
                servers:
                  - server: central
                    type: glue
                    account: "123456789012"
                    database: %2$s
                schema:
                  - name: %3$s
                    properties:
                      - name: id
                        logicalType: string
                        required: true
                        classification: internal
                      - name: amount
                        logicalType: number
                """.formatted(dataProduct, database, table), dataProduct + ".odcs.yaml");
        return DesiredCatalog.from(List.of(contract), new FakeGlueGenerator().generate(contract,
                GeneratorOptions.DEFAULT), DefinitionOptions.DEFAULT);
    }

    /** Writes {@code glue/<key>/database.json} and a TableInput per schema object, with a minimal type mapping. */
    public static final class FakeGlueGenerator implements Generator {

        private static final Map<String, String> TYPES = Map.of("string", "string", "integer", "bigint",
                "number", "double", "boolean", "boolean", "date", "date", "timestamp", "timestamp");

        @Override
        public String name() {
            return "glue";
        }

        @Override
        public List<GeneratedFile> generate(Contract contract, GeneratorOptions options) {
            String key = ContractKey.of(contract);
            String database = contract.server("glue").flatMap(s -> s.database()).orElseThrow();
            List<GeneratedFile> files = new ArrayList<>();
            ObjectNode db = Json.object();
            db.put("Name", database);
            db.put("Description", "Test database.");
            files.add(new GeneratedFile("glue/" + key + "/database.json", Json.pretty(db)));
            for (SchemaObject object : contract.schema()) {
                ObjectNode table = Json.object();
                table.put("Name", object.tableName());
                table.put("TableType", "EXTERNAL_TABLE");
                table.putObject("Parameters").put("classification", "parquet");
                ObjectNode sd = table.putObject("StorageDescriptor");
                ArrayNode columns = sd.putArray("Columns");
                for (SchemaProperty p : object.properties()) {
                    ObjectNode column = columns.addObject();
                    column.put("Name", p.columnName());
                    column.put("Type", TYPES.getOrDefault(p.logicalType().orElse("string"), "string"));
                    p.description().ifPresent(d -> column.put("Comment", d));
                }
                sd.put("Location", "s3://test/" + object.tableName() + "/");
                files.add(new GeneratedFile("glue/" + key + "/" + object.tableName() + ".table.json",
                        Json.pretty(table)));
            }
            return files;
        }
    }
}
