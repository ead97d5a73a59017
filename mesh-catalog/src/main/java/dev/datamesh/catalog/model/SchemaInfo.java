package dev.datamesh.catalog.model;

import java.util.Objects;

/** A registered schema as {@code GetSchema} plus {@code GetSchemaVersion} (latest) return it. */
public record SchemaInfo(String registry, String name, String dataFormat, String compatibility,
        long latestVersion, String latestDefinition) {

    public SchemaInfo {
        Objects.requireNonNull(registry, "registry == null");
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(dataFormat, "dataFormat == null");
        Objects.requireNonNull(compatibility, "compatibility == null");
        Objects.requireNonNull(latestDefinition, "latestDefinition == null");
    }
}
