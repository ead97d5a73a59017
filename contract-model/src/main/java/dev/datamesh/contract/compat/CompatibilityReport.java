package dev.datamesh.contract.compat;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.SourceLocation;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The outcome of comparing two versions of a contract: every classified change, the semantic version rule, and
 * whether the check fails. Immutable; {@link #accept(Set)} and {@link #withChanges(Collection)} return new reports.
 *
 * <p>A breaking change is accepted when the new {@code version} is a major release over the baseline
 * ({@link Acceptance#MAJOR_VERSION}) or when its rule id and element are listed ({@link Acceptance#LISTED}). A
 * listed change counts as a non-breaking one for the version rule: it needs a minor version, not a major one.
 * The check fails when a breaking change is not accepted or the version is lower than the changes require.
 */
public final class CompatibilityReport {

    private static final Comparator<AcceptedChange> ACCEPTED_ORDER =
            Comparator.comparing(AcceptedChange::ruleId).thenComparing(AcceptedChange::element);

    private final String contractId;
    private final String oldFile;
    private final String newFile;
    private final String oldVersion;
    private final String newVersion;
    private final SourceLocation newVersionLocation;
    private final Set<AcceptedChange> accepted;
    private final List<Change> changes;
    private final VersionCheck versionCheck;

    private CompatibilityReport(String contractId, String oldFile, String newFile, String oldVersion,
            String newVersion, SourceLocation newVersionLocation, Collection<Change> found,
            Set<AcceptedChange> accepted) {
        this.contractId = Objects.requireNonNull(contractId, "contractId == null");
        this.oldFile = Objects.requireNonNull(oldFile, "oldFile == null");
        this.newFile = Objects.requireNonNull(newFile, "newFile == null");
        this.oldVersion = Objects.requireNonNull(oldVersion, "oldVersion == null");
        this.newVersion = Objects.requireNonNull(newVersion, "newVersion == null");
        this.newVersionLocation = Objects.requireNonNull(newVersionLocation, "newVersionLocation == null");
        Set<AcceptedChange> sorted = new TreeSet<>(ACCEPTED_ORDER);
        sorted.addAll(accepted);
        this.accepted = Collections.unmodifiableSet(sorted);
        List<Change> listed = new ArrayList<>();
        for (Change change : found) {
            boolean isListed = change.isBreaking() && accepted.stream().anyMatch(a -> a.matches(change));
            listed.add(change.withAcceptance(isListed ? Acceptance.LISTED : Acceptance.NONE));
        }
        Optional<ChangeKind> level = listed.stream()
                .map(c -> c.acceptance() == Acceptance.LISTED ? ChangeKind.NON_BREAKING : c.kind())
                .max(Enum::compareTo);
        this.versionCheck = VersionCheck.of(oldVersion, newVersion, newVersionLocation, level);
        boolean major = versionCheck.majorRelease();
        List<Change> resolved = new ArrayList<>();
        for (Change change : listed) {
            resolved.add(major && change.isFailing() ? change.withAcceptance(Acceptance.MAJOR_VERSION) : change);
        }
        Collections.sort(resolved);
        this.changes = List.copyOf(resolved);
    }

    /** The report for changes found between two contracts, with nothing accepted by listing. */
    public static CompatibilityReport of(Contract baseline, Contract current, Collection<Change> changes) {
        return new CompatibilityReport(current.id(), baseline.file(), current.file(), baseline.version(),
                current.version(), current.valueLocation("version"), changes, Set.of());
    }

    /** The same comparison with these changes accepted on purpose (a pure function: this report is unchanged). */
    public CompatibilityReport accept(Set<AcceptedChange> acceptedChanges) {
        return new CompatibilityReport(contractId, oldFile, newFile, oldVersion, newVersion, newVersionLocation,
                changes, Objects.requireNonNull(acceptedChanges, "acceptedChanges == null"));
    }

    /** The same comparison with more changes, e.g. from the Avro or OpenAPI comparison of generated artifacts. */
    public CompatibilityReport withChanges(Collection<Change> more) {
        List<Change> all = new ArrayList<>(changes);
        all.addAll(more);
        return new CompatibilityReport(contractId, oldFile, newFile, oldVersion, newVersion, newVersionLocation, all,
                accepted);
    }

    /** The new contract's {@code id}. */
    public String contractId() {
        return contractId;
    }

    public String oldFile() {
        return oldFile;
    }

    public String newFile() {
        return newFile;
    }

    /** Every change, sorted by table, element and rule id. */
    public List<Change> changes() {
        return changes;
    }

    public List<Change> changes(ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    /** Breaking changes that nothing accepts. */
    public List<Change> failingChanges() {
        return changes.stream().filter(Change::isFailing).toList();
    }

    public VersionCheck versionCheck() {
        return versionCheck;
    }

    public Set<AcceptedChange> acceptedChanges() {
        return accepted;
    }

    /** Accepted changes that match no breaking change: stale entries the build can drop. */
    public List<AcceptedChange> unusedAcceptances() {
        return accepted.stream()
                .filter(a -> changes.stream().noneMatch(c -> c.isBreaking() && a.matches(c)))
                .toList();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Whether the check fails: an unaccepted breaking change, or a version lower than required. */
    public boolean failed() {
        return versionCheck.failed() || changes.stream().anyMatch(Change::isFailing);
    }

    /**
     * The report as validation events, for the one line format of the build log: unaccepted breaking changes and
     * a too-low version are errors, changes flagged as warnings are warnings, every other change is a note.
     */
    public List<ValidationEvent> events() {
        List<ValidationEvent> events = new ArrayList<>();
        for (Change change : changes) {
            if (change.isFailing()) {
                events.add(ValidationEvent.error(change.ruleId(), change.location(), change.message(),
                        acceptHint(change)));
            } else if (change.warning()) {
                events.add(ValidationEvent.warning(change.ruleId(), change.location(), change.message(),
                        "check that consumers handle the new values before releasing."));
            } else {
                events.add(ValidationEvent.note(change.ruleId(), change.location(), change.message(), ""));
            }
        }
        versionEvent().ifPresent(events::add);
        Collections.sort(events);
        return List.copyOf(events);
    }

    private String acceptHint(Change change) {
        String accept = "accept it on purpose with '" + change.key() + "'.";
        return versionCheck.required()
                .map(v -> "release a new major version ('version: " + v + "'), or " + accept)
                .orElse(accept);
    }

    private Optional<ValidationEvent> versionEvent() {
        String rule = CompatibilityRules.VERSION.id();
        Optional<SemanticVersion> required = versionCheck.required();
        return switch (versionCheck.status()) {
            case OK -> Optional.empty();
            case TOO_LOW -> Optional.of(ValidationEvent.error(rule, newVersionLocation, "Version " + newVersion
                    + " is lower than " + required.orElseThrow() + ", which " + reason() + ".",
                    "set 'version: " + required.orElseThrow() + "' (or higher)."));
            case NEW_NOT_SEMVER -> Optional.of(ValidationEvent.error(rule, newVersionLocation, "Version '"
                    + newVersion + "' is not a semantic version (MAJOR.MINOR.PATCH), so it cannot be checked.",
                    required.map(v -> "set 'version: " + v + "' (or higher).")
                            .orElse("set 'version:' to a semantic version such as 1.0.0.")));
            case OLD_NOT_SEMVER -> Optional.of(ValidationEvent.warning(rule, newVersionLocation, "The baseline"
                    + " version '" + oldVersion + "' is not a semantic version, so the required version is unknown.",
                    "accept each breaking change on purpose by rule id and element."));
        };
    }

    private String reason() {
        return switch (versionCheck.level().orElse(ChangeKind.PATCH)) {
            case BREAKING -> "the breaking changes since " + oldVersion + " require";
            case NON_BREAKING -> "the additions and loosened constraints since " + oldVersion + " require";
            case PATCH -> versionCheck.level().isPresent() ? "the changes since " + oldVersion + " require"
                    : "is the baseline version";
        };
    }

    @Override
    public String toString() {
        return CompatibilityTextRenderer.render(this);
    }
}
