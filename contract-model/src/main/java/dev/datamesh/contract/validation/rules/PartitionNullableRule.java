package dev.datamesh.contract.validation.rules;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.SchemaObject;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.contract.validation.Rule;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns about a partition key that is not {@code required}: Hive-style layouts have no null partition value, so
 * null rows land in the special {@code __HIVE_DEFAULT_PARTITION__} directory, which partition projection and many
 * readers handle poorly. Keys that are no scalars are {@link ScalarKeyRule}'s.
 */
public final class PartitionNullableRule implements Rule {

    public static final String ID = "ODCS-PARTITION-NULLABLE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ValidationEvent> validate(Contract contract) {
        List<ValidationEvent> events = new ArrayList<>();
        for (SchemaObject table : PropertyTree.tables(contract)) {
            for (SchemaProperty property : PropertyTree.named(table.properties())) {
                if (property.partitioned() && !property.required() && PropertyTree.isScalar(property)) {
                    boolean written = property.node().has("required");
                    events.add(ValidationEvent.warning(ID,
                            property.keyLocation(written ? "required" : "partitioned"),
                            "Partition key '" + property.name() + "' is not required.",
                            (written ? "set 'required: true' on" : "add 'required: true' to") + " property '"
                                    + property.name() + "': partition values cannot be null."));
                }
            }
        }
        return events;
    }
}
