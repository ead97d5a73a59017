package dev.datamesh.contract.loader;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lenient accessors over nodes: a value of the wrong type reads as absent. The JSON Schema layer reports wrong
 * types; the model reader only takes what it can.
 */
public final class Nodes {

    private Nodes() {}

    public static Optional<String> string(MapNode map, String key) {
        return map.get(key).flatMap(Nodes::text);
    }

    /** The text of a scalar (numbers and booleans as written), empty for null, lists and mappings. */
    public static Optional<String> text(Node node) {
        if (node instanceof ScalarNode scalar && !scalar.isNull()) {
            return Optional.of(scalar.asText());
        }
        return Optional.empty();
    }

    public static Optional<Boolean> bool(MapNode map, String key) {
        return map.get(key).flatMap(n -> n instanceof ScalarNode s && s.isBoolean()
                ? Optional.of((Boolean) s.value()) : Optional.empty());
    }

    public static Optional<BigInteger> integer(MapNode map, String key) {
        return map.get(key).flatMap(n -> n instanceof ScalarNode s && s.isInteger()
                ? Optional.of((BigInteger) s.value()) : Optional.empty());
    }

    public static Optional<BigDecimal> number(MapNode map, String key) {
        return map.get(key).flatMap(Nodes::number);
    }

    public static Optional<BigDecimal> number(Node node) {
        if (node instanceof ScalarNode s) {
            if (s.value() instanceof BigInteger b) {
                return Optional.of(new BigDecimal(b));
            }
            if (s.value() instanceof BigDecimal d) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    public static Optional<MapNode> map(MapNode map, String key) {
        return map.get(key).flatMap(n -> n instanceof MapNode m ? Optional.of(m) : Optional.empty());
    }

    /** The items of a list value, or an empty list when the key is absent or not a list. */
    public static List<Node> list(MapNode map, String key) {
        return map.get(key).map(n -> n instanceof ListNode l ? l.items() : List.<Node>of()).orElse(List.of());
    }

    /** The mapping items of a list value; items that are not mappings are skipped. */
    public static List<MapNode> maps(MapNode map, String key) {
        List<MapNode> maps = new ArrayList<>();
        for (Node item : list(map, key)) {
            if (item instanceof MapNode m) {
                maps.add(m);
            }
        }
        return maps;
    }

    /** The string items of a list value, or a single string value as a one-item list. */
    public static List<String> strings(MapNode map, String key) {
        Optional<Node> value = map.get(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof ScalarNode) {
            return text(value.get()).map(List::of).orElse(List.of());
        }
        List<String> strings = new ArrayList<>();
        for (Node item : list(map, key)) {
            text(item).ifPresent(strings::add);
        }
        return strings;
    }
}
