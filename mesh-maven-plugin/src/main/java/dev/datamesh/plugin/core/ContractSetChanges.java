package dev.datamesh.plugin.core;

import static dev.datamesh.contract.compat.ChangeKind.BREAKING;
import static dev.datamesh.contract.compat.ChangeKind.NON_BREAKING;

import dev.datamesh.contract.compat.Change;
import dev.datamesh.contract.compat.CompatibilityRule;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.SourceLocation;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Pairs the contracts of the baseline with those of the working copy, by {@code id} and then by file name (so that
 * a changed id is reported as {@code COMPAT-PRODUCT-CHANGED} rather than as a removal and an addition), and reports
 * the contracts that only one side has.
 *
 * @param pairs baseline and current contract of each pair, in the order of the current contracts
 * @param removed one {@link #CONTRACT_REMOVED} change per contract only the baseline has
 * @param added one {@link #CONTRACT_ADDED} change per contract only the working copy has
 */
public record ContractSetChanges(List<Pair> pairs, List<Change> removed, List<Change> added) {

    /** A contract was removed: consumers of its product lose it. The element is the contract id. */
    public static final CompatibilityRule CONTRACT_REMOVED = new CompatibilityRule("COMPAT-CONTRACT-REMOVED", BREAKING,
            false, "A contract (data product) was removed.");

    /** A contract was added. The element is the contract id. */
    public static final CompatibilityRule CONTRACT_ADDED = new CompatibilityRule("COMPAT-CONTRACT-ADDED",
            NON_BREAKING, false, "A contract (data product) was added.");

    /** One contract in both versions. */
    public record Pair(Contract baseline, Contract current) {}

    public static ContractSetChanges match(List<Contract> baseline, List<Contract> current) {
        Map<String, Contract> before = new LinkedHashMap<>();
        baseline.forEach(c -> before.putIfAbsent(c.id(), c));
        Map<Contract, Contract> paired = new IdentityHashMap<>();
        List<Contract> unmatched = new ArrayList<>();
        for (Contract contract : current) {
            Contract old = before.remove(contract.id());
            if (old != null) {
                paired.put(contract, old);
            } else {
                unmatched.add(contract);
            }
        }
        List<Change> added = new ArrayList<>();
        for (Contract contract : unmatched) {
            Optional<Contract> sameName = before.values().stream()
                    .filter(c -> fileName(c.file()).equals(fileName(contract.file()))).findFirst();
            if (sameName.isPresent()) {
                before.remove(sameName.get().id());
                paired.put(contract, sameName.get());
            } else {
                added.add(Change.of(CONTRACT_ADDED, "", contract.id(), SourceLocation.NONE,
                        contract.valueLocation("id"), "Contract '" + contract.id() + "' (" + contract.file()
                                + ") was added."));
            }
        }
        List<Change> removed = new ArrayList<>();
        for (Contract contract : before.values()) {
            removed.add(Change.of(CONTRACT_REMOVED, "", contract.id(), contract.valueLocation("id"),
                    SourceLocation.NONE, "Contract '" + contract.id() + "' (" + contract.file()
                            + ") was removed: consumers of its tables and API lose them."));
        }
        List<Pair> pairs = new ArrayList<>();
        for (Contract contract : current) {
            Contract old = paired.get(contract);
            if (old != null) {
                pairs.add(new Pair(old, contract));
            }
        }
        return new ContractSetChanges(pairs, removed, added);
    }

    /**
     * The log line of a removed or added contract: an error while a removal is not accepted, else a note.
     *
     * @param projectVersion the project's version, for the hint
     */
    public static ValidationEvent event(Change change, String projectVersion) {
        if (!change.isFailing()) {
            return ValidationEvent.note(change.ruleId(), change.location(), change.message(), "");
        }
        return ValidationEvent.error(change.ruleId(), change.location(), change.message(), "restore the contract, "
                + "release a new major version of the project (" + nextMajor(projectVersion) + "), or accept it on "
                + "purpose with '" + change.key() + "' in <acceptedChanges>.");
    }

    private static String nextMajor(String version) {
        OptionalInt major = major(version);
        return major.isPresent() ? "<version>" + (major.getAsInt() + 1) + ".0.0</version>" : "<version>";
    }

    /** The leading number of a Maven version ({@code 2} for {@code 2.1-SNAPSHOT}), if it has one. */
    public static OptionalInt major(String version) {
        int end = 0;
        while (end < version.length() && end < 9 && Character.isDigit(version.charAt(end))) {
            end++;
        }
        return end == 0 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(version.substring(0, end)));
    }

    private static String fileName(String file) {
        return file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('!')) + 1);
    }
}
