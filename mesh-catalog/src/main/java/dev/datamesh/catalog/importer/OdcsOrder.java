package dev.datamesh.catalog.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Puts the keys of a contract tree in the order the ODCS standard and the sample contracts use, so that imported
 * contracts read like hand-written ones and come out byte for byte the same from the same input. Keys not listed
 * keep their order after the listed ones.
 */
final class OdcsOrder {

    static final List<String> CONTRACT = List.of("apiVersion", "kind", "id", "name", "version", "status", "domain",
            "dataProduct", "tenant", "description", "tags", "team", "support", "servers", "schema", "slaProperties",
            "roles", "customProperties");
    static final List<String> SCHEMA_OBJECT = List.of("name", "physicalName", "physicalType", "businessName",
            "description", "dataGranularityDescription", "tags", "properties", "quality", "customProperties");
    static final List<String> PROPERTY = List.of("name", "physicalName", "businessName", "description",
            "logicalType", "physicalType", "logicalTypeOptions", "required", "unique", "primaryKey",
            "primaryKeyPosition", "partitioned", "partitionKeyPosition", "classification", "criticalDataElement",
            "examples", "items", "properties", "quality", "customProperties");

    private OdcsOrder() {}

    /** A copy of the contract with every level in order. */
    static ObjectNode contract(ObjectNode contract) {
        ObjectNode ordered = order(contract, CONTRACT);
        if (ordered.get("schema") instanceof ArrayNode schema) {
            for (int i = 0; i < schema.size(); i++) {
                ObjectNode object = order((ObjectNode) schema.get(i), SCHEMA_OBJECT);
                properties(object);
                schema.set(i, object);
            }
        }
        return ordered;
    }

    private static void properties(ObjectNode parent) {
        if (parent.get("properties") instanceof ArrayNode properties) {
            for (int i = 0; i < properties.size(); i++) {
                properties.set(i, property((ObjectNode) properties.get(i)));
            }
        }
    }

    private static ObjectNode property(ObjectNode property) {
        ObjectNode ordered = order(property, PROPERTY);
        if (ordered.get("items") instanceof ObjectNode items) {
            ordered.set("items", property(items));
        }
        properties(ordered);
        return ordered;
    }

    private static ObjectNode order(ObjectNode node, List<String> keys) {
        ObjectNode ordered = JsonNodeFactory.instance.objectNode();
        for (String key : keys) {
            if (node.has(key)) {
                ordered.set(key, node.get(key).deepCopy());
            }
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!ordered.has(entry.getKey())) {
                ordered.set(entry.getKey(), entry.getValue().deepCopy());
            }
        }
        return ordered;
    }
}
