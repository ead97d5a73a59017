package dev.datamesh.contract.validation.rules;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.Team;
import dev.datamesh.contract.validation.Rule;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.List;

/**
 * Warns about a contract that names no owning team, or a team with neither name nor members: consumers and the
 * catalog need someone to ask, and imported contracts are flagged until a team is filled in.
 */
public final class TeamRule implements Rule {

    public static final String ID = "ODCS-TEAM-MISSING";

    private static final String HINT = "add 'team:' with 'name:' and 'members:' (each with 'username:').";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<ValidationEvent> validate(Contract contract) {
        if (!contract.node().has("team")) {
            return List.of(ValidationEvent.warning(ID, contract, "The contract names no owning team.", HINT));
        }
        if (contract.team().isEmpty()) {
            return List.of(); // a team of the wrong type is the JSON Schema layer's
        }
        Team team = contract.team().get();
        if (team.name().filter(n -> !n.isBlank()).isEmpty() && team.members().isEmpty()) {
            return List.of(ValidationEvent.warning(ID, team, "The team has neither a name nor members.", HINT));
        }
        return List.of();
    }
}
