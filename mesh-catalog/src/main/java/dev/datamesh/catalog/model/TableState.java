package dev.datamesh.catalog.model;

import java.util.Objects;

/** A table as the catalog holds it ({@code GetTable}'s {@code Table}), with the version id used for optimistic locking. */
public record TableState(String database, GlueObject table, String versionId) {

    public TableState {
        Objects.requireNonNull(database, "database == null");
        Objects.requireNonNull(table, "table == null");
        Objects.requireNonNull(versionId, "versionId == null");
    }

    public String name() {
        return table.name();
    }
}
