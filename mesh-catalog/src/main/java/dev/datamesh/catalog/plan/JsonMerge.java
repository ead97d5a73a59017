package dev.datamesh.catalog.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datamesh.catalog.model.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays the desired object over what the catalog holds: keys the contracts set win, keys they do not mention are
 * kept (parameters written by Athena or crawlers, defaults Glue fills in), and items of named lists (columns)
 * merge by name. Items the contracts dropped are kept unless deletes are allowed; {@link #kept()} lists them.
 */
final class JsonMerge {

    private final boolean allowDeletes;
    private final List<String> kept = new ArrayList<>();

    JsonMerge(boolean allowDeletes) {
        this.allowDeletes = allowDeletes;
    }

    ObjectNode merge(ObjectNode current, ObjectNode desired) {
        ObjectNode out = current.deepCopy();
        for (Map.Entry<String, JsonNode> e : desired.properties()) {
            JsonNode existing = out.get(e.getKey());
            JsonNode wanted = e.getValue();
            if (existing instanceof ObjectNode eo && wanted instanceof ObjectNode wo) {
                out.set(e.getKey(), merge(eo, wo));
            } else if (existing instanceof ArrayNode ea && wanted instanceof ArrayNode wa && named(ea)
                    && named(wa)) {
                out.set(e.getKey(), mergeNamed(ea, wa));
            } else {
                out.set(e.getKey(), wanted.deepCopy());
            }
        }
        return out;
    }

    private ArrayNode mergeNamed(ArrayNode current, ArrayNode desired) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        current.forEach(item -> byName.put(item.get("Name").asText(), item));
        ArrayNode out = Json.array();
        List<String> wantedNames = new ArrayList<>();
        for (JsonNode item : desired) {
            String name = item.get("Name").asText();
            wantedNames.add(name);
            JsonNode existing = byName.get(name);
            out.add(existing instanceof ObjectNode eo ? merge(eo, (ObjectNode) item) : item.deepCopy());
        }
        for (Map.Entry<String, JsonNode> e : byName.entrySet()) {
            if (!wantedNames.contains(e.getKey()) && !allowDeletes) {
                out.add(e.getValue().deepCopy());
                kept.add(e.getKey());
            }
        }
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

    /** Names of list items that the contracts dropped and the merge kept. */
    List<String> kept() {
        return List.copyOf(kept);
    }
}
