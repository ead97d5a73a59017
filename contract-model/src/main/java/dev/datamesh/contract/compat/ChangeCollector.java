package dev.datamesh.contract.compat;

import dev.datamesh.contract.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** Collects the changes of one comparison; the parts of the comparator add to it. */
final class ChangeCollector {

    private final List<Change> changes = new ArrayList<>();

    void add(CompatibilityRule rule, String table, String element, SourceLocation oldLocation,
            SourceLocation newLocation, String message) {
        changes.add(Change.of(rule, table, element, oldLocation, newLocation, message));
    }

    List<Change> changes() {
        return List.copyOf(changes);
    }
}
