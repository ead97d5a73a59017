package dev.datamesh.contract.model;

import dev.datamesh.contract.loader.MapNode;
import java.util.List;
import java.util.Optional;

/**
 * An ODCS v3 data contract as read from one file. Immutable; every part knows its source location.
 *
 * @param file the name used in locations (a path relative to the project, or as given)
 * @param fingerprint SHA-256 (hex) of the normalised contract; see {@link Fingerprint}
 */
public record Contract(String file, String apiVersion, String kind, String id, Optional<String> name,
        String version, String status, Optional<String> domain, Optional<String> dataProduct,
        Optional<String> tenant, Description description, List<String> tags, List<Server> servers,
        List<SchemaObject> schema, Optional<Team> team, List<SupportChannel> support,
        List<SlaProperty> slaProperties, List<Role> roles, List<CustomProperty> customProperties,
        String fingerprint, MapNode node) implements FromSourceLocation {

    /** The first server of a type ({@code glue}, {@code s3}, {@code athena}, {@code api}). */
    public Optional<Server> server(String type) {
        return servers.stream().filter(s -> s.isType(type)).findFirst();
    }

    public Optional<SchemaObject> schemaObject(String schemaName) {
        return schema.stream().filter(s -> s.name().equals(schemaName)).findFirst();
    }

    public Optional<CustomProperty> customProperty(String propertyName) {
        return CustomProperty.find(customProperties, propertyName);
    }

    /** Where a top-level key was written, or the start of the file when it is absent. */
    public SourceLocation keyLocation(String key) {
        return node.keyLocation(key);
    }

    public SourceLocation valueLocation(String key) {
        return node.valueLocation(key);
    }

    @Override
    public SourceLocation sourceLocation() {
        return node.location();
    }
}
