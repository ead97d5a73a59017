package dev.datamesh.catalog.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything one data product should have in the catalog: its record, databases, tables, schemas and jobs.
 * Built from the product's contracts and generated files by {@link DesiredCatalog#from}.
 */
public record ProductDefinition(ProductRecord record, List<DatabaseDefinition> databases,
        List<TableDefinition> tables, List<SchemaDefinition> schemas, List<GlueObject> jobs) {

    public ProductDefinition {
        Objects.requireNonNull(record, "record == null");
        databases = List.copyOf(databases);
        tables = List.copyOf(tables);
        schemas = List.copyOf(schemas);
        jobs = List.copyOf(jobs);
    }

    /** {@code <domain>/<data product>}. */
    public String id() {
        return record.id();
    }

    public String domain() {
        return record.domain();
    }

    public String dataProduct() {
        return record.dataProduct();
    }
}
