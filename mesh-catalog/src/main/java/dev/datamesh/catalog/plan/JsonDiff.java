package dev.datamesh.catalog.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.datamesh.catalog.model.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Readable differences between two JSON trees, one line per changed key: {@code Parameters.contract.version:
 * 1.0.0 -> 1.1.0}, and for lists of named items (columns, Avro fields) {@code Columns: + loyalty_tier string}.
 */
final class JsonDiff {

    private static final Pattern PLAIN = Pattern.compile("[^\\s\"'\\\\]{1,120}");
    private static final int MAX = 120;

    private final Map<String, String> aliases;
    private final List<String> lines = new ArrayList<>();

    private JsonDiff(Map<String, String> aliases) {
        this.aliases = aliases;
    }

    /**
     * The differences from {@code before} to {@code after}.
     *
     * @param aliases shorter labels for paths, e.g. {@code StorageDescriptor.Columns} shown as {@code Columns}
     */
    static List<String> diff(JsonNode before, JsonNode after, Map<String, String> aliases) {
        JsonDiff diff = new JsonDiff(aliases);
        diff.compare("", before, after);
        return List.copyOf(diff.lines);
    }

    private void compare(String path, JsonNode before, JsonNode after) {
        if (Json.same(before, after)) {
            return;
        }
        if (before.isObject() && after.isObject()) {
            LinkedHashSet<String> keys = new LinkedHashSet<>();
            after.properties().forEach(e -> keys.add(e.getKey()));
            before.properties().forEach(e -> keys.add(e.getKey()));
            for (String key : keys) {
                String child = path.isEmpty() ? key : path + "." + key;
                JsonNode b = before.get(key);
                JsonNode a = after.get(key);
                if (b == null) {
                    lines.add(label(child) + ": + " + render(a));
                } else if (a == null) {
                    lines.add(label(child) + ": - " + render(b));
                } else {
                    compare(child, b, a);
                }
            }
            return;
        }
        String nameKey = nameKey(before, after);
        if (nameKey != null) {
            compareNamed(path, before, after, nameKey);
            return;
        }
        lines.add(label(path) + ": " + render(before) + " -> " + render(after));
    }

    private void compareNamed(String path, JsonNode before, JsonNode after, String nameKey) {
        Map<String, JsonNode> b = byName(before, nameKey);
        Map<String, JsonNode> a = byName(after, nameKey);
        for (Map.Entry<String, JsonNode> e : a.entrySet()) {
            if (!b.containsKey(e.getKey())) {
                lines.add(label(path) + ": + " + summary(e.getValue(), nameKey));
            }
        }
        for (Map.Entry<String, JsonNode> e : b.entrySet()) {
            if (!a.containsKey(e.getKey())) {
                lines.add(label(path) + ": - " + summary(e.getValue(), nameKey));
            }
        }
        for (Map.Entry<String, JsonNode> e : a.entrySet()) {
            JsonNode old = b.get(e.getKey());
            if (old != null) {
                compare(path + "[" + e.getKey() + "]", old, e.getValue());
            }
        }
        List<String> oldOrder = b.keySet().stream().filter(a::containsKey).toList();
        List<String> newOrder = a.keySet().stream().filter(b::containsKey).toList();
        if (!oldOrder.equals(newOrder)) {
            lines.add(label(path) + ": order " + String.join(", ", oldOrder) + " -> " + String.join(", ", newOrder));
        }
    }

    /**
     * The key that identifies items: {@code Id} (product record contracts), {@code Name} (Glue columns),
     * {@code name} (Avro fields) or {@code Role} (product record roles), when every item of both arrays is an object
     * with a distinct text value for it.
     */
    private static String nameKey(JsonNode before, JsonNode after) {
        if (!before.isArray() || !after.isArray()) {
            return null;
        }
        for (String key : List.of("Id", "Name", "name", "Role")) {
            if (allNamed(before, key) && allNamed(after, key)) {
                return key;
            }
        }
        return null;
    }

    private static boolean allNamed(JsonNode array, String key) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (JsonNode item : array) {
            if (!item.isObject() || !item.path(key).isTextual() || !seen.add(item.get(key).asText())) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, JsonNode> byName(JsonNode array, String key) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        array.forEach(item -> out.put(item.get(key).asText(), item));
        return out;
    }

    /** {@code loyalty_tier string}: the name and the type of a column or field. */
    private static String summary(JsonNode item, String nameKey) {
        String typeKey = nameKey.equals("name") ? "type" : "Type";
        JsonNode type = item.get(typeKey);
        String name = item.get(nameKey).asText();
        if (type == null) {
            return name;
        }
        return name + " " + (type.isTextual() ? type.asText() : Json.compact(type));
    }

    private String label(String path) {
        for (Map.Entry<String, String> alias : aliases.entrySet()) {
            String from = alias.getKey();
            if (path.equals(from) || path.startsWith(from + ".") || path.startsWith(from + "[")) {
                return alias.getValue() + path.substring(from.length());
            }
        }
        return path.isEmpty() ? "(value)" : path;
    }

    /** Text as is when it is one plain word, else quoted; long values shortened. */
    static String render(JsonNode node) {
        if (node.isTextual()) {
            String text = node.asText();
            if (PLAIN.matcher(text).matches()) {
                return text;
            }
            String quoted = Json.compact(node);
            return quoted.length() > MAX ? quoted.substring(0, MAX - 4) + "...\"" : quoted;
        }
        String compact = Json.compact(node);
        return compact.length() > MAX ? compact.substring(0, MAX - 3) + "..." : compact;
    }
}
