package dev.datamesh.catalog.glue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datamesh.catalog.model.GlueObject;
import dev.datamesh.catalog.model.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Re-plans a write that lost an optimistic-locking race: the changes registration meant to make (from {@code base},
 * the object it planned against, to {@code ours}) laid over {@code theirs}, what the catalog holds now. Keys and
 * named list items (columns) that only the other writer changed keep its values; where both changed a value, the
 * contracts win.
 */
final class ThreeWayMerge {

    private ThreeWayMerge() {}

    static GlueObject merge(GlueObject base, GlueObject ours, GlueObject theirs) {
        return GlueObject.of(object(base.toNode(), ours.toNode(), theirs.toNode()));
    }

    private static ObjectNode object(ObjectNode base, ObjectNode ours, ObjectNode theirs) {
        ObjectNode out = theirs.deepCopy();
        for (Map.Entry<String, JsonNode> e : ours.properties()) {
            JsonNode theirValue = theirs.get(e.getKey());
            if (Json.same(base.get(e.getKey()), e.getValue())) {
                continue;
            }
            out.set(e.getKey(), theirValue == null ? e.getValue().deepCopy()
                    : value(base.get(e.getKey()), e.getValue(), theirValue));
        }
        base.properties().forEach(e -> {
            if (!ours.has(e.getKey()) && Json.same(e.getValue(), theirs.get(e.getKey()))) {
                out.remove(e.getKey());
            }
        });
        return out;
    }

    /** A value both sides hold, that ours changed since {@code base} (which may be null). */
    private static JsonNode value(JsonNode base, JsonNode ours, JsonNode theirs) {
        if (ours instanceof ObjectNode o && theirs instanceof ObjectNode t) {
            return object(base instanceof ObjectNode b ? b : Json.object(), o, t);
        }
        if (ours instanceof ArrayNode o && theirs instanceof ArrayNode t && named(o) && named(t)
                && (base == null || base instanceof ArrayNode b && named(b))) {
            return namedList(base == null ? Json.array() : (ArrayNode) base, o, t);
        }
        return ours.deepCopy();
    }

    /** Items merge by {@code Name}: ours in our order, then the items only the other writer added. */
    private static ArrayNode namedList(ArrayNode base, ArrayNode ours, ArrayNode theirs) {
        Map<String, JsonNode> baseByName = byName(base);
        Map<String, JsonNode> theirsByName = byName(theirs);
        Map<String, JsonNode> oursByName = byName(ours);
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        oursByName.forEach((name, item) -> {
            JsonNode theirItem = theirsByName.get(name);
            JsonNode baseItem = baseByName.get(name);
            if (theirItem == null && baseItem != null && Json.same(baseItem, item)) {
                return;
            }
            if (theirItem == null) {
                out.add(item.deepCopy());
            } else {
                out.add(Json.same(baseItem, item) ? theirItem.deepCopy() : value(baseItem, item, theirItem));
            }
        });
        theirsByName.forEach((name, item) -> {
            if (!oursByName.containsKey(name) && !baseByName.containsKey(name)) {
                out.add(item.deepCopy());
            }
        });
        return out;
    }

    private static Map<String, JsonNode> byName(ArrayNode array) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        array.forEach(item -> out.put(item.get("Name").asText(), item));
        return out;
    }

    private static boolean named(ArrayNode array) {
        for (JsonNode item : array) {
            if (!item.isObject() || !item.path("Name").isTextual()) {
                return false;
            }
        }
        return true;
    }
}
