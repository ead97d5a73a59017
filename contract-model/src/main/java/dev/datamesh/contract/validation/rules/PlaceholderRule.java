package dev.datamesh.contract.validation.rules;

import dev.datamesh.contract.loader.ListNode;
import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.Node;
import dev.datamesh.contract.loader.ScalarNode;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.validation.Rule;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns about every value that still holds the {@value #MARKER} marker: {@code mesh:import} writes it where it
 * cannot know the answer (owning team, purpose, service levels), and the contract is not finished until a person
 * has replaced each one.
 */
public final class PlaceholderRule implements Rule {

    public static final String ID = "ODCS-PLACEHOLDER";

    /** The marker that starts every placeholder value written by {@code mesh:import}. */
    public static final String MARKER = "TODO(mesh-import)";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ValidationEvent> validate(Contract contract) {
        List<ValidationEvent> events = new ArrayList<>();
        visit(contract.node(), "", events);
        return events;
    }

    private static void visit(Node node, String path, List<ValidationEvent> events) {
        if (node instanceof MapNode map) {
            for (MapNode.Entry entry : map.entries().values()) {
                visit(entry.value(), path.isEmpty() ? entry.key() : path + "." + entry.key(), events);
            }
        } else if (node instanceof ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                visit(list.items().get(i), path + "[" + i + "]", events);
            }
        } else if (node instanceof ScalarNode scalar && scalar.isString() && scalar.asText().contains(MARKER)) {
            events.add(ValidationEvent.warning(ID, scalar, "'" + path + "' is a placeholder left by mesh:import: "
                    + what(scalar.asText()),
                    "replace the value of '" + path + "' with the real one (or remove the key)."));
        }
    }

    /** The text after the marker and its colon: what the placeholder asks for. */
    private static String what(String text) {
        String rest = text.substring(text.indexOf(MARKER) + MARKER.length()).strip();
        if (rest.startsWith(":")) {
            rest = rest.substring(1).strip();
        }
        return rest.isEmpty() ? "fill it in." : rest;
    }
}
