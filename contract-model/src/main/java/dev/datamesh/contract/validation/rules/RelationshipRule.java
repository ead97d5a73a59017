package dev.datamesh.contract.validation.rules;

import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.Nodes;
import dev.datamesh.contract.loader.ScalarNode;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.SchemaObject;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.contract.validation.Rule;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks that relationships name existing properties: {@code from} always in this contract, {@code to} when its
 * table is in this contract (a table of another contract cannot be checked here). References are
 * {@code table.column} or, by id, {@code schema/<id>/properties/<id>}; composite keys need as many {@code to} as
 * {@code from} properties.
 */
public final class RelationshipRule implements Rule {

    public static final String ID = "ODCS-RELATIONSHIP";
    public static final String ARITY = "ODCS-RELATIONSHIP-ARITY";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ValidationEvent> validate(Contract contract) {
        List<ValidationEvent> events = new ArrayList<>();
        for (SchemaObject table : PropertyTree.tables(contract)) {
            for (MapNode relationship : Nodes.maps(table.node(), "relationships")) {
                List<ScalarNode> from = PropertyTree.strings(relationship, "from");
                List<ScalarNode> to = PropertyTree.strings(relationship, "to");
                from.forEach(ref -> check(contract, table, ref, "from", true, events));
                to.forEach(ref -> check(contract, table, ref, "to", false, events));
                if (!from.isEmpty() && !to.isEmpty() && from.size() != to.size()) {
                    events.add(ValidationEvent.error(ARITY, relationship.keyLocation("to"), "Relationship has "
                            + from.size() + " 'from' and " + to.size() + " 'to' properties.",
                            "list as many properties in 'to' as in 'from', in matching order."));
                }
            }
            for (SchemaProperty property : PropertyTree.all(table)) {
                for (MapNode relationship : Nodes.maps(property.node(), "relationships")) {
                    PropertyTree.strings(relationship, "to")
                            .forEach(ref -> check(contract, table, ref, "to", false, events));
                }
            }
        }
        return events;
    }

    private static void check(Contract contract, SchemaObject here, ScalarNode ref, String key, boolean local,
            List<ValidationEvent> events) {
        String text = ref.asText().strip();
        if (text.contains("/")) {
            checkById(contract, ref, key, events);
            return;
        }
        int dot = text.indexOf('.');
        String tableName = dot < 0 ? here.name() : text.substring(0, dot);
        String column = dot < 0 ? text : text.substring(dot + 1);
        Optional<SchemaObject> table = PropertyTree.table(contract, tableName);
        if (table.isEmpty()) {
            if (local) {
                events.add(ValidationEvent.error(ID, ref, "Relationship '" + key + "' names '" + text
                        + "', but this contract has no schema object '" + tableName + "'.",
                        "name a property of this contract in '" + key + "' as 'table.column'."));
            }
            return;
        }
        if (PropertyTree.property(table.get().properties(), column).isEmpty()) {
            events.add(ValidationEvent.error(ID, ref, "Relationship '" + key + "' names '" + text + "', but '"
                    + table.get().name() + "' has no property '" + column + "'.",
                    "name an existing property of '" + table.get().name() + "' in '" + key + "'."));
        }
    }

    /** A reference by ids: {@code schema/<id>/properties/<id>}; one into another file ({@code f.yaml#}) is skipped. */
    private static void checkById(Contract contract, ScalarNode ref, String key, List<ValidationEvent> events) {
        String text = ref.asText().strip();
        String[] parts = text.replaceFirst("^/", "").split("/");
        if (text.contains("#") || parts.length < 2 || !parts[0].equals("schema")) {
            return;
        }
        Optional<SchemaObject> table = contract.schema().stream().filter(t -> id(t.node()).equals(parts[1]))
                .findFirst();
        if (table.isEmpty()) {
            events.add(ValidationEvent.error(ID, ref, "Relationship '" + key + "' names '" + text
                    + "', but no schema object has id '" + parts[1] + "'.",
                    "name the 'id' of a schema object of this contract in '" + key + "'."));
            return;
        }
        List<SchemaProperty> candidates = table.get().properties();
        for (int i = 2; i + 1 < parts.length && parts[i].equals("properties"); i += 2) {
            String propertyId = parts[i + 1];
            Optional<SchemaProperty> found = candidates.stream().filter(p -> id(p.node()).equals(propertyId))
                    .findFirst();
            if (found.isEmpty()) {
                events.add(ValidationEvent.error(ID, ref, "Relationship '" + key + "' names '" + text
                        + "', but no property there has id '" + propertyId + "'.",
                        "name the 'id' of an existing property in '" + key + "'."));
                return;
            }
            candidates = PropertyTree.fields(found.get());
        }
    }

    private static String id(MapNode node) {
        return Nodes.string(node, "id").orElse("");
    }
}
