package dev.datamesh.catalog.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The LF-tags assigned to a table and to its columns, as {@code GetResourceLFTags} returns them for a table
 * (one value per key on a resource), sorted by key.
 */
public record ResourceLfTags(Map<String, String> table, Map<String, Map<String, String>> columns) {

    public static final ResourceLfTags NONE = new ResourceLfTags(Map.of(), Map.of());

    public ResourceLfTags {
        table = Collections.unmodifiableMap(new TreeMap<>(table));
        TreeMap<String, Map<String, String>> copy = new TreeMap<>();
        columns.forEach((c, tags) -> copy.put(c, Collections.unmodifiableMap(new TreeMap<>(tags))));
        columns = Collections.unmodifiableMap(copy);
    }

    public Map<String, String> column(String name) {
        return columns.getOrDefault(name, Map.of());
    }
}
