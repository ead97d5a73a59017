package dev.datamesh.contract.validation.rules;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.SchemaObject;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.contract.validation.Rule;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns about a primary key property that is not {@code required}: generators make it nullable, as the contract
 * says, although a key is rarely meant to be null. Common in real contracts, so a warning. Keys that are
 * no scalars are {@link ScalarKeyRule}'s.
 */
public final class PrimaryKeyRequiredRule implements Rule {

    public static final String ID = "ODCS-PK-REQUIRED";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ValidationEvent> validate(Contract contract) {
        List<ValidationEvent> events = new ArrayList<>();
        for (SchemaObject table : PropertyTree.tables(contract)) {
            for (SchemaProperty property : PropertyTree.named(table.properties())) {
                if (property.primaryKey() && !property.required() && PropertyTree.isScalar(property)) {
                    boolean written = property.node().has("required");
                    events.add(ValidationEvent.warning(ID,
                            property.keyLocation(written ? "required" : "primaryKey"),
                            "Primary key '" + property.name() + "' is not required.",
                            (written ? "set 'required: true' on" : "add 'required: true' to") + " property '"
                                    + property.name() + "'."));
                }
            }
        }
        return events;
    }
}
