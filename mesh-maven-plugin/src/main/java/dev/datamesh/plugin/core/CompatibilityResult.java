package dev.datamesh.plugin.core;

import dev.datamesh.contract.compat.AcceptedChange;
import dev.datamesh.contract.compat.Change;
import dev.datamesh.contract.compat.ChangeKind;
import dev.datamesh.contract.compat.CompatibilityReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The outcome of the compatibility goal: one report per contract found in both the baseline and the working copy,
 * the contracts removed and added, and whether the build fails.
 *
 * @param baseline how the baseline is named ({@code G:A:V} or a path); empty when there is none (a first release)
 * @param reports the contracts found in both, in the order of their current files
 * @param removed one {@link ContractSetChanges#CONTRACT_REMOVED} change per contract only the baseline has
 * @param added one {@link ContractSetChanges#CONTRACT_ADDED} change per contract only the working copy has
 * @param unusedAcceptances listed accepted changes that match no breaking change: stale entries
 */
public record CompatibilityResult(Optional<String> baseline, List<CompatibilityReport> reports, List<Change> removed,
        List<Change> added, List<AcceptedChange> unusedAcceptances) {

    public CompatibilityResult {
        Objects.requireNonNull(baseline, "baseline == null");
        reports = List.copyOf(reports);
        removed = List.copyOf(removed);
        added = List.copyOf(added);
        unusedAcceptances = List.copyOf(unusedAcceptances);
    }

    /** The result when there is nothing to compare with. */
    public static CompatibilityResult noBaseline() {
        return new CompatibilityResult(Optional.empty(), List.of(), List.of(), List.of(), List.of());
    }

    /** Whether the build fails: an unaccepted breaking change, or a contract version lower than required. */
    public boolean failed() {
        return reports.stream().anyMatch(CompatibilityReport::failed) || removed.stream().anyMatch(Change::isFailing);
    }

    /** Every change, contract by contract: removed contracts, then the reports, then added contracts. */
    public Stream<Change> changes() {
        return Stream.of(removed.stream(), reports.stream().flatMap(r -> r.changes().stream()), added.stream())
                .flatMap(s -> s);
    }

    public long count(ChangeKind kind) {
        return changes().filter(c -> c.kind() == kind).count();
    }

    /** Breaking changes that nothing accepts. */
    public long failing() {
        return changes().filter(Change::isFailing).count();
    }

    /** Contracts whose {@code version} is lower than their changes require (or no semantic version). */
    public long versionsTooLow() {
        return reports.stream().filter(r -> r.versionCheck().failed()).count();
    }
}
