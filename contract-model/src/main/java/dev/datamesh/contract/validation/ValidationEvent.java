package dev.datamesh.contract.validation;

import dev.datamesh.contract.model.FromSourceLocation;
import dev.datamesh.contract.model.SourceLocation;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a contract: which rule, how serious, where, what and how to fix it.
 *
 * <p>Events sort by location, then rule id and message, so that output is stable.
 */
public record ValidationEvent(String ruleId, Severity severity, SourceLocation location, String message, String hint)
        implements FromSourceLocation, Comparable<ValidationEvent> {

    private static final Comparator<ValidationEvent> ORDER = Comparator.comparing(ValidationEvent::location)
            .thenComparing(ValidationEvent::ruleId)
            .thenComparing(ValidationEvent::message);

    public ValidationEvent {
        Objects.requireNonNull(ruleId, "ruleId == null");
        Objects.requireNonNull(severity, "severity == null");
        Objects.requireNonNull(location, "location == null");
        Objects.requireNonNull(message, "message == null");
        hint = hint == null ? "" : hint;
    }

    public static ValidationEvent error(String ruleId, FromSourceLocation where, String message, String hint) {
        return new ValidationEvent(ruleId, Severity.ERROR, where.sourceLocation(), message, hint);
    }

    public static ValidationEvent warning(String ruleId, FromSourceLocation where, String message, String hint) {
        return new ValidationEvent(ruleId, Severity.WARNING, where.sourceLocation(), message, hint);
    }

    public static ValidationEvent note(String ruleId, FromSourceLocation where, String message, String hint) {
        return new ValidationEvent(ruleId, Severity.NOTE, where.sourceLocation(), message, hint);
    }

    /** The same event with another severity (used when a pom re-grades a rule). */
    public ValidationEvent withSeverity(Severity newSeverity) {
        return new ValidationEvent(ruleId, newSeverity, location, message, hint);
    }

    @Override
    public SourceLocation sourceLocation() {
        return location;
    }

    @Override
    public int compareTo(ValidationEvent other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return LineEventFormatter.format(this);
    }
}
