package dev.datamesh.contract.validation.rules;

import dev.datamesh.contract.access.ColumnVisibility;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.Role;
import dev.datamesh.contract.validation.Rule;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * Warns about a classification in a role's {@code classifications} custom property that no column of the contract
 * has: usually a typo, which would leave the columns the role was meant to read hidden from it.
 */
public final class RoleClassificationRule implements Rule {

    public static final String ID = "ODCS-ROLE-CLASSIFICATION";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ValidationEvent> validate(Contract contract) {
        List<ValidationEvent> events = new ArrayList<>();
        SortedSet<String> used = ColumnVisibility.classificationsInUse(contract);
        for (Role role : contract.roles()) {
            for (String classification : role.classifications().orElse(List.of())) {
                if (!used.contains(classification)) {
                    events.add(ValidationEvent.warning(ID, role.classificationsLocation(), "Role '" + role.role()
                            + "' lists classification '" + classification + "', which no column of this contract has.",
                            "remove '" + classification + "' from the role's 'classifications' custom property"
                            + (used.isEmpty() ? " (no column of this contract is classified)."
                            : ", or correct it to one the columns use: " + String.join(", ", used) + ".")));
                }
            }
        }
        return events;
    }
}
