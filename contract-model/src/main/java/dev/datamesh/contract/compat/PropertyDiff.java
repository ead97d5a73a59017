package dev.datamesh.contract.compat;

import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.contract.model.SourceLocation;
import dev.datamesh.contract.types.DataType;
import dev.datamesh.contract.types.TypeResolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the properties of one table, recursively through struct fields ({@code products.dimensions.height_cm})
 * and array items ({@code products.pack_sizes[].units}).
 */
final class PropertyDiff {

    /** Keys with a rule of their own; the table compares primary and partition keys. */
    private static final Set<String> HANDLED = Set.of("name", "physicalName", "logicalType", "physicalType",
            "logicalTypeOptions", "required", "unique", "primaryKey", "primaryKeyPosition", "partitioned",
            "partitionKeyPosition", "classification", "description", "quality", "items", "properties", "enum");

    private final String table;
    private final ChangeCollector out;
    private final ConstraintDiff constraints;

    PropertyDiff(String table, ChangeCollector out) {
        this.table = table;
        this.out = out;
        this.constraints = new ConstraintDiff(table, out);
    }

    /** Compares the property lists of one parent: a table, a struct property or array items. */
    void compareLists(List<SchemaProperty> before, List<SchemaProperty> after, MapNode beforeParent,
            MapNode afterParent) {
        Map<String, SchemaProperty> unmatched = new LinkedHashMap<>();
        for (SchemaProperty property : after) {
            unmatched.putIfAbsent(property.name(), property);
        }
        List<SchemaProperty> removed = new ArrayList<>();
        for (SchemaProperty old : before) {
            SchemaProperty current = unmatched.remove(old.name());
            if (current == null) {
                removed.add(old);
            } else {
                comparePair(old, current, false);
            }
        }
        List<SchemaProperty> added = new ArrayList<>(unmatched.values());
        for (SchemaProperty old : removed) {
            Optional<SchemaProperty> renamed = renameOf(old, before, after, added);
            if (renamed.isPresent()) {
                added.remove(renamed.get());
                out.add(CompatibilityRules.PROPERTY_RENAMED, table, old.path(), old.nameLocation(),
                        renamed.get().nameLocation(), "Property " + Texts.quote(old.path()) + " was renamed to "
                                + Texts.quote(renamed.get().path()) + ".");
                comparePair(old, renamed.get(), true);
            } else {
                out.add(CompatibilityRules.PROPERTY_REMOVED, table, old.path(), old.nameLocation(),
                        afterParent.keyLocation("properties"), "Property " + Texts.quote(old.path()) + " was removed.");
            }
        }
        for (SchemaProperty current : added) {
            if (current.required()) {
                out.add(CompatibilityRules.REQUIRED_PROPERTY_ADDED, table, current.path(),
                        beforeParent.keyLocation("properties"), current.nameLocation(), "Required property "
                                + Texts.quote(current.path()) + " was added: data written before has no value for it.");
            } else {
                out.add(CompatibilityRules.PROPERTY_ADDED, table, current.path(), beforeParent.keyLocation("properties"),
                        current.nameLocation(), "Optional property " + Texts.quote(current.path()) + " was added.");
            }
        }
    }

    /**
     * The added property that a removed one was likely renamed to: the same physical column name (written in
     * both), or else the same position in the list and the same resolved type. Anything less is not a rename.
     */
    private static Optional<SchemaProperty> renameOf(SchemaProperty old, List<SchemaProperty> before,
            List<SchemaProperty> after, List<SchemaProperty> added) {
        if (old.physicalName().isPresent()) {
            Optional<SchemaProperty> samePhysical = added.stream()
                    .filter(p -> p.physicalName().equals(old.physicalName())).findFirst();
            if (samePhysical.isPresent()) {
                return samePhysical;
            }
        }
        int index = before.indexOf(old);
        if (index >= after.size() || !added.contains(after.get(index))) {
            return Optional.empty();
        }
        SchemaProperty candidate = after.get(index);
        String oldType = TypeResolver.resolve(old).type().glueType();
        return oldType.equals(TypeResolver.resolve(candidate).type().glueType()) ? Optional.of(candidate)
                : Optional.empty();
    }

    private void comparePair(SchemaProperty before, SchemaProperty after, boolean renamed) {
        String element = after.path();
        String owner = "property " + Texts.quote(element);
        if (!renamed && !before.columnName().equals(after.columnName())) {
            out.add(CompatibilityRules.PHYSICAL_NAME_CHANGED, table, element,
                    before.node().valueLocation("physicalName"), after.node().valueLocation("physicalName"),
                    "Physical name of " + owner + " changed from " + Texts.quote(before.columnName()) + " to "
                            + Texts.quote(after.columnName()) + ".");
        }
        type(before, after, element, owner);
        flags(before, after, element, owner);
        if (!before.classification().equals(after.classification())) {
            out.add(CompatibilityRules.CLASSIFICATION_CHANGED, table, element,
                    before.node().valueLocation("classification"), after.node().valueLocation("classification"),
                    "Classification of " + owner + " changed from " + Texts.quote(before.classification()) + " to "
                            + Texts.quote(after.classification()) + ".");
        }
        constraints.compare(before, after);
        QualityDiff.compare(before.quality(), after.quality(), before.node(), after.node(), table, element, owner,
                out);
        MetadataDiff.description(before.node(), after.node(), table, element, owner, out);
        MetadataDiff.otherKeys(before.node(), after.node(), HANDLED::contains, table, k -> element, owner, out);
    }

    private void type(SchemaProperty before, SchemaProperty after, String element, String owner) {
        DataType b = TypeResolver.resolve(before).type();
        DataType a = TypeResolver.resolve(after).type();
        if (b instanceof DataType.Struct && a instanceof DataType.Struct) {
            compareLists(before.properties(), after.properties(), before.node(), after.node());
            return;
        }
        if (b instanceof DataType.Array && a instanceof DataType.Array && before.items().isPresent()
                && after.items().isPresent()) {
            comparePair(before.items().get(), after.items().get(), false);
            return;
        }
        SourceLocation oldLocation = typeLocation(before);
        SourceLocation newLocation = typeLocation(after);
        switch (TypeWidening.compare(b, a)) {
            case WIDENED -> out.add(CompatibilityRules.TYPE_WIDENED, table, element, oldLocation, newLocation,
                    "Type of " + owner + " was widened from " + Texts.quote(TypeWidening.describe(b)) + " to "
                            + Texts.quote(TypeWidening.describe(a)) + ".");
            case CHANGED -> out.add(CompatibilityRules.TYPE_CHANGED, table, element, oldLocation, newLocation,
                    "Type of " + owner + " changed from " + Texts.quote(TypeWidening.describe(b)) + " to "
                            + Texts.quote(TypeWidening.describe(a)) + ".");
            case SAME -> {
                if (!normalized(before.physicalType()).equals(normalized(after.physicalType()))) {
                    out.add(CompatibilityRules.METADATA_CHANGED, table, element, oldLocation, newLocation,
                            "physicalType of " + owner + " changed from " + Texts.quote(before.physicalType())
                                    + " to " + Texts.quote(after.physicalType()) + "; its resolved type stays "
                                    + Texts.quote(TypeWidening.describe(a)) + ".");
                }
            }
        }
    }

    private void flags(SchemaProperty before, SchemaProperty after, String element, String owner) {
        SourceLocation oldRequired = before.node().valueLocation("required");
        SourceLocation newRequired = after.node().valueLocation("required");
        if (!before.required() && after.required()) {
            out.add(CompatibilityRules.REQUIRED_ADDED, table, element, oldRequired, newRequired,
                    Texts.capitalize(owner) + " became required.");
        } else if (before.required() && !after.required()) {
            out.add(CompatibilityRules.REQUIRED_REMOVED, table, element, oldRequired, newRequired,
                    Texts.capitalize(owner) + " is no longer required: consumers may now read nulls.");
        }
        SourceLocation oldUnique = before.node().valueLocation("unique");
        SourceLocation newUnique = after.node().valueLocation("unique");
        if (!before.unique() && after.unique()) {
            out.add(CompatibilityRules.UNIQUE_ADDED, table, element, oldUnique, newUnique,
                    Texts.capitalize(owner) + " became unique.");
        } else if (before.unique() && !after.unique()) {
            out.add(CompatibilityRules.CONSTRAINT_LOOSENED, table, element, oldUnique, newUnique,
                    Texts.capitalize(owner) + " is no longer unique.");
        }
    }

    /** Where the type is written: {@code physicalType} when given, else {@code logicalType}. */
    private static SourceLocation typeLocation(SchemaProperty property) {
        return property.node().valueLocation(property.node().has("physicalType") ? "physicalType" : "logicalType");
    }

    private static String normalized(Optional<String> physicalType) {
        return physicalType.map(t -> t.replaceAll("\\s+", "").toLowerCase(Locale.ROOT)).orElse("");
    }
}
