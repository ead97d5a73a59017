package dev.datamesh.contract.model;

import java.util.List;
import java.util.Optional;

/**
 * A relationship (foreign key) between properties. At property level {@code from} is implicit and empty here;
 * {@code to} names {@code table.column} targets.
 */
public record Relationship(Optional<String> type, List<String> from, List<String> to, SourceLocation location)
        implements FromSourceLocation {

    @Override
    public SourceLocation sourceLocation() {
        return location;
    }
}
