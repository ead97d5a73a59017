package dev.datamesh.catalog.model;

import java.util.Objects;

/**
 * A schema for the Glue Schema Registry: registry and schema name, data format ({@code AVRO}), compatibility mode
 * ({@code BACKWARD}) and the definition text, as {@code CreateSchema} and {@code RegisterSchemaVersion} take them.
 */
public record SchemaDefinition(String registry, String name, String dataFormat, String compatibility,
        String definition) {

    public SchemaDefinition {
        Objects.requireNonNull(registry, "registry == null");
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(dataFormat, "dataFormat == null");
        Objects.requireNonNull(compatibility, "compatibility == null");
        Objects.requireNonNull(definition, "definition == null");
    }

    /** {@code registry/name}, the key used in plans and messages. */
    public String id() {
        return registry + "/" + name;
    }
}
