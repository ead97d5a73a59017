package dev.datamesh.catalog.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A table to register: its {@code TableInput} (product parameters included), the contract it comes from and the
 * {@code classification} of its columns, keyed by column name as the table input spells it.
 */
public record TableDefinition(String database, GlueObject input, String contractId,
        Map<String, String> classifications) {

    public TableDefinition {
        Objects.requireNonNull(database, "database == null");
        Objects.requireNonNull(input, "input == null");
        Objects.requireNonNull(contractId, "contractId == null");
        classifications = Collections.unmodifiableMap(new TreeMap<>(classifications));
    }

    public String name() {
        return input.name();
    }

    /** {@code database.table}. */
    public String qualifiedName() {
        return database + "." + name();
    }

    /** The data columns and then the partition keys, as the table input lists them. */
    public List<String> columnNames() {
        return columnNames(input);
    }

    /** The column names of a {@code TableInput} or {@code Table}: data columns, then partition keys. */
    public static List<String> columnNames(GlueObject table) {
        List<String> names = new ArrayList<>();
        table.object("StorageDescriptor").ifPresent(sd -> sd.objects("Columns").forEach(c -> names.add(c.name())));
        table.objects("PartitionKeys").forEach(c -> names.add(c.name()));
        return names;
    }
}
