package dev.datamesh.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datamesh.contract.loader.ListNode;
import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.Node;
import dev.datamesh.contract.loader.ScalarNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/** Converts loaded YAML nodes into Jackson trees for the JSON Schema library, keeping numbers exact. */
final class JsonTree {

    private static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

    private JsonTree() {}

    /** The node as a Jackson tree: integers as {@code BigInteger}, decimals as {@code BigDecimal}. */
    static JsonNode of(Node node) {
        if (node instanceof MapNode map) {
            ObjectNode object = FACTORY.objectNode();
            for (MapNode.Entry entry : map.entries().values()) {
                object.set(entry.key(), of(entry.value()));
            }
            return object;
        }
        if (node instanceof ListNode list) {
            ArrayNode array = FACTORY.arrayNode(list.items().size());
            for (Node item : list.items()) {
                array.add(of(item));
            }
            return array;
        }
        Object value = ((ScalarNode) node).value();
        if (value == null) {
            return FACTORY.nullNode();
        }
        if (value instanceof String text) {
            return FACTORY.textNode(text);
        }
        if (value instanceof BigInteger integer) {
            return FACTORY.numberNode(integer);
        }
        if (value instanceof BigDecimal decimal) {
            return FACTORY.numberNode(decimal);
        }
        return FACTORY.booleanNode((Boolean) value);
    }

    /** The node at a path of keys ({@code String}) and list indexes ({@code Integer}), or a missing node. */
    static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object element : path) {
            node = element instanceof Integer index ? node.path(index) : node.path((String) element);
        }
        return node;
    }
}
