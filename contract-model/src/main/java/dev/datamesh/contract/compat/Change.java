package dev.datamesh.contract.compat;

import dev.datamesh.contract.model.SourceLocation;
import java.util.Comparator;
import java.util.Objects;

/**
 * One classified difference between two versions of a contract, or of an artifact generated from it.
 *
 * <p>Changes sort by table, element, rule id, source and locations, so that every report is stable.
 *
 * @param source which comparison found it
 * @param ruleId the stable rule id, e.g. {@code COMPAT-PROPERTY-REMOVED} (see {@link CompatibilityRules})
 * @param warning true when the change deserves a warning although it is not breaking (added enum values)
 * @param table the table (schema object) name it belongs to, or empty for contract-level changes
 * @param element the stable element key, e.g. {@code pos_transactions.net_amount} or
 *     {@code products.pack_sizes[].units}; together with the rule id it is what the build accepts
 * @param oldLocation where in the old file ({@link SourceLocation#NONE} when unknown)
 * @param newLocation where in the new file ({@link SourceLocation#NONE} when unknown)
 * @param acceptance whether a breaking change is accepted, and why
 */
public record Change(ChangeSource source, String ruleId, ChangeKind kind, boolean warning, String table,
        String element, SourceLocation oldLocation, SourceLocation newLocation, String message,
        Acceptance acceptance) implements Comparable<Change> {

    private static final Comparator<Change> ORDER = Comparator.comparing(Change::table)
            .thenComparing(Change::element)
            .thenComparing(Change::ruleId)
            .thenComparing(Change::source)
            .thenComparing(Change::oldLocation)
            .thenComparing(Change::newLocation)
            .thenComparing(Change::message);

    public Change {
        Objects.requireNonNull(source, "source == null");
        Objects.requireNonNull(ruleId, "ruleId == null");
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(table, "table == null");
        Objects.requireNonNull(element, "element == null");
        Objects.requireNonNull(oldLocation, "oldLocation == null");
        Objects.requireNonNull(newLocation, "newLocation == null");
        Objects.requireNonNull(message, "message == null");
        Objects.requireNonNull(acceptance, "acceptance == null");
    }

    /** A change found by comparing the contracts: kind and warning come from the rule. */
    public static Change of(CompatibilityRule rule, String table, String element, SourceLocation oldLocation,
            SourceLocation newLocation, String message) {
        return new Change(ChangeSource.CONTRACT, rule.id(), rule.kind(), rule.warning(), table, element,
                oldLocation, newLocation, message, Acceptance.NONE);
    }

    public boolean isBreaking() {
        return kind == ChangeKind.BREAKING;
    }

    /** A breaking change that nothing accepts: it fails the check. */
    public boolean isFailing() {
        return isBreaking() && acceptance == Acceptance.NONE;
    }

    /** The key under which a build accepts this change. */
    public AcceptedChange key() {
        return new AcceptedChange(ruleId, element);
    }

    /** Where to point a reader: the new file when known, else the old one. */
    public SourceLocation location() {
        return newLocation.equals(SourceLocation.NONE) ? oldLocation : newLocation;
    }

    public Change withAcceptance(Acceptance newAcceptance) {
        return new Change(source, ruleId, kind, warning, table, element, oldLocation, newLocation, message,
                newAcceptance);
    }

    @Override
    public int compareTo(Change other) {
        return ORDER.compare(this, other);
    }
}
