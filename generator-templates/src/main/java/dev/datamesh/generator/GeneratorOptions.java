package dev.datamesh.generator;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Options for the generators, as string keys and values from the plugin configuration, namespaced by generator:
 * {@code avro.timestampPrecision=millis}, {@code glue.format=iceberg}, {@code openapi.basePath=/sales}.
 * Immutable; unknown keys are kept so that options can travel through unchanged.
 */
public final class GeneratorOptions {

    public static final GeneratorOptions DEFAULT = new GeneratorOptions(Map.of());

    private final Map<String, String> values;

    private GeneratorOptions(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static GeneratorOptions of(Map<String, String> values) {
        Objects.requireNonNull(values, "values == null");
        return new GeneratorOptions(new TreeMap<>(values));
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).map(String::trim).filter(v -> !v.isEmpty());
    }

    public String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    public int getInt(String key, int defaultValue) {
        return get(key).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("option " + key + " must be a whole number, not '" + v + "'", e);
            }
        }).orElse(defaultValue);
    }

    public boolean getBoolean(String key, boolean defaultValue) {
        return get(key).map(Boolean::parseBoolean).orElse(defaultValue);
    }

    /** All values, sorted by key; part of the incremental-build state. */
    public Map<String, String> asMap() {
        return new TreeMap<>(values);
    }

    public GeneratorOptions with(String key, String value) {
        TreeMap<String, String> copy = new TreeMap<>(values);
        copy.put(key, value);
        return new GeneratorOptions(copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GeneratorOptions o && o.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return new TreeMap<>(values).toString();
    }
}
