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

/** Reports a schema object name used twice, or a property name used twice within one object or nested object. */
public final class DuplicateNameRule implements Rule {

    public static final String ID = "ODCS-DUPLICATE-NAME";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ValidationEvent> validate(Contract contract) {
        List<ValidationEvent> events = new ArrayList<>();
        Map<String, SchemaObject> tables = new HashMap<>();
        for (SchemaObject table : contract.schema()) {
            if (table.name().isEmpty()) {
                continue;
            }
            SchemaObject first = tables.putIfAbsent(table.name(), table);
            if (first != null) {
                events.add(ValidationEvent.error(ID, table.nameLocation(),
                        "Schema object name '" + table.name() + "' is already used at line "
                                + first.nameLocation().line() + ".",
                        "rename one of the schema objects: 'name' must be unique in 'schema'."));
            }
            properties(table.name(), table.properties(), events);
        }
        return events;
    }

    private static void properties(String parent, List<SchemaProperty> properties, List<ValidationEvent> events) {
        Map<String, SchemaProperty> seen = new HashMap<>();
        for (SchemaProperty property : properties) {
            if (property.name().isEmpty()) {
                continue;
            }
            SchemaProperty first = seen.putIfAbsent(property.name(), property);
            if (first != null) {
                events.add(ValidationEvent.error(ID, property.nameLocation(),
                        "Property name '" + property.name() + "' is already used in '" + parent + "' at line "
                                + first.nameLocation().line() + ".",
                        "rename one of the properties: 'name' must be unique among the properties of '"
                                + parent + "'."));
                continue;
            }
            List<SchemaProperty> fields = PropertyTree.fields(property);
            if (!fields.isEmpty()) {
                properties(property.path(), fields, events);
            }
        }
    }
}
