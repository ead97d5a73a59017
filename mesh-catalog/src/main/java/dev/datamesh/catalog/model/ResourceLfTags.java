package dev.datamesh.catalog.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * The LF-tags assigned to a table and to its columns, as {@code GetResourceLFTags} returns them for a table
 * (one value per key on a resource).
 */
public record ResourceLfTags(Map<String, String> table, Map<String, Map<String, String>> columns) {

    public static final ResourceLfTags NONE = new ResourceLfTags(Map.of(), Map.of());

    public ResourceLfTags {
        table = Map.copyOf(new TreeMap<>(table));
        TreeMap<String, Map<String, String>> copy = new TreeMap<>();
        columns.forEach((c, tags) -> copy.put(c, Map.copyOf(tags)));
        columns = Map.copyOf(copy);
    }

    public Map<String, String> column(String name) {
        return columns.getOrDefault(name, Map.of());
    }
}
