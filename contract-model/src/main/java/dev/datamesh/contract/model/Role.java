package dev.datamesh.contract.model;

import java.util.List;
import java.util.Optional;

/** An ODCS {@code roles[]} entry: who gets which access, and who approves it. */
public record Role(String role, Optional<String> access, Optional<String> description,
        List<String> firstLevelApprovers, List<String> secondLevelApprovers, List<CustomProperty> customProperties,
        SourceLocation location, SourceLocation roleLocation) implements FromSourceLocation {

    @Override
    public SourceLocation sourceLocation() {
        return location;
    }
}
