package dev.datamesh.contract.validation.rules;

import dev.datamesh.contract.loader.ListNode;
import dev.datamesh.contract.loader.Node;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.validation.Rule;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.List;
import java.util.Optional;

/** Warns about a contract without schema objects: there is no table, schema or API to generate. */
public final class NoTablesRule implements Rule {

    public static final String ID = "ODCS-NO-TABLES";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ValidationEvent> validate(Contract contract) {
        Optional<Node> schema = contract.node().get("schema");
        boolean empty = schema.isEmpty() || schema.get() instanceof ListNode list && list.items().isEmpty();
        if (!empty) {
            return List.of(); // a schema of the wrong type is the JSON Schema layer's
        }
        return List.of(ValidationEvent.warning(ID, contract.keyLocation("schema"),
                "The contract defines no schema objects, so nothing is generated.",
                "add a table under 'schema:' with 'name:' and 'properties:'."));
    }
}
