package dev.datamesh.catalog.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Settings for turning contracts into what to register.
 *
 * @param schemaRegistry the Glue Schema Registry to use; by default one per domain, named after the domain
 * @param compatibility the registry's compatibility mode for new schemas, {@code BACKWARD} by default
 */
public record DefinitionOptions(Optional<String> schemaRegistry, String compatibility) {

    public static final DefinitionOptions DEFAULT = new DefinitionOptions(Optional.empty(), "BACKWARD");

    public DefinitionOptions {
        Objects.requireNonNull(schemaRegistry, "schemaRegistry == null");
        Objects.requireNonNull(compatibility, "compatibility == null");
    }
}
