package dev.datamesh.catalog;

import dev.datamesh.catalog.model.DesiredCatalog;
import dev.datamesh.catalog.plan.CatalogSnapshot;
import dev.datamesh.catalog.plan.PlannedAction;
import dev.datamesh.catalog.plan.Planner;
import dev.datamesh.catalog.plan.RegistrationPlan;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The registration entry point: read what the catalog holds, plan, print the plan, and apply it unless it is a dry
 * run, all within one session (under the local catalog's lock).
 */
public final class CatalogRegistration {

    private CatalogRegistration() {}

    /**
     * Registers the desired products.
     *
     * @param log receives the rendered plan and a closing line; the plugin passes its Maven log
     * @throws CatalogException when reading or writing fails; an {@link ApplyException} says how far it got
     */
    public static RegistrationResult register(DesiredCatalog desired, CatalogBackend backend,
            RegistrationOptions options, Consumer<String> log) {
        Objects.requireNonNull(desired, "desired == null");
        Objects.requireNonNull(backend, "backend == null");
        Objects.requireNonNull(options, "options == null");
        Objects.requireNonNull(log, "log == null");
        try (CatalogSession session = backend.open(options.dryRun() ? AccessMode.READ_ONLY : AccessMode.READ_WRITE)) {
            RegistrationPlan plan = Planner.plan(desired, CatalogSnapshot.read(session, desired),
                    options.allowDeletes());
            log.accept(plan.render());
            if (options.dryRun()) {
                log.accept("Dry run: nothing was changed.");
                return new RegistrationResult(plan, false, 0);
            }
            int written = apply(plan, session);
            log.accept(written == 0 ? "Nothing to change: " + backend.describe() + " is up to date."
                    : "Applied " + written + " change" + (written == 1 ? "" : "s") + " to " + backend.describe() + ".");
            return new RegistrationResult(plan, true, written);
        }
    }

    /**
     * Writes the plan's changes in order, then commits the session. Returns the number of changes written.
     *
     * @throws ApplyException naming the change that failed and how many were written before it
     */
    public static int apply(RegistrationPlan plan, CatalogSession session) {
        int total = plan.changes().size();
        int applied = 0;
        for (PlannedAction action : plan.changes()) {
            try {
                action.operations().forEach(op -> op.applyTo(session));
            } catch (RuntimeException e) {
                throw new ApplyException(action, applied, total, e);
            }
            applied++;
        }
        session.commit();
        return applied;
    }
}
