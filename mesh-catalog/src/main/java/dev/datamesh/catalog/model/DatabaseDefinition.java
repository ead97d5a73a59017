package dev.datamesh.catalog.model;

import java.util.Objects;

/** A database to register: its {@code DatabaseInput}, product parameters included. */
public record DatabaseDefinition(String name, GlueObject input) {

    public DatabaseDefinition {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(input, "input == null");
    }
}
