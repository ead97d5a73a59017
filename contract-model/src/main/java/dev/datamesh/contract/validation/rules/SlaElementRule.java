package dev.datamesh.contract.validation.rules;

import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.Node;
import dev.datamesh.contract.loader.Nodes;
import dev.datamesh.contract.loader.ScalarNode;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.SchemaObject;
import dev.datamesh.contract.validation.Rule;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Warns about an SLA {@code element} that names no table or property of this contract. Elements are
 * {@code table.column}, a table or a column, several separated by commas.
 */
public final class SlaElementRule implements Rule {

    public static final String ID = "ODCS-SLA-ELEMENT";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ValidationEvent> validate(Contract contract) {
        List<ValidationEvent> events = new ArrayList<>();
        for (MapNode sla : Nodes.maps(contract.node(), "slaProperties")) {
            Optional<Node> value = sla.get("element");
            if (value.isEmpty() || !(value.get() instanceof ScalarNode scalar) || !scalar.isString()) {
                continue;
            }
            for (String element : scalar.asText().split(",")) {
                String text = element.strip();
                if (!text.isEmpty() && !exists(contract, text)) {
                    events.add(ValidationEvent.warning(ID, scalar, "SLA element '" + text
                            + "' names no table or property of this contract.",
                            "write 'element:' as 'table.column' of a schema object of this contract."));
                }
            }
        }
        return events;
    }

    private static boolean exists(Contract contract, String element) {
        int dot = element.indexOf('.');
        if (dot > 0) {
            Optional<SchemaObject> table = PropertyTree.table(contract, element.substring(0, dot));
            if (table.isPresent()) {
                return PropertyTree.property(table.get().properties(), element.substring(dot + 1)).isPresent();
            }
        }
        return PropertyTree.table(contract, element).isPresent() || contract.schema().stream()
                .anyMatch(t -> PropertyTree.property(t.properties(), element).isPresent());
    }
}
