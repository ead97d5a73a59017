package dev.datamesh.catalog.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datamesh.catalog.model.InvalidJsonException;
import dev.datamesh.catalog.model.Json;
import dev.datamesh.catalog.model.LfTag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A Lake Formation resource that permissions are granted on: an LF-tag policy (the contracts' roles and whole-product
 * subscriptions), a data location (write roles), or a named table and its columns (subscriptions to some tables).
 */
public sealed interface GrantResource {

    /** How the plan names it, e.g. {@code tables tagged domain=sales, data_product=pos}. */
    String describe();

    /** The {@code Resource} of Lake Formation's API, without catalog ids. */
    ObjectNode toJson();

    /** An LF-tag policy: every database or table whose tags match the expression (key to allowed values). */
    record TagPolicy(String resourceType, SortedMap<String, List<String>> expression) implements GrantResource {

        public TagPolicy {
            Objects.requireNonNull(resourceType, "resourceType == null");
            TreeMap<String, List<String>> copy = new TreeMap<>();
            expression.forEach((k, v) -> copy.put(k, List.copyOf(new TreeSet<>(v))));
            expression = Collections.unmodifiableSortedMap(copy);
        }

        /** The single value of a key, when it has exactly one. */
        public Optional<String> only(String key) {
            List<String> values = expression.get(key);
            return values != null && values.size() == 1 ? Optional.of(values.get(0))
                    : Optional.empty();
        }

        @Override
        public String describe() {
            List<String> parts = new ArrayList<>();
            for (String key : List.of(LfTag.DOMAIN, LfTag.DATA_PRODUCT, LfTag.CLASSIFICATION)) {
                if (expression.containsKey(key)) {
                    parts.add(condition(key, expression.get(key)));
                }
            }
            expression.forEach((k, v) -> {
                if (!List.of(LfTag.DOMAIN, LfTag.DATA_PRODUCT, LfTag.CLASSIFICATION).contains(k)) {
                    parts.add(condition(k, v));
                }
            });
            String what = resourceType.equals("DATABASE") ? "databases" : "tables";
            return what + " tagged " + String.join(", ", parts);
        }

        private static String condition(String key, List<String> values) {
            return values.size() == 1 ? key + "=" + values.get(0) : key + " in (" + String.join(", ", values) + ")";
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode policy = Json.object();
            policy.put("ResourceType", resourceType);
            ArrayNode conditions = policy.putArray("Expression");
            expression.forEach((k, v) -> {
                ObjectNode tag = conditions.addObject();
                tag.put("TagKey", k);
                tag.set("TagValues", Json.textArray(v));
            });
            ObjectNode out = Json.object();
            out.set("LFTagPolicy", policy);
            return out;
        }
    }

    /** An S3 location registered with Lake Formation, by its ARN ({@code arn:aws:s3:::bucket/prefix}). */
    record DataLocation(String arn) implements GrantResource {

        public DataLocation {
            Objects.requireNonNull(arn, "arn == null");
        }

        @Override
        public String describe() {
            return "data location " + arn;
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode out = Json.object();
            out.putObject("DataLocation").put("ResourceArn", arn);
            return out;
        }
    }

    /** A table by name. */
    record Table(String database, String name) implements GrantResource {

        public Table {
            Objects.requireNonNull(database, "database == null");
            Objects.requireNonNull(name, "name == null");
        }

        @Override
        public String describe() {
            return "table " + database + "." + name;
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode out = Json.object();
            out.putObject("Table").put("DatabaseName", database).put("Name", name);
            return out;
        }
    }

    /** Some columns of a table, by name, in table order. */
    record TableColumns(String database, String name, List<String> columns) implements GrantResource {

        public TableColumns {
            Objects.requireNonNull(database, "database == null");
            Objects.requireNonNull(name, "name == null");
            columns = List.copyOf(columns);
        }

        @Override
        public String describe() {
            return "columns " + database + "." + name + " (" + String.join(", ", columns) + ")";
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode out = Json.object();
            ObjectNode table = out.putObject("TableWithColumns").put("DatabaseName", database).put("Name", name);
            table.set("ColumnNames", Json.textArray(columns));
            return out;
        }
    }

    /**
     * Reads Lake Formation's {@code Resource} shape; empty for resources this plugin never grants on (catalog,
     * LF-tags, data cells filters, wildcards).
     *
     * @throws InvalidJsonException when a known resource lacks a required key
     */
    static Optional<GrantResource> fromJson(JsonNode resource) {
        if (resource == null || !resource.isObject()) {
            throw new InvalidJsonException(0, 0, "a grant's 'Resource' must be an object");
        }
        JsonNode policy = resource.get("LFTagPolicy");
        if (policy != null && policy.path("Expression").isArray()) {
            SortedMap<String, List<String>> expression = new TreeMap<>();
            for (JsonNode tag : policy.get("Expression")) {
                expression.put(text(tag, "TagKey"), Json.texts(tag.get("TagValues")));
            }
            return Optional.of(new TagPolicy(text(policy, "ResourceType"), expression));
        }
        JsonNode location = resource.get("DataLocation");
        if (location != null) {
            return Optional.of(new DataLocation(text(location, "ResourceArn")));
        }
        JsonNode columns = resource.get("TableWithColumns");
        if (columns != null && columns.path("ColumnNames").isArray()) {
            return Optional.of(new TableColumns(text(columns, "DatabaseName"), text(columns, "Name"),
                    Json.texts(columns.get("ColumnNames"))));
        }
        JsonNode table = resource.get("Table");
        if (table != null && table.path("Name").isTextual()) {
            return Optional.of(new Table(text(table, "DatabaseName"), text(table, "Name")));
        }
        return Optional.empty();
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual()) {
            throw new InvalidJsonException(0, 0, "'" + key + "' must be a string but is " + Json.typeName(value));
        }
        return value.asText();
    }

    /** The resources' order in plans and files: tag policies, tables, columns, data locations. */
    static int rank(GrantResource resource) {
        if (resource instanceof TagPolicy p) {
            return p.resourceType().equals("DATABASE") ? 0 : 1;
        }
        if (resource instanceof Table) {
            return 2;
        }
        return resource instanceof TableColumns ? 3 : 4;
    }
}
