package dev.datamesh.contract.model;

import dev.datamesh.contract.loader.Node;
import dev.datamesh.contract.loader.Nodes;
import java.util.List;
import java.util.Optional;

/** An ODCS {@code customProperties} entry: where project-specific settings live. */
public record CustomProperty(String property, Node value, Optional<String> description, SourceLocation location)
        implements FromSourceLocation {

    /** The value as text when it is a scalar. */
    public Optional<String> text() {
        return Nodes.text(value);
    }

    @Override
    public SourceLocation sourceLocation() {
        return location;
    }

    /** The entry with this property name in a list of custom properties. */
    public static Optional<CustomProperty> find(List<CustomProperty> properties, String name) {
        return properties.stream().filter(p -> p.property().equals(name)).findFirst();
    }
}
