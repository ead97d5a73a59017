package dev.datamesh.catalog;

import dev.datamesh.catalog.plan.PlannedAction;
import java.util.Locale;

/**
 * A registration that stopped part-way: which change failed, how many were applied before it, and why. Every write
 * is atomic and the next run plans again from what the catalog holds, so running register again resumes.
 */
public final class ApplyException extends CatalogException {

    private static final long serialVersionUID = 1L;

    private final transient PlannedAction failed;
    private final int applied;
    private final int total;

    public ApplyException(PlannedAction failed, int applied, int total, RuntimeException cause) {
        super(message(failed, applied, total, cause), failed.subject(), hint(total - applied, cause), true, cause);
        this.failed = failed;
        this.applied = applied;
        this.total = total;
    }

    private static String message(PlannedAction failed, int applied, int total, RuntimeException cause) {
        return "Registration stopped at " + failed.type().name().toLowerCase(Locale.ROOT) + " of "
                + failed.subject() + " (" + applied + " of " + total + " changes applied): " + cause.getMessage();
    }

    private static String hint(int remaining, RuntimeException cause) {
        String resume = "run register again: it reads the catalog afresh and resumes with the " + remaining
                + " remaining change" + (remaining == 1 ? "" : "s") + ", without repeating the applied ones.";
        return cause instanceof CatalogException c ? c.hint() + " Then " + resume
                : Character.toUpperCase(resume.charAt(0)) + resume.substring(1);
    }

    /** The action whose write failed. */
    public PlannedAction failed() {
        return failed;
    }

    /** How many changes were written before the failure. */
    public int applied() {
        return applied;
    }

    /** How many changes the plan had. */
    public int total() {
        return total;
    }
}
