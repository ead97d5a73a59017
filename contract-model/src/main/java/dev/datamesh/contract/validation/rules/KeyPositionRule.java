package dev.datamesh.contract.validation.rules;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.SchemaObject;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.contract.validation.Rule;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Checks {@code primaryKeyPosition} and {@code partitionKeyPosition}: given positions number the keys of one table
 * 1..n, each once; a multi-column key without positions falls back to contract order; a position on a property
 * that is not such a key is ignored. {@code -1} means "not a key" (the official examples use it).
 */
public final class KeyPositionRule implements Rule {

    public static final String ID = "ODCS-KEY-POSITION";
    public static final String MISSING = "ODCS-KEY-POSITION-MISSING";
    public static final String UNUSED = "ODCS-KEY-POSITION-UNUSED";

    private record Key(String label, String flag, String position, Predicate<SchemaProperty> isKey,
            ToIntFunction<SchemaProperty> positionOf) {}

    private static final List<Key> KEYS = List.of(
            new Key("primary key", "primaryKey", "primaryKeyPosition", SchemaProperty::primaryKey,
                    SchemaProperty::primaryKeyPosition),
            new Key("partition key", "partitioned", "partitionKeyPosition", SchemaProperty::partitioned,
                    SchemaProperty::partitionKeyPosition));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ValidationEvent> validate(Contract contract) {
        List<ValidationEvent> events = new ArrayList<>();
        for (SchemaObject table : PropertyTree.tables(contract)) {
            for (Key key : KEYS) {
                check(table, key, events);
            }
        }
        return events;
    }

    private static void check(SchemaObject table, Key key, List<ValidationEvent> events) {
        List<SchemaProperty> properties = PropertyTree.named(table.properties());
        int n = (int) properties.stream().filter(key.isKey()).count();
        String numbering = "number the " + key.label() + " properties of '" + table.name() + "' 1 to " + n
                + ", each once, with '" + key.position() + "'.";
        Map<Integer, SchemaProperty> seen = new HashMap<>();
        List<SchemaProperty> unnumbered = new ArrayList<>();
        for (SchemaProperty property : properties) {
            int position = key.positionOf().applyAsInt(property);
            if (!key.isKey().test(property)) {
                if (position != -1) {
                    events.add(ValidationEvent.warning(UNUSED, property.keyLocation(key.position()),
                            key.position() + " " + position + " is set on '" + property.name() + "', which is not a "
                                    + key.label() + ".",
                            "remove '" + key.position() + "' from '" + property.name() + "', or add '" + key.flag()
                                    + ": true'."));
                }
            } else if (position == -1) {
                unnumbered.add(property);
            } else if (position < 1 || position > n) {
                events.add(ValidationEvent.error(ID, property.node().valueLocation(key.position()),
                        key.position() + " " + position + " of '" + property.name() + "' is out of range: '"
                                + table.name() + "' has " + n + " " + key.label() + " propert" + (n == 1 ? "y" : "ies")
                                + ".", numbering));
            } else {
                SchemaProperty first = seen.putIfAbsent(position, property);
                if (first != null) {
                    events.add(ValidationEvent.error(ID, property.node().valueLocation(key.position()),
                            key.position() + " " + position + " of '" + property.name() + "' is also that of '"
                                    + first.name() + "' at line " + first.keyLocation(key.position()).line() + ".",
                            numbering));
                }
            }
        }
        if (n > 1 && !unnumbered.isEmpty()) {
            events.add(ValidationEvent.warning(MISSING, unnumbered.get(0).keyLocation(key.flag()),
                    capitalized(key.label()) + " of '" + table.name() + "' has " + n + " properties, but "
                            + String.join(", ", unnumbered.stream().map(p -> "'" + p.name() + "'").toList())
                            + (unnumbered.size() == 1 ? " has" : " have") + " no " + key.position()
                            + "; keys without a position follow in contract order.", numbering));
        }
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
