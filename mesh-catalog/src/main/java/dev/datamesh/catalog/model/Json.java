package dev.datamesh.catalog.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON reading and writing with one set of rules: duplicate keys rejected, exact decimals, and a stable pretty form
 * (keys sorted, two-space indent, {@code \n} line ends) so that rewriting unchanged content gives identical bytes.
 */
public final class Json {

    private static final ObjectReader READER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build().reader();

    private static final ObjectWriter PRETTY = JsonMapper.builder().build().writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private static final ObjectWriter COMPACT = JsonMapper.builder().build().writer();

    private Json() {}

    public static JsonNodeFactory nodes() {
        return JsonNodeFactory.instance;
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** Parses any JSON value. */
    public static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidJsonException(0, 0, "the content is empty");
        }
        try {
            return READER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            return throwInvalid(where, e.getOriginalMessage());
        }
    }

    /** Parses a JSON object; anything else (an array, a string) is an {@link InvalidJsonException}. */
    public static ObjectNode parseObject(String text) {
        JsonNode node = parse(text);
        if (!(node instanceof ObjectNode object)) {
            throw new InvalidJsonException(1, 1, "expected a JSON object but found " + typeName(node));
        }
        return object;
    }

    private static <T> T throwInvalid(JsonLocation where, String message) {
        int line = where == null ? 0 : where.getLineNr();
        int column = where == null ? 0 : where.getColumnNr();
        String detail = message == null ? "not valid JSON" : message.lines().findFirst().orElse(message);
        throw new InvalidJsonException(Math.max(line, 0), Math.max(column, 0), detail);
    }

    /** The stable pretty form ending in a newline: keys sorted at every level. */
    public static String pretty(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(sorted(node)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** One line, keys in their order. */
    public static String compact(JsonNode node) {
        try {
            return COMPACT.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** A canonical one-line form: keys sorted, numbers by value ({@code 1.50} is {@code 1.5}). */
    public static String canonical(JsonNode node) {
        return compact(normalised(node));
    }

    /** Whether two trees hold the same value, ignoring key order and number notation. */
    public static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        return canonical(a).equals(canonical(b));
    }

    public static String typeName(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case STRING, BINARY -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> "null";
        };
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = object();
            TreeMap<String, JsonNode> keys = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                keys.put(e.getKey(), e.getValue());
            }
            keys.forEach((k, v) -> out.set(k, sorted(v)));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = array();
            node.forEach(item -> out.add(sorted(item)));
            return out;
        }
        return node;
    }

    private static JsonNode normalised(JsonNode node) {
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue();
            return value.signum() == 0 ? nodes().numberNode(BigDecimal.ZERO)
                    : nodes().numberNode(new BigDecimal(value.stripTrailingZeros().toPlainString()));
        }
        if (node.isObject()) {
            ObjectNode out = object();
            TreeMap<String, JsonNode> keys = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                keys.put(e.getKey(), e.getValue());
            }
            keys.forEach((k, v) -> out.set(k, normalised(v)));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = array();
            node.forEach(item -> out.add(normalised(item)));
            return out;
        }
        return node;
    }

    /** The text items of an array node (non-text items skipped); empty for anything else. */
    public static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(item -> {
                if (item.isTextual()) {
                    out.add(item.asText());
                }
            });
        }
        return out;
    }

    public static ArrayNode textArray(Iterable<String> values) {
        ArrayNode out = array();
        values.forEach(out::add);
        return out;
    }
}
