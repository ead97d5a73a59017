package dev.datamesh.catalog.glue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datamesh.catalog.model.GlueObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Converts between {@link GlueObject}s and AWS SDK v2 model objects through the SDK's own member metadata: a JSON
 * key is the wire name ({@link SdkField#locationName()}) of a member, so {@code TableInput} JSON fills
 * {@code TableInput.builder()} one to one, and a {@code Table} the SDK returns becomes the same JSON the local
 * catalog stores. Timestamps are ISO-8601 strings.
 */
final class SdkShapes {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SdkShapes() {}

    /**
     * Builds a model object from JSON.
     *
     * @throws IllegalArgumentException naming the JSON path of a key that is no member or a value of the wrong type
     */
    @SuppressWarnings("unchecked")
    static <T> T read(GlueObject json, SdkBuilder<?, T> builder, String shape) {
        return (T) readStructure(json.toNode(), (SdkPojo) builder, shape);
    }

    /** The JSON of a model object: the members that are set, by wire name. */
    static GlueObject write(SdkPojo pojo) {
        return GlueObject.of(writeStructure(pojo));
    }

    /** Keys sorted, as the local catalog stores them, so that plans list differences in the same order. */
    private static ObjectNode writeStructure(SdkPojo pojo) {
        Map<String, JsonNode> members = new TreeMap<>();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap)) {
                members.put(field.locationName(), writeValue(field, value));
            }
        }
        ObjectNode out = NODES.objectNode();
        members.forEach(out::set);
        return out;
    }

    private static Object readStructure(JsonNode json, SdkPojo builder, String path) {
        expect(json.isObject(), path, "an object", json);
        Map<String, SdkField<?>> fields = new TreeMap<>();
        builder.sdkFields().forEach(f -> fields.put(f.locationName(), f));
        for (Map.Entry<String, JsonNode> entry : json.properties()) {
            SdkField<?> field = fields.get(entry.getKey());
            if (field == null) {
                throw new IllegalArgumentException("'" + entry.getKey() + "' is not a field of " + path
                        + " (its fields are " + String.join(", ", fields.keySet()) + ")");
            }
            if (!entry.getValue().isNull()) {
                field.set(builder, readValue(field, entry.getValue(), path + "." + entry.getKey()));
            }
        }
        return ((SdkBuilder<?, ?>) builder).build();
    }

    private static Object readValue(SdkField<?> field, JsonNode json, String path) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.STRING) {
            expect(json.isTextual(), path, "a string", json);
            return json.textValue();
        }
        if (type == MarshallingType.INTEGER) {
            expect(json.isIntegralNumber() && json.canConvertToInt(), path, "a whole number", json);
            return json.intValue();
        }
        if (type == MarshallingType.LONG) {
            expect(json.isIntegralNumber() && json.canConvertToLong(), path, "a whole number", json);
            return json.longValue();
        }
        if (type == MarshallingType.SHORT) {
            expect(json.isIntegralNumber() && json.canConvertToInt(), path, "a whole number", json);
            return json.shortValue();
        }
        if (type == MarshallingType.DOUBLE) {
            expect(json.isNumber(), path, "a number", json);
            return json.doubleValue();
        }
        if (type == MarshallingType.FLOAT) {
            expect(json.isNumber(), path, "a number", json);
            return json.floatValue();
        }
        if (type == MarshallingType.BIG_DECIMAL) {
            expect(json.isNumber(), path, "a number", json);
            return json.decimalValue();
        }
        if (type == MarshallingType.BOOLEAN) {
            expect(json.isBoolean(), path, "true or false", json);
            return json.booleanValue();
        }
        if (type == MarshallingType.INSTANT) {
            return instant(json, path);
        }
        if (type == MarshallingType.SDK_BYTES) {
            expect(json.isTextual(), path, "a base64 string", json);
            return SdkBytes.fromByteArray(Base64.getDecoder().decode(json.textValue()));
        }
        if (type == MarshallingType.SDK_POJO) {
            return readStructure(json, field.constructor().get(), path);
        }
        if (type == MarshallingType.LIST) {
            expect(json.isArray(), path, "an array", json);
            SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < json.size(); i++) {
                list.add(readValue(member, json.get(i), path + "[" + i + "]"));
            }
            return list;
        }
        if (type == MarshallingType.MAP) {
            expect(json.isObject(), path, "an object", json);
            SdkField<?> value = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : json.properties()) {
                map.put(entry.getKey(), readValue(value, entry.getValue(), path + "." + entry.getKey()));
            }
            return map;
        }
        throw new IllegalArgumentException(path + " has the type " + type + ", which registration does not write");
    }

    private static Instant instant(JsonNode json, String path) {
        if (json.isNumber()) {
            BigDecimal seconds = json.decimalValue();
            return Instant.ofEpochSecond(seconds.longValue(),
                    seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
        }
        expect(json.isTextual(), path, "an ISO-8601 time", json);
        try {
            return Instant.parse(json.textValue());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(path + " must be an ISO-8601 time such as 2026-01-31T12:00:00Z, not '"
                    + json.textValue() + "'", e);
        }
    }

    private static JsonNode writeValue(SdkField<?> field, Object value) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.SDK_POJO) {
            return writeStructure((SdkPojo) value);
        }
        if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
            ArrayNode array = NODES.arrayNode();
            ((List<?>) value).forEach(item -> array.add(writeValue(member, item)));
            return array;
        }
        if (type == MarshallingType.MAP) {
            SdkField<?> member = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
            Map<String, JsonNode> entries = new TreeMap<>();
            ((Map<?, ?>) value).forEach((k, v) -> entries.put(String.valueOf(k), writeValue(member, v)));
            ObjectNode map = NODES.objectNode();
            entries.forEach(map::set);
            return map;
        }
        return scalar(value);
    }

    private static JsonNode scalar(Object value) {
        if (value instanceof String s) {
            return NODES.textNode(s);
        } else if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (value instanceof Integer i) {
            return NODES.numberNode(i);
        } else if (value instanceof Long l) {
            return NODES.numberNode(l);
        } else if (value instanceof Short s) {
            return NODES.numberNode(s);
        } else if (value instanceof Double d) {
            return NODES.numberNode(d);
        } else if (value instanceof Float f) {
            return NODES.numberNode(f);
        } else if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        } else if (value instanceof Instant t) {
            return NODES.textNode(t.toString());
        } else if (value instanceof SdkBytes b) {
            return NODES.textNode(Base64.getEncoder().encodeToString(b.asByteArray()));
        }
        return NODES.textNode(String.valueOf(value));
    }

    private static void expect(boolean ok, String path, String what, JsonNode actual) {
        if (!ok) {
            throw new IllegalArgumentException(path + " must be " + what + ", not " + actual);
        }
    }
}
