package dev.datamesh.contract.compat;

import java.util.Objects;

/**
 * One entry of the compatibility rule catalogue: a stable id, the kind of change it reports, whether it also
 * warns, and a one-line description for the documentation.
 *
 * @param warning true when a change of this rule is worth a warning although it is not breaking
 */
public record CompatibilityRule(String id, ChangeKind kind, boolean warning, String description) {

    public CompatibilityRule {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(description, "description == null");
    }
}
