package dev.datamesh.contract.model;

import java.util.Optional;

/** An ODCS {@code support[]} entry. */
public record SupportChannel(String channel, Optional<String> url, Optional<String> tool, Optional<String> scope,
        Optional<String> description, SourceLocation location) implements FromSourceLocation {

    @Override
    public SourceLocation sourceLocation() {
        return location;
    }
}
