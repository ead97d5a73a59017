package dev.datamesh.catalog.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What registration will do, computed from the contracts and what the catalog holds now: actions in the order they
 * are applied (tags before assignments, databases before tables), each with its reason and differences.
 */
public final class RegistrationPlan {

    private final String catalog;
    private final List<String> products;
    private final List<PlannedAction> actions;

    private RegistrationPlan(String catalog, List<String> products, List<PlannedAction> actions) {
        this.catalog = Objects.requireNonNull(catalog, "catalog == null");
        this.products = List.copyOf(products);
        this.actions = List.copyOf(actions);
    }

    public static RegistrationPlan of(String catalog, List<String> products, List<PlannedAction> actions) {
        return new RegistrationPlan(catalog, products, actions);
    }

    /** The catalog it was planned against, e.g. {@code local:/home/me/.mesh/catalog}. */
    public String catalog() {
        return catalog;
    }

    /** The ids of the products being registered, e.g. {@code sales/pos-transactions}. */
    public List<String> products() {
        return products;
    }

    public List<PlannedAction> actions() {
        return actions;
    }

    /** The actions that write: creates, updates and deletes. */
    public List<PlannedAction> changes() {
        return actions.stream().filter(a -> a.type().isChange()).toList();
    }

    public boolean hasChanges() {
        return actions.stream().anyMatch(a -> a.type().isChange());
    }

    public long count(ActionType type) {
        return actions.stream().filter(a -> a.type() == type).count();
    }

    /** The plan as printed to the console; stable for the same contracts and catalog. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("Plan for product").append(products.size() == 1 ? " " : "s ")
                .append(products.isEmpty() ? "(none)" : String.join(", ", products))
                .append(" (catalog ").append(catalog).append("):\n");
        for (PlannedAction action : actions) {
            out.append("  ").append(action.type().symbol()).append(' ').append(action.subject());
            if (!action.reason().isEmpty() && !action.reason().equals(action.type().defaultReason())
                    || action.type() == ActionType.DELETE) {
                out.append(" (").append(action.reason()).append(')');
            }
            out.append('\n');
            for (String line : action.diff()) {
                out.append("      ").append(line).append('\n');
            }
        }
        out.append(summary()).append('\n');
        return out.toString();
    }

    /** {@code Plan: 1 to create, 1 to update, 1 unchanged, 1 reported.} (deletes and reports only when there are any). */
    public String summary() {
        List<String> parts = new ArrayList<>();
        parts.add(count(ActionType.CREATE) + " " + ActionType.CREATE.summary());
        parts.add(count(ActionType.UPDATE) + " " + ActionType.UPDATE.summary());
        if (count(ActionType.DELETE) > 0) {
            parts.add(count(ActionType.DELETE) + " " + ActionType.DELETE.summary());
        }
        parts.add(count(ActionType.UNCHANGED) + " " + ActionType.UNCHANGED.summary());
        if (count(ActionType.REPORT) > 0) {
            parts.add(count(ActionType.REPORT) + " " + ActionType.REPORT.summary());
        }
        return "Plan: " + String.join(", ", parts) + ".";
    }

    @Override
    public String toString() {
        return render();
    }
}
