package dev.datamesh.contract.validation.rules;

import dev.datamesh.contract.access.AccessConfig;
import dev.datamesh.contract.access.Principal;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.Role;
import dev.datamesh.contract.validation.Rule;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A role must name whom Lake Formation grants to: an IAM role ARN, a 12-digit account id, or a short name that the
 * pom maps to one of them ({@code <principals>}); anything else would grant nothing, or to the wrong principal.
 */
public final class RolePrincipalRule implements Rule {

    public static final String ID = "ODCS-ROLE-PRINCIPAL";

    private static final String ARN_HINT = "write the role as arn:aws:iam::<12-digit account>:role/<path/name>, e.g. "
            + "'role: arn:aws:iam::123456789012:role/demand-planning-reader'.";

    private final AccessConfig access;

    public RolePrincipalRule(AccessConfig access) {
        this.access = Objects.requireNonNull(access, "access == null");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ValidationEvent> validate(Contract contract) {
        List<ValidationEvent> events = new ArrayList<>();
        for (Role role : contract.roles()) {
            String text = role.role().trim();
            if (!role.role().isEmpty() && access.resolve(text).isPresent()) {
                continue;
            }
            if (text.isEmpty()) {
                events.add(ValidationEvent.error(ID, role.roleLocation(), "A role has an empty 'role'.", ARN_HINT));
            } else if (Principal.looksLikeArn(text)) {
                events.add(ValidationEvent.error(ID, role.roleLocation(), "Role '" + text + "' is not a valid IAM "
                        + "role ARN: " + Principal.arnProblem(text) + ".", ARN_HINT));
            } else if (Principal.looksLikeAccount(text)) {
                events.add(ValidationEvent.error(ID, role.roleLocation(), "Role '" + text + "' is not an AWS "
                        + "account id: it has " + text.length() + " digits instead of 12.",
                        "write the consumer account's 12-digit id, e.g. 'role: \"210987654321\"' (quoted, so that "
                        + "YAML keeps leading zeros)."));
            } else {
                events.add(ValidationEvent.error(ID, role.roleLocation(), "Role '" + text + "' is neither an IAM role "
                        + "ARN nor an account id, and the plugin configuration maps no principal of that name.",
                        "map the name in the plugin's configuration, e.g. <principals><" + text
                        + ">arn:aws:iam::123456789012:role/" + text + "</" + text + "></principals>, or write the role "
                        + "ARN in 'role'."));
            }
        }
        return events;
    }
}
