package dev.datamesh.catalog.importer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One table read from a source, as an ODCS schema object, with what the source tells about the contract around it.
 *
 * @param name the schema object's name
 * @param source the table as users know it, for messages: {@code glue table sales_pos.orders}, {@code orders.avsc}
 * @param schemaObject the ODCS {@code schema[]} entry; owned by this value, copied before changes
 * @param domain the domain the source suggests (a Glue database's {@code domain} parameter, an Avro namespace)
 * @param owner who the source says owns the table (a Glue table's {@code Owner}), a hint for the team placeholder
 * @param glue where the table lives in Glue, for the contract's glue server
 * @param warnings what the import could not carry over exactly, each naming the table and column
 */
public record ImportedTable(String name, String source, ObjectNode schemaObject, Optional<String> domain,
        Optional<String> owner, Optional<GlueOrigin> glue, List<String> warnings) {

    public ImportedTable {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(source, "source == null");
        Objects.requireNonNull(schemaObject, "schemaObject == null");
        Objects.requireNonNull(domain, "domain == null");
        Objects.requireNonNull(owner, "owner == null");
        Objects.requireNonNull(glue, "glue == null");
        warnings = List.copyOf(warnings);
    }

    /**
     * Where a Glue table lives.
     *
     * @param account the catalog's account id, when known
     * @param location the table's data location ({@code StorageDescriptor.Location})
     * @param format the storage format: {@code parquet}, {@code json}, {@code csv}, {@code iceberg}, {@code orc}, ...
     */
    public record GlueOrigin(Optional<String> account, String database, Optional<String> databaseDescription,
            Optional<String> location, Optional<String> format) {

        public GlueOrigin {
            Objects.requireNonNull(account, "account == null");
            Objects.requireNonNull(database, "database == null");
            Objects.requireNonNull(databaseDescription, "databaseDescription == null");
            Objects.requireNonNull(location, "location == null");
            Objects.requireNonNull(format, "format == null");
        }
    }
}
