package dev.datamesh.generator.etl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.services.glue.model.CreateJobRequest;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Loads a {@code CreateJob} JSON document through the AWS SDK's own model of the request: every key must be the
 * wire name ({@code locationName}) of a field of {@link CreateJobRequest} (or of its nested structures), and every
 * value must have the field's marshalling type.
 */
public final class GlueSdk {

    private GlueSdk() {}

    public static CreateJobRequest createJobRequest(String json) {
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            CreateJobRequest.Builder builder = CreateJobRequest.builder();
            fill(builder, builder.sdkFields(), root, "CreateJobRequest");
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Object builder, List<SdkField<?>> fields, JsonNode node, String where) {
        assertThat(node.isObject()).as(where + " is a JSON object").isTrue();
        Map<String, SdkField<?>> byName = new LinkedHashMap<>();
        for (SdkField<?> field : fields) {
            if (field.location() == MarshallLocation.PAYLOAD) {
                byName.put(field.locationName(), field);
            }
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            SdkField<?> field = byName.get(entry.getKey());
            if (field == null) {
                fail("'" + entry.getKey() + "' is no field of " + where + "; its fields are " + byName.keySet());
            }
            field.set(builder, value(field, entry.getValue(), where + "." + entry.getKey()));
        }
    }

    private static Object value(SdkField<?> field, JsonNode node, String where) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.STRING) {
            assertThat(node.isTextual()).as(where + " is a string").isTrue();
            return node.textValue();
        } else if (type == MarshallingType.INTEGER) {
            assertThat(node.isInt()).as(where + " is an integer").isTrue();
            return node.intValue();
        } else if (type == MarshallingType.BOOLEAN) {
            assertThat(node.isBoolean()).as(where + " is a boolean").isTrue();
            return node.booleanValue();
        } else if (type == MarshallingType.DOUBLE) {
            assertThat(node.isNumber()).as(where + " is a number").isTrue();
            return node.doubleValue();
        } else if (type == MarshallingType.SDK_POJO) {
            SdkPojo nested = field.constructor().get();
            fill(nested, nested.sdkFields(), node, where);
            return ((SdkBuilder<?, ?>) nested).build();
        } else if (type == MarshallingType.MAP) {
            MarshallingType<?> values = field.getRequiredTrait(MapTrait.class).valueFieldInfo().marshallingType();
            assertThat(values).as(where + " holds strings").isEqualTo(MarshallingType.STRING);
            assertThat(node.isObject()).as(where + " is a JSON object").isTrue();
            Map<String, String> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                assertThat(entry.getValue().isTextual()).as(where + "." + entry.getKey() + " is a string").isTrue();
                map.put(entry.getKey(), entry.getValue().textValue());
            }
            return map;
        }
        return fail(where + " has the marshalling type " + type + ", which this loader does not read");
    }
}
