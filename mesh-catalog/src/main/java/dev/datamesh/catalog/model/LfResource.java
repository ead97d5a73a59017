package dev.datamesh.catalog.model;

import java.util.Objects;
import java.util.Optional;

/** A resource that LF-tags are assigned to: a database, a table or a column of a table. */
public record LfResource(String database, Optional<String> table, Optional<String> column) {

    public LfResource {
        Objects.requireNonNull(database, "database == null");
        Objects.requireNonNull(table, "table == null");
        Objects.requireNonNull(column, "column == null");
        if (column.isPresent() && table.isEmpty()) {
            throw new IllegalArgumentException("a column needs a table");
        }
    }

    public static LfResource database(String database) {
        return new LfResource(database, Optional.empty(), Optional.empty());
    }

    public static LfResource table(String database, String table) {
        return new LfResource(database, Optional.of(table), Optional.empty());
    }

    public static LfResource column(String database, String table, String column) {
        return new LfResource(database, Optional.of(table), Optional.of(column));
    }

    /** {@code database}, {@code table} or {@code column}. */
    public String level() {
        return column.isPresent() ? "column" : table.isPresent() ? "table" : "database";
    }

    /** The dotted name: {@code sales}, {@code sales.pos}, {@code sales.pos.sale_id}. */
    public String name() {
        return database + table.map(t -> "." + t).orElse("") + column.map(c -> "." + c).orElse("");
    }

    @Override
    public String toString() {
        return level() + " " + name();
    }
}
