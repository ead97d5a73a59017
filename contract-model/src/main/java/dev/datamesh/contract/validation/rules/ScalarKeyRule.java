package dev.datamesh.contract.validation.rules;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.SchemaObject;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.contract.validation.Rule;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports keys that no generator can honour: a primary key, unique or partition key on an array or object (Glue
 * partition keys and API key lookups need scalars), and a primary or partition key nested inside an object or array.
 */
public final class ScalarKeyRule implements Rule {

    public static final String ID = "ODCS-KEY-SCALAR";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ValidationEvent> validate(Contract contract) {
        List<ValidationEvent> events = new ArrayList<>();
        for (SchemaObject table : PropertyTree.tables(contract)) {
            for (SchemaProperty property : PropertyTree.named(table.properties())) {
                if (!PropertyTree.isScalar(property)) {
                    String kind = PropertyTree.kind(property);
                    flag(property, property.primaryKey(), "primaryKey", kind + " and cannot be a primary key", events);
                    flag(property, property.unique(), "unique", kind + " and cannot be unique", events);
                    flag(property, property.partitioned(), "partitioned", kind + " and cannot be a partition key",
                            events);
                }
                for (SchemaProperty nested : PropertyTree.named(PropertyTree.nested(property))) {
                    flag(nested, nested.primaryKey(), "primaryKey",
                            "nested; only top-level properties can be primary keys", events);
                    flag(nested, nested.partitioned(), "partitioned",
                            "nested; only top-level properties can be partition keys", events);
                }
            }
        }
        return events;
    }

    private static void flag(SchemaProperty property, boolean set, String key, String reason,
            List<ValidationEvent> events) {
        if (set) {
            events.add(ValidationEvent.error(ID, property.keyLocation(key),
                    "Property '" + property.path() + "' is " + reason + ".",
                    "remove '" + key + ": true' from property '" + property.path() + "'."));
        }
    }
}
