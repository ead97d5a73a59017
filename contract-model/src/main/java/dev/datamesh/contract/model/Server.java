package dev.datamesh.contract.model;

import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.Nodes;
import java.util.List;
import java.util.Optional;

/**
 * An ODCS {@code servers[]} entry. Type-specific keys ({@code database}, {@code location}, {@code format},
 * {@code account}, {@code stagingDir}, ...) are read from the underlying node.
 */
public record Server(String server, String type, Optional<String> description, Optional<String> environment,
        List<Role> roles, List<CustomProperty> customProperties, MapNode node) implements FromSourceLocation {

    public Optional<String> attribute(String key) {
        return Nodes.string(node, key);
    }

    public Optional<String> database() {
        return attribute("database");
    }

    public Optional<String> location() {
        return attribute("location");
    }

    public Optional<String> format() {
        return attribute("format");
    }

    public Optional<String> account() {
        return attribute("account");
    }

    public boolean isType(String candidate) {
        return type.equalsIgnoreCase(candidate);
    }

    @Override
    public SourceLocation sourceLocation() {
        return node.location();
    }
}
