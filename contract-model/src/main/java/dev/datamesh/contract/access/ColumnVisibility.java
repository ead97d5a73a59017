package dev.datamesh.contract.access;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.Role;
import dev.datamesh.contract.model.SchemaObject;
import dev.datamesh.contract.model.SchemaProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which columns a reader sees: those whose {@code classification} is in its allowed set (the role's
 * {@code classifications} custom property, or else the open classifications), and every unclassified column. A
 * column of any other classification ({@code restricted}, {@code confidential}) is never visible unless listed.
 * Pure functions.
 */
public final class ColumnVisibility {

    private ColumnVisibility() {}

    /** The classifications a role may read: its own list, or else the open classifications. */
    public static SortedSet<String> allowed(Role role, Set<String> openClassifications) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(role.classifications()
                .<Set<String>>map(Set::copyOf).orElse(openClassifications)));
    }

    /** Whether a column of this classification (empty or blank: unclassified) is visible with these allowed ones. */
    public static boolean visible(Optional<String> classification, Set<String> allowed) {
        Optional<String> value = classification.map(String::trim).filter(s -> !s.isEmpty());
        return value.isEmpty() || allowed.contains(value.get());
    }

    /**
     * The visible columns of each table of the contract, by table name ({@code physicalName} or {@code name}) in
     * contract order, each list in column order (top-level properties; nested fields go with their column).
     */
    public static Map<String, List<String>> visibleColumns(Contract contract, Set<String> allowed) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (SchemaObject object : contract.schema()) {
            List<String> columns = new ArrayList<>();
            for (SchemaProperty property : object.properties()) {
                if (visible(property.classification(), allowed)) {
                    columns.add(property.columnName());
                }
            }
            out.put(object.tableName(), List.copyOf(columns));
        }
        return Collections.unmodifiableMap(out);
    }

    /** {@link #visibleColumns(Contract, Set)} for a role of the contract. */
    public static Map<String, List<String>> visibleColumns(Role role, Contract contract,
            Set<String> openClassifications) {
        return visibleColumns(contract, allowed(role, openClassifications));
    }

    /** The classifications the contract's top-level columns carry, sorted. */
    public static SortedSet<String> classificationsInUse(Contract contract) {
        TreeSet<String> used = new TreeSet<>();
        for (SchemaObject object : contract.schema()) {
            for (SchemaProperty property : object.properties()) {
                property.classification().map(String::trim).filter(s -> !s.isEmpty()).ifPresent(used::add);
            }
        }
        return Collections.unmodifiableSortedSet(used);
    }
}
