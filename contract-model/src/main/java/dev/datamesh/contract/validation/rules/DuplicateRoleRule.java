package dev.datamesh.contract.validation.rules;

import dev.datamesh.contract.access.AccessConfig;
import dev.datamesh.contract.access.Principal;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.Role;
import dev.datamesh.contract.validation.Rule;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Each principal is listed once in {@code roles}: two entries for one principal (the same text, or a short name and
 * the ARN it maps to) leave it unclear which access and which classifications apply.
 */
public final class DuplicateRoleRule implements Rule {

    public static final String ID = "ODCS-ROLE-DUPLICATE";

    private static final String HINT = "keep one entry for the principal in 'roles', with the wider access if the "
            + "two differ.";

    private final AccessConfig access;

    public DuplicateRoleRule(AccessConfig access) {
        this.access = Objects.requireNonNull(access, "access == null");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ValidationEvent> validate(Contract contract) {
        List<ValidationEvent> events = new ArrayList<>();
        Map<String, Role> seen = new HashMap<>();
        for (Role role : contract.roles()) {
            String text = role.role().trim();
            if (text.isEmpty()) {
                continue;
            }
            String key = access.resolve(text).map(Principal::identifier).orElse(text);
            Role first = seen.putIfAbsent(key, role);
            if (first == null) {
                continue;
            }
            String firstText = first.role().trim();
            String message = firstText.equals(text)
                    ? "Role '" + text + "' is listed twice (first at line " + first.roleLocation().line() + ")."
                    : "Role '" + text + "' is the same principal as role '" + firstText + "' at line "
                            + first.roleLocation().line() + " (" + key + ").";
            events.add(ValidationEvent.error(ID, role.roleLocation(), message, HINT));
        }
        return events;
    }
}
