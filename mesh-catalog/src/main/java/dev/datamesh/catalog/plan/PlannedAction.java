package dev.datamesh.catalog.plan;

import dev.datamesh.catalog.ResourceKind;
import java.util.List;
import java.util.Objects;

/**
 * One line of a registration plan: what happens to which resource and why, the readable differences for an
 * update, and the write calls that carry it out (none for {@code UNCHANGED} and {@code REPORT}).
 *
 * @param resource the resource's name, e.g. {@code sales.pos_transactions}; for tag assignments the level and
 *     name, e.g. {@code column sales.pos_transactions.customer_id}
 * @param diff one line per changed key, e.g. {@code Columns: + loyalty_tier string}
 */
public record PlannedAction(ResourceKind kind, String resource, ActionType type, String reason, List<String> diff,
        List<Operation> operations) {

    public PlannedAction {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(resource, "resource == null");
        Objects.requireNonNull(type, "type == null");
        Objects.requireNonNull(reason, "reason == null");
        diff = List.copyOf(diff);
        operations = List.copyOf(operations);
        if (type.isChange() == operations.isEmpty()) {
            throw new IllegalArgumentException(type + " of " + kind.label() + " " + resource
                    + (type.isChange() ? " needs" : " must not have") + " operations");
        }
    }

    /** {@code table sales.pos_transactions}. */
    public String subject() {
        return kind.label() + " " + resource;
    }
}
