package dev.datamesh.catalog.model;

import dev.datamesh.contract.access.AccessConfig;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings for turning contracts into what to register.
 *
 * @param schemaRegistry the Glue Schema Registry to use; by default one per domain, named after the domain
 * @param compatibility the registry's compatibility mode for new schemas, {@code BACKWARD} by default
 * @param access how contract roles become principals, and the classifications a role reads by default
 * @param lakeFormationRoleArn the role Lake Formation uses for the registered table locations; by default its
 *     service-linked role
 */
public record DefinitionOptions(Optional<String> schemaRegistry, String compatibility, AccessConfig access,
        Optional<String> lakeFormationRoleArn) {

    public static final DefinitionOptions DEFAULT = new DefinitionOptions(Optional.empty(), "BACKWARD",
            AccessConfig.DEFAULT, Optional.empty());

    public DefinitionOptions {
        Objects.requireNonNull(schemaRegistry, "schemaRegistry == null");
        Objects.requireNonNull(compatibility, "compatibility == null");
        Objects.requireNonNull(access, "access == null");
        Objects.requireNonNull(lakeFormationRoleArn, "lakeFormationRoleArn == null");
    }

    public DefinitionOptions withAccess(AccessConfig value) {
        return new DefinitionOptions(schemaRegistry, compatibility, value, lakeFormationRoleArn);
    }

    public DefinitionOptions withLakeFormationRoleArn(Optional<String> value) {
        return new DefinitionOptions(schemaRegistry, compatibility, access, value);
    }
}
