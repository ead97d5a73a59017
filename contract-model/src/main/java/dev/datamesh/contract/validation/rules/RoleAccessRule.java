package dev.datamesh.contract.validation.rules;

import dev.datamesh.contract.access.AccessLevel;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.Role;
import dev.datamesh.contract.validation.Rule;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.ArrayList;
import java.util.List;

/** A role's {@code access} is {@code read} (also when absent) or {@code write}: nothing else can be granted. */
public final class RoleAccessRule implements Rule {

    public static final String ID = "ODCS-ROLE-ACCESS";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ValidationEvent> validate(Contract contract) {
        List<ValidationEvent> events = new ArrayList<>();
        for (Role role : contract.roles()) {
            if (AccessLevel.of(role.access()).isEmpty()) {
                events.add(ValidationEvent.error(ID, role.accessLocation(), "Role '" + role.role() + "' has access '"
                        + role.access().orElse("") + "'; access must be read or write.",
                        "set 'access: read' (SELECT and DESCRIBE) or 'access: write' (also INSERT, DELETE, ALTER and "
                        + "the table location), or leave 'access' out for read."));
            }
        }
        return events;
    }
}
