package dev.datamesh.contract.validation.rules;

import dev.datamesh.contract.loader.ListNode;
import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.Node;
import dev.datamesh.contract.loader.ScalarNode;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.SchemaObject;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.contract.model.SourceLocation;
import dev.datamesh.contract.types.DataType;
import dev.datamesh.contract.types.TypeResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lookups shared by the rules: nested fields, references by name, scalar checks and located strings. */
final class PropertyTree {

    private PropertyTree() {}

    /** The struct fields below a property: an object's properties, or those of its (nested) array items. */
    static List<SchemaProperty> fields(SchemaProperty property) {
        if (!property.properties().isEmpty()) {
            return property.properties();
        }
        Optional<SchemaProperty> items = property.items();
        while (items.isPresent()) {
            if (!items.get().properties().isEmpty()) {
                return items.get().properties();
            }
            items = items.get().items();
        }
        return List.of();
    }

    /** The schema objects that have a name; a nameless one is the JSON Schema layer's to report. */
    static List<SchemaObject> tables(Contract contract) {
        return contract.schema().stream().filter(t -> !t.name().isEmpty()).toList();
    }

    /** The properties that have a name; a nameless one is the JSON Schema layer's to report. */
    static List<SchemaProperty> named(List<SchemaProperty> properties) {
        return properties.stream().filter(p -> !p.name().isEmpty()).toList();
    }

    /** Every property of a table at any depth, each nested field after its parent. */
    static List<SchemaProperty> all(SchemaObject table) {
        List<SchemaProperty> result = new ArrayList<>();
        for (SchemaProperty property : table.properties()) {
            result.add(property);
            result.addAll(nested(property));
        }
        return result;
    }

    /** The struct fields below a property at any depth, each after its parent. */
    static List<SchemaProperty> nested(SchemaProperty property) {
        List<SchemaProperty> result = new ArrayList<>();
        for (SchemaProperty field : fields(property)) {
            result.add(field);
            result.addAll(nested(field));
        }
        return result;
    }

    /** Where a table's physical name was written: its {@code physicalName}, else its {@code name}. */
    static SourceLocation physicalNameLocation(SchemaObject table) {
        return table.node().valueLocation(table.physicalName().isPresent() ? "physicalName" : "name");
    }

    /** Where a column's physical name was written: its {@code physicalName}, else its {@code name}. */
    static SourceLocation physicalNameLocation(SchemaProperty property) {
        return property.node().valueLocation(property.physicalName().isPresent() ? "physicalName" : "name");
    }

    /** The schema object a reference names by {@code name} or physical name. */
    static Optional<SchemaObject> table(Contract contract, String reference) {
        return contract.schema().stream()
                .filter(t -> !t.name().isEmpty() && (t.name().equals(reference) || t.tableName().equals(reference)))
                .findFirst();
    }

    /** The property a dotted path ({@code customer.region}) names among {@code properties}, by (physical) name. */
    static Optional<SchemaProperty> property(List<SchemaProperty> properties, String dottedPath) {
        List<SchemaProperty> candidates = properties;
        SchemaProperty found = null;
        for (String part : dottedPath.split("\\.", -1)) {
            found = candidates.stream()
                    .filter(p -> !p.name().isEmpty() && (p.name().equals(part) || p.columnName().equals(part)))
                    .findFirst().orElse(null);
            if (found == null) {
                return Optional.empty();
            }
            candidates = fields(found);
        }
        return Optional.ofNullable(found);
    }

    /** True when the property maps to a Glue primitive or decimal (not an array, struct or map). */
    static boolean isScalar(SchemaProperty property) {
        DataType type = TypeResolver.resolve(property).type();
        return type instanceof DataType.Primitive || type instanceof DataType.Decimal;
    }

    /** "an array" or "an object", for messages about non-scalar properties. */
    static String kind(SchemaProperty property) {
        return TypeResolver.resolve(property).type() instanceof DataType.Array ? "an array" : "an object";
    }

    /** The non-empty string scalars of a key whose value is one string or a list of strings, with their locations. */
    static List<ScalarNode> strings(MapNode node, String key) {
        Optional<Node> value = node.get(key);
        List<Node> items = value.map(v -> v instanceof ListNode list ? list.items() : List.of(v)).orElse(List.of());
        List<ScalarNode> result = new ArrayList<>();
        for (Node item : items) {
            if (item instanceof ScalarNode scalar && scalar.isString() && !scalar.asText().isBlank()) {
                result.add(scalar);
            }
        }
        return result;
    }
}
