package dev.datamesh.catalog.model;

import dev.datamesh.catalog.access.PrincipalAccess;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one data product should have in the catalog: its record, databases, tables, schemas and jobs, and who
 * may use it (the contracts' roles). Built from the product's contracts and generated files by
 * {@link DesiredCatalog#from}.
 *
 * @param lakeFormationRoleArn the role for registering the tables' locations; empty: the service-linked role
 */
public record ProductDefinition(ProductRecord record, List<DatabaseDefinition> databases,
        List<TableDefinition> tables, List<SchemaDefinition> schemas, List<GlueObject> jobs,
        List<PrincipalAccess> access, Optional<String> lakeFormationRoleArn) {

    public ProductDefinition {
        Objects.requireNonNull(record, "record == null");
        databases = List.copyOf(databases);
        tables = List.copyOf(tables);
        schemas = List.copyOf(schemas);
        jobs = List.copyOf(jobs);
        access = List.copyOf(access);
        Objects.requireNonNull(lakeFormationRoleArn, "lakeFormationRoleArn == null");
    }

    /** A product that grants nothing, its locations registered with the service-linked role. */
    public ProductDefinition(ProductRecord record, List<DatabaseDefinition> databases, List<TableDefinition> tables,
            List<SchemaDefinition> schemas, List<GlueObject> jobs) {
        this(record, databases, tables, schemas, jobs, List.of(), Optional.empty());
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
