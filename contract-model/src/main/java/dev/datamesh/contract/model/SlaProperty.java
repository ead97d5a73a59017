package dev.datamesh.contract.model;

import java.util.Optional;

/** An ODCS {@code slaProperties[]} entry, e.g. latency 4 d on element {@code pos.sale_ts}. */
public record SlaProperty(String property, String value, Optional<String> valueExt, Optional<String> unit,
        Optional<String> element, Optional<String> driver, Optional<String> description, SourceLocation location)
        implements FromSourceLocation {

    @Override
    public SourceLocation sourceLocation() {
        return location;
    }
}
