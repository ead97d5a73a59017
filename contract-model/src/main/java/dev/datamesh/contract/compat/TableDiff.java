package dev.datamesh.contract.compat;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.SchemaObject;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.contract.model.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Compares the tables (schema objects) of two contracts: matched by name, then by physical table name. */
final class TableDiff {

    private static final Set<String> HANDLED = Set.of("name", "physicalName", "physicalType", "description",
            "properties", "quality");

    private TableDiff() {}

    static void compare(Contract before, Contract after, ChangeCollector out) {
        Map<String, SchemaObject> unmatched = new LinkedHashMap<>();
        for (SchemaObject table : after.schema()) {
            unmatched.putIfAbsent(table.name(), table);
        }
        List<SchemaObject> removed = new ArrayList<>();
        for (SchemaObject old : before.schema()) {
            SchemaObject current = unmatched.remove(old.name());
            if (current == null) {
                removed.add(old);
            } else {
                comparePair(old, current, false, out);
            }
        }
        List<SchemaObject> added = new ArrayList<>(unmatched.values());
        for (SchemaObject old : removed) {
            Optional<SchemaObject> renamed = added.stream().filter(t -> t.tableName().equals(old.tableName()))
                    .findFirst();
            if (renamed.isPresent()) {
                added.remove(renamed.get());
                out.add(CompatibilityRules.TABLE_RENAMED, old.name(), old.name(), old.nameLocation(),
                        renamed.get().nameLocation(), "Table " + Texts.quote(old.name()) + " was renamed to "
                                + Texts.quote(renamed.get().name()) + ".");
                comparePair(old, renamed.get(), true, out);
            } else {
                out.add(CompatibilityRules.TABLE_REMOVED, old.name(), old.name(), old.nameLocation(),
                        after.node().keyLocation("schema"), "Table " + Texts.quote(old.name()) + " was removed.");
            }
        }
        for (SchemaObject current : added) {
            out.add(CompatibilityRules.TABLE_ADDED, current.name(), current.name(),
                    before.node().keyLocation("schema"), current.nameLocation(),
                    "Table " + Texts.quote(current.name()) + " was added.");
        }
    }

    private static void comparePair(SchemaObject before, SchemaObject after, boolean renamed, ChangeCollector out) {
        String table = after.name();
        String owner = "table " + Texts.quote(table);
        if (!renamed && !before.tableName().equals(after.tableName())) {
            out.add(CompatibilityRules.PHYSICAL_NAME_CHANGED, table, table, before.node().valueLocation("physicalName"),
                    after.node().valueLocation("physicalName"), "Physical name of " + owner + " changed from "
                            + Texts.quote(before.tableName()) + " to " + Texts.quote(after.tableName()) + ".");
        }
        physicalType(before, after, owner, out);
        MetadataDiff.description(before.node(), after.node(), table, table, owner, out);
        new PropertyDiff(table, out).compareLists(before.properties(), after.properties(), before.node(),
                after.node());
        keys(CompatibilityRules.PRIMARY_KEY_CHANGED, "primaryKey", "Primary key", before.primaryKey(),
                after.primaryKey(), before, after, out);
        keys(CompatibilityRules.PARTITION_CHANGED, "partitioned", "Partition keys", before.partitionKeys(),
                after.partitionKeys(), before, after, out);
        QualityDiff.compare(before.quality(), after.quality(), before.node(), after.node(), table, table, owner, out);
        MetadataDiff.otherKeys(before.node(), after.node(), HANDLED::contains, table, k -> table, owner, out);
    }

    /** {@code table} to {@code view} or {@code topic} changes how consumers read it; adding or dropping it is metadata. */
    private static void physicalType(SchemaObject before, SchemaObject after, String owner, ChangeCollector out) {
        Optional<String> b = before.physicalType().map(t -> t.toLowerCase(Locale.ROOT));
        Optional<String> a = after.physicalType().map(t -> t.toLowerCase(Locale.ROOT));
        if (b.equals(a)) {
            return;
        }
        CompatibilityRule rule = b.isPresent() && a.isPresent() ? CompatibilityRules.TYPE_CHANGED
                : CompatibilityRules.METADATA_CHANGED;
        out.add(rule, after.name(), after.name(), before.node().valueLocation("physicalType"),
                after.node().valueLocation("physicalType"), "physicalType of " + owner + " changed from "
                        + Texts.quote(before.physicalType()) + " to " + Texts.quote(after.physicalType()) + ".");
    }

    /** Reports a changed list of key columns at the first position where the two lists differ. */
    private static void keys(CompatibilityRule rule, String flag, String what, List<SchemaProperty> before,
            List<SchemaProperty> after, SchemaObject beforeTable, SchemaObject afterTable, ChangeCollector out) {
        List<String> b = before.stream().map(SchemaProperty::name).toList();
        List<String> a = after.stream().map(SchemaProperty::name).toList();
        if (b.equals(a)) {
            return;
        }
        int i = 0;
        while (i < b.size() && i < a.size() && b.get(i).equals(a.get(i))) {
            i++;
        }
        SourceLocation oldLocation = i < before.size() ? before.get(i).node().valueLocation(flag)
                : beforeTable.nameLocation();
        SourceLocation newLocation = i < after.size() ? after.get(i).node().valueLocation(flag)
                : afterTable.nameLocation();
        out.add(rule, afterTable.name(), afterTable.name(), oldLocation, newLocation, what + " of table "
                + Texts.quote(afterTable.name()) + " changed from " + Texts.names(b) + " to " + Texts.names(a) + ".");
    }
}
