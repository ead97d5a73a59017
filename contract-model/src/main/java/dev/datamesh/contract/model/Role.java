package dev.datamesh.contract.model;

import dev.datamesh.contract.loader.ListNode;
import dev.datamesh.contract.loader.Node;
import dev.datamesh.contract.loader.Nodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An ODCS {@code roles[]} entry: who gets which access, and who approves it.
 *
 * @param roleLocation where the {@code role} value was written
 * @param accessLocation where the {@code access} value was written (the entry itself when absent)
 */
public record Role(String role, Optional<String> access, Optional<String> description,
        List<String> firstLevelApprovers, List<String> secondLevelApprovers, List<CustomProperty> customProperties,
        SourceLocation location, SourceLocation roleLocation, SourceLocation accessLocation)
        implements FromSourceLocation {

    /** The custom property naming the column classifications a role may read. */
    public static final String CLASSIFICATIONS = "classifications";

    public Role {
        firstLevelApprovers = List.copyOf(firstLevelApprovers);
        secondLevelApprovers = List.copyOf(secondLevelApprovers);
        customProperties = List.copyOf(customProperties);
    }

    /**
     * The classifications of the {@code classifications} custom property: a list of values (or one comma-separated
     * text), trimmed, blanks dropped; empty when the role has no such property.
     */
    public Optional<List<String>> classifications() {
        return CustomProperty.find(customProperties, CLASSIFICATIONS).map(p -> {
            List<String> values = new ArrayList<>();
            Node value = p.value();
            List<Node> items = value instanceof ListNode list ? list.items() : List.of(value);
            for (Node item : items) {
                Nodes.text(item).ifPresent(text -> {
                    for (String part : text.split(",")) {
                        if (!part.isBlank() && !values.contains(part.trim())) {
                            values.add(part.trim());
                        }
                    }
                });
            }
            return List.copyOf(values);
        });
    }

    /** Where the {@code classifications} custom property was written, or the role itself. */
    public SourceLocation classificationsLocation() {
        return CustomProperty.find(customProperties, CLASSIFICATIONS).map(CustomProperty::location).orElse(location);
    }

    @Override
    public SourceLocation sourceLocation() {
        return location;
    }
}
