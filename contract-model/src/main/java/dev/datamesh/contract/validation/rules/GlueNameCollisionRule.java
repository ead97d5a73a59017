package dev.datamesh.contract.validation.rules;

import static dev.datamesh.contract.validation.rules.PropertyTree.physicalNameLocation;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.SchemaObject;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.contract.validation.Rule;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reports two tables, or two columns of one table or struct, that differ as written but become the same Glue name
 * once Glue lower-cases them. Equal {@code name}s are {@link DuplicateNameRule}'s to report.
 */
public final class GlueNameCollisionRule implements Rule {

    public static final String ID = "GLUE-NAME-COLLISION";

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
            String glueName = table.tableName().toLowerCase(Locale.ROOT);
            SchemaObject first = tables.putIfAbsent(glueName, table);
            if (first != null && !first.name().equals(table.name())) {
                events.add(ValidationEvent.error(ID, physicalNameLocation(table), "Table '" + table.name()
                        + "' becomes Glue table '" + glueName + "', as does '" + first.name() + "' at line "
                        + physicalNameLocation(first).line() + ".",
                        "give one of the schema objects another 'physicalName' (Glue names are lower case)."));
            }
            columns(table.name(), table.properties(), events);
        }
        return events;
    }

    private static void columns(String parent, List<SchemaProperty> properties, List<ValidationEvent> events) {
        Map<String, SchemaProperty> seen = new HashMap<>();
        for (SchemaProperty property : properties) {
            if (property.name().isEmpty()) {
                continue;
            }
            String glueName = property.columnName().toLowerCase(Locale.ROOT);
            SchemaProperty first = seen.putIfAbsent(glueName, property);
            if (first != null && !first.name().equals(property.name())) {
                events.add(ValidationEvent.error(ID, physicalNameLocation(property), "Column '"
                        + property.name() + "' of '" + parent + "' becomes Glue column '" + glueName
                        + "', as does '" + first.name() + "' at line " + physicalNameLocation(first).line()
                        + ".", "give one of the properties another 'physicalName' (Glue names are lower case)."));
            }
            List<SchemaProperty> fields = PropertyTree.fields(property);
            if (!fields.isEmpty()) {
                columns(property.path(), fields, events);
            }
        }
    }
}
