package dev.datamesh.generator.glue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Reads JSON written in the shape of an AWS API structure (as the AWS CLI's {@code file://} inputs and
 * CloudFormation take it) into the AWS SDK v2 model class, through the SDK's own member metadata: every JSON key
 * must be the wire name ({@link SdkField#locationName()}) of a member of that structure, with a value of the
 * member's marshalling type, recursively; values go in through {@link SdkField#set}, not through bean mapping.
 * {@link #write} turns a model object back into JSON, so that a round trip proves nothing was dropped.
 *
 * <p>Reusable for any service model: {@code AwsSdkShapes.read(json, TableInput.builder())},
 * {@code AwsSdkShapes.read(json, CreateTableRequest.builder())}. Failures name the JSON path. Published in this
 * module's test-jar, so that other modules' tests (the sample domain's) read generated files the same way.
 */
public final class AwsSdkShapes {

    private AwsSdkShapes() {}

    /** Builds the structure of {@code builder} from {@code json}; throws AssertionError at the first mismatch. */
    @SuppressWarnings("unchecked")
    public static <T> T read(JsonNode json, SdkBuilder<?, T> builder) {
        return (T) readStructure(json, (SdkPojo) builder, "$");
    }

    /** The JSON of a model object: the members that are set, by wire name. */
    public static ObjectNode write(SdkPojo pojo) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap)) {
                out.set(field.locationName(), writeValue(field, value));
            }
        }
        return out;
    }

    private static Object readStructure(JsonNode json, SdkPojo builder, String path) {
        expect(json.isObject(), path, "an object", json);
        Map<String, SdkField<?>> fields = new TreeMap<>();
        builder.sdkFields().forEach(f -> fields.put(f.locationName(), f));
        for (Map.Entry<String, JsonNode> entry : json.properties()) {
            SdkField<?> field = fields.get(entry.getKey());
            if (field == null) {
                throw new AssertionError(path + "." + entry.getKey() + " is no member of "
                        + builder.getClass().getEnclosingClass().getSimpleName() + "; its members are "
                        + fields.keySet());
            }
            field.set(builder, readValue(field, entry.getValue(), path + "." + entry.getKey()));
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
            expect(json.isInt(), path, "an integer", json);
            return json.intValue();
        }
        if (type == MarshallingType.LONG) {
            expect(json.isIntegralNumber() && json.canConvertToLong(), path, "a long integer", json);
            return json.longValue();
        }
        if (type == MarshallingType.BOOLEAN) {
            expect(json.isBoolean(), path, "a boolean", json);
            return json.booleanValue();
        }
        if (type == MarshallingType.DOUBLE) {
            expect(json.isNumber(), path, "a number", json);
            return json.doubleValue();
        }
        if (type == MarshallingType.SDK_POJO) {
            return readStructure(json, field.constructor().get(), path);
        }
        if (type == MarshallingType.LIST) {
            expect(json.isArray(), path, "an array", json);
            SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < json.size(); i++) {
                list.add(readValue(member, json.get(i), path + "[" + i + "]"));
            }
            return list;
        }
        if (type == MarshallingType.MAP) {
            expect(json.isObject(), path, "an object (map)", json);
            SdkField<?> value = field.getTrait(MapTrait.class).valueFieldInfo();
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : json.properties()) {
                map.put(entry.getKey(), readValue(value, entry.getValue(), path + "." + entry.getKey()));
            }
            return map;
        }
        throw new AssertionError(path + ": members of type " + type + " are not supported by this reader");
    }

    private static JsonNode writeValue(SdkField<?> field, Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.SDK_POJO) {
            return write((SdkPojo) value);
        }
        if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
            ArrayNode array = nodes.arrayNode();
            ((List<?>) value).forEach(item -> array.add(writeValue(member, item)));
            return array;
        }
        if (type == MarshallingType.MAP) {
            SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
            ObjectNode map = nodes.objectNode();
            ((Map<?, ?>) value).forEach((k, v) -> map.set((String) k, writeValue(member, v)));
            return map;
        }
        if (value instanceof String s) {
            return nodes.textNode(s);
        }
        if (value instanceof Boolean b) {
            return nodes.booleanNode(b);
        }
        if (value instanceof Integer i) {
            return nodes.numberNode(i);
        }
        if (value instanceof Long l) {
            return nodes.numberNode(l);
        }
        if (value instanceof Double d) {
            return nodes.numberNode(d);
        }
        throw new AssertionError("members of type " + type + " are not supported by this writer");
    }

    private static void expect(boolean ok, String path, String what, JsonNode actual) {
        if (!ok) {
            throw new AssertionError(path + " must be " + what + " but is " + actual.getNodeType() + ": " + actual);
        }
    }
}
