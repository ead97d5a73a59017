package dev.datamesh.plugin.core;

import dev.datamesh.contract.ContractSet;
import dev.datamesh.contract.LoadedContract;
import dev.datamesh.contract.validation.Severity;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating a set of contracts: the contracts with their events, the counts, and whether the
 * build fails.
 */
public final class ValidationReport {

    private final ContractSet contracts;
    private final boolean failOnWarning;
    private final int errors;
    private final int warnings;
    private final int notes;

    private ValidationReport(ContractSet contracts, boolean failOnWarning) {
        this.contracts = Objects.requireNonNull(contracts, "contracts == null");
        this.failOnWarning = failOnWarning;
        this.errors = contracts.count(Severity.ERROR);
        this.warnings = contracts.count(Severity.WARNING);
        this.notes = contracts.count(Severity.NOTE);
    }

    public static ValidationReport of(ContractSet contracts, boolean failOnWarning) {
        return new ValidationReport(contracts, failOnWarning);
    }

    public List<LoadedContract> contracts() {
        return contracts.contracts();
    }

    public boolean failOnWarning() {
        return failOnWarning;
    }

    public int errors() {
        return errors;
    }

    public int warnings() {
        return warnings;
    }

    public int notes() {
        return notes;
    }

    /** Whether the build fails: an error, or a warning when warnings fail the build. */
    public boolean failed() {
        return errors > 0 || (failOnWarning && warnings > 0);
    }

    /** Whether one contract fails by the same measure as {@link #failed()}. */
    public boolean failed(LoadedContract contract) {
        return contract.hasErrors() || (failOnWarning && contract.count(Severity.WARNING) > 0);
    }

    /** Whether an event makes its contract fail. */
    public boolean failing(Severity severity) {
        return severity == Severity.ERROR || (failOnWarning && severity == Severity.WARNING);
    }

    /** {@code Validated 3 contracts in 0.412 s: 0 errors, 2 warnings, 0 notes.} */
    public String summary(String elapsed) {
        return "Validated " + count(contracts.size(), "contract") + " in " + elapsed + ": " + count(errors, "error") + ", "
                + count(warnings, "warning") + ", " + count(notes, "note") + ".";
    }

    /** Why the build fails, for the exception that fails it. */
    public String failureMessage(String reportsDirectory) {
        String what = errors > 0
                ? count(errors, "error") + " in " + count(contracts.contractsWith(Severity.ERROR), "contract")
                : count(warnings, "warning") + " in " + count(contracts.contractsWith(Severity.WARNING), "contract")
                        + " and mesh.failOnWarning is true";
        return "Contract validation failed: " + what + ". Fix the problems listed above; reports are in "
                + reportsDirectory + ".";
    }

    /** {@code 1 error}, {@code 2 errors}. */
    public static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
