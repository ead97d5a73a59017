package dev.datamesh.contract.model;

import java.util.List;
import java.util.Optional;

/** The owning team: an object with members (v3.1) or the older plain list of members (v3.0). */
public record Team(Optional<String> name, Optional<String> description, List<TeamMember> members,
        SourceLocation location) implements FromSourceLocation {

    /** One member of the team. */
    public record TeamMember(String username, Optional<String> name, Optional<String> role,
            Optional<String> description, SourceLocation location) {}

    @Override
    public SourceLocation sourceLocation() {
        return location;
    }
}
