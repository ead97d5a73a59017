package dev.datamesh.catalog.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable JSON object in the shape of an AWS Glue API structure ({@code DatabaseInput}, {@code TableInput},
 * {@code Table}, {@code CreateJob} ...), with Glue's own PascalCase keys, so that it converts one-to-one to the
 * SDK's builders and to {@code aws glue ... --cli-input-json}.
 *
 * <p>Equality is by value: key order and number notation do not matter.
 */
public final class GlueObject {

    private final ObjectNode node;
    private final String canonical;

    private GlueObject(ObjectNode node) {
        this.node = node;
        this.canonical = Json.canonical(node);
    }

    public static GlueObject of(ObjectNode node) {
        Objects.requireNonNull(node, "node == null");
        return new GlueObject(node.deepCopy());
    }

    public static GlueObject empty() {
        return new GlueObject(Json.object());
    }

    /** Parses a JSON object; throws {@link InvalidJsonException} for anything else. */
    public static GlueObject parse(String json) {
        return new GlueObject(Json.parseObject(json));
    }

    /** A copy of the tree, free to change. */
    public ObjectNode toNode() {
        return node.deepCopy();
    }

    public boolean has(String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    /** A copy of a field's value. */
    public Optional<JsonNode> get(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.deepCopy());
    }

    /** A text field; absent when missing or not text. */
    public Optional<String> text(String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** The {@code Name} field, or an empty string. */
    public String name() {
        return text("Name").orElse("");
    }

    public Optional<GlueObject> object(String field) {
        JsonNode value = node.get(field);
        return value instanceof ObjectNode o ? Optional.of(of(o)) : Optional.empty();
    }

    /** The object items of an array field ({@code PartitionKeys}); other items are skipped. */
    public List<GlueObject> objects(String field) {
        List<GlueObject> out = new ArrayList<>();
        JsonNode value = node.get(field);
        if (value != null && value.isArray()) {
            value.forEach(item -> {
                if (item instanceof ObjectNode o) {
                    out.add(of(o));
                }
            });
        }
        return out;
    }

    /** A map of text values such as {@code Parameters}; entries that are not text are skipped. */
    public Map<String, String> stringMap(String field) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode value = node.get(field);
        if (value != null && value.isObject()) {
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                if (e.getValue().isTextual()) {
                    out.put(e.getKey(), e.getValue().asText());
                }
            }
        }
        return out;
    }

    /** The {@code Parameters} map. */
    public Map<String, String> parameters() {
        return stringMap("Parameters");
    }

    public GlueObject with(String field, JsonNode value) {
        ObjectNode copy = node.deepCopy();
        copy.set(field, value == null ? null : value.deepCopy());
        return new GlueObject(copy);
    }

    public GlueObject with(String field, String value) {
        return with(field, Json.nodes().textNode(value));
    }

    /** This object with entries added to (or replaced in) a string map field such as {@code Parameters}. */
    public GlueObject withEntries(String field, Map<String, String> entries) {
        ObjectNode copy = node.deepCopy();
        JsonNode existing = copy.get(field);
        ObjectNode map = existing instanceof ObjectNode o ? o : Json.object();
        entries.forEach(map::put);
        copy.set(field, map);
        return new GlueObject(copy);
    }

    public GlueObject without(String... fields) {
        ObjectNode copy = node.deepCopy();
        for (String field : fields) {
            copy.remove(field);
        }
        return new GlueObject(copy);
    }

    /** Only the given fields, in this object's order: e.g. a {@code Table} reduced to its {@code TableInput}. */
    public GlueObject only(Collection<String> fields) {
        ObjectNode copy = Json.object();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (fields.contains(e.getKey())) {
                copy.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        return new GlueObject(copy);
    }

    /** The stable pretty JSON form (keys sorted), ending in a newline. */
    public String toJson() {
        return Json.pretty(node);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GlueObject o && o.canonical.equals(canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    @Override
    public String toString() {
        return Json.compact(node);
    }
}
