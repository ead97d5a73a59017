package dev.datamesh.contract.compat;

import java.util.Objects;
import java.util.Optional;

/**
 * A breaking change that the build accepts on purpose: a rule id and an element key, written
 * {@code COMPAT-PROPERTY-REMOVED pos_transactions.net_amount}.
 */
public record AcceptedChange(String ruleId, String element) {

    public AcceptedChange {
        Objects.requireNonNull(ruleId, "ruleId == null");
        Objects.requireNonNull(element, "element == null");
    }

    /** Reads {@code RULE-ID element}: the id, white space, then the element (which may hold spaces). */
    public static Optional<AcceptedChange> parse(String text) {
        String[] parts = text.strip().split("\\s+", 2);
        if (parts.length != 2 || parts[0].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AcceptedChange(parts[0], parts[1]));
    }

    public boolean matches(Change change) {
        return ruleId.equals(change.ruleId()) && element.equals(change.element());
    }

    /** The form {@link #parse(String)} reads. */
    @Override
    public String toString() {
        return ruleId + " " + element;
    }
}
