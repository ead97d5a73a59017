package dev.datamesh.contract.loader;

import dev.datamesh.contract.model.SourceLocation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A YAML mapping with string keys, in source order; each key keeps its own location. */
public record MapNode(Map<String, Entry> entries, SourceLocation location, int size) implements Node {

    /** One key of a mapping, where the key was written, and its value. */
    public record Entry(String key, SourceLocation keyLocation, Node value) {}

    public MapNode {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        Objects.requireNonNull(location, "location == null");
    }

    public static MapNode of(Map<String, Entry> entries, SourceLocation location) {
        int size = 1;
        for (Entry entry : entries.values()) {
            size += entry.value().size();
        }
        return new MapNode(entries, location, size);
    }

    public static MapNode empty(SourceLocation location) {
        return new MapNode(Map.of(), location, 1);
    }

    public Optional<Node> get(String key) {
        Entry entry = entries.get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Where a key was written, or where the mapping starts when the key is absent. */
    public SourceLocation keyLocation(String key) {
        Entry entry = entries.get(key);
        return entry == null ? location : entry.keyLocation();
    }

    /** Where a key's value was written, or where the mapping starts when the key is absent. */
    public SourceLocation valueLocation(String key) {
        Entry entry = entries.get(key);
        return entry == null ? location : entry.value().location();
    }

    @Override
    public String typeName() {
        return "object";
    }

    @Override
    public Object toPlain() {
        Map<String, Object> plain = new LinkedHashMap<>();
        for (Entry entry : entries.values()) {
            plain.put(entry.key(), entry.value().toPlain());
        }
        return plain;
    }
}
