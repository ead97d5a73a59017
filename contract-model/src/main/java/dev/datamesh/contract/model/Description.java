package dev.datamesh.contract.model;

import java.util.Optional;

/** The contract's {@code description}: purpose, usage and limitations. */
public record Description(Optional<String> purpose, Optional<String> usage, Optional<String> limitations,
        SourceLocation location) implements FromSourceLocation {

    public static Description none(SourceLocation location) {
        return new Description(Optional.empty(), Optional.empty(), Optional.empty(), location);
    }

    @Override
    public SourceLocation sourceLocation() {
        return location;
    }
}
