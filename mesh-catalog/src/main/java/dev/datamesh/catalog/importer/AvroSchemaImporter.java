package dev.datamesh.catalog.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datamesh.generator.avro.AvroSchemaGenerator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * Turns an Avro record schema into an ODCS schema object, following DESIGN.md's type mapping backwards: a union
 * with {@code null} is a property that is not required, any other field is required; {@code int} is an integer with
 * physicalType int, {@code long} an integer, {@code float} a number with physicalType float, {@code bytes} a string
 * with physicalType binary; {@code date}, {@code time-*}, {@code timestamp-*} and {@code local-timestamp-*} are
 * dates, times and timestamps (local ones with {@code timezone: false}); {@code decimal} is a number with
 * physicalType {@code decimal(p,s)}; {@code uuid} a string of format uuid; a nested record an object with
 * properties; an array an array with items; a map an object without properties; an enum a string whose pattern is
 * {@code ^(A|B|C)$}; a fixed a binary string. {@code doc} becomes the description, a field's default is added to it.
 *
 * <p>What ODCS cannot say is kept in the Avro hints that {@link AvroSchemaGenerator} reads (names of records, enums
 * and fixed, enum and fixed types, the logical types of times and timestamps), so that generating Avro from the contract gives a
 * schema that is compatible with the original both ways. What even the hints cannot keep (maps of other values than
 * strings, unions of several types, recursive records) is reported as a warning. Pure: no I/O.
 */
final class AvroSchemaImporter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private AvroSchemaImporter() {}

    /** The record as a schema object; {@code source} names the file in warnings. */
    static ImportedTable of(Schema record, String source) {
        if (record.getType() != Schema.Type.RECORD) {
            throw new IllegalArgumentException("not a record: " + record.getType());
        }
        List<String> warnings = new ArrayList<>();
        ObjectNode object = NODES.objectNode();
        String name = snakeCase(record.getName());
        object.put("name", name);
        text(record.getDoc()).ifPresent(d -> object.put("description", d));
        Set<String> path = new HashSet<>();
        path.add(record.getFullName());
        object.set("properties", fields(record, source + " field '", path, warnings));
        hint(object, AvroSchemaGenerator.AVRO_NAME, record.getFullName());
        Optional<String> domain = Optional.ofNullable(record.getNamespace()).filter(n -> !n.isBlank())
                .map(n -> n.substring(n.lastIndexOf('.') + 1));
        return new ImportedTable(name, source, object, domain, Optional.empty(), Optional.empty(), warnings);
    }

    /** {@code PosTransaction} is {@code pos_transaction}, {@code POSLine} is {@code pos_line}. */
    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2")
                .toLowerCase(Locale.ROOT);
    }

    private static ArrayNode fields(Schema record, String prefix, Set<String> path, List<String> warnings) {
        ArrayNode properties = NODES.arrayNode();
        for (Schema.Field field : record.getFields()) {
            ObjectNode property = properties.addObject();
            property.put("name", field.name());
            description(field).ifPresent(d -> property.put("description", d));
            String where = prefix + field.name() + "'";
            boolean required = type(field.schema(), property, where, path, warnings);
            if (required) {
                property.put("required", true);
            }
        }
        return properties;
    }

    /** The field's doc, with its default value when it has one other than null. */
    private static Optional<String> description(Schema.Field field) {
        Optional<String> doc = text(field.doc());
        if (!field.hasDefaultValue() || field.defaultVal() == JsonProperties.NULL_VALUE) {
            return doc;
        }
        String value = defaultText(field.defaultVal());
        return Optional.of(doc.map(d -> d.endsWith(".") ? d + " " : d + ". ").orElse("") + "Default: " + value + ".");
    }

    private static String defaultText(Object value) {
        Object plain = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1) : value;
        try {
            return JSON.writeValueAsString(plain);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    /**
     * Adds the type keys of {@code schema} to {@code property}; returns whether the value is required (no union
     * with null).
     */
    private static boolean type(Schema schema, ObjectNode property, String where, Set<String> path,
            List<String> warnings) {
        if (schema.getType() != Schema.Type.UNION) {
            describe(schema, property, where, path, warnings);
            return schema.getType() != Schema.Type.NULL;
        }
        List<Schema> nonNull = schema.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).toList();
        boolean required = nonNull.size() == schema.getTypes().size();
        if (nonNull.size() == 1) {
            describe(nonNull.get(0), property, where, path, warnings);
        } else {
            String types = nonNull.stream().map(AvroSchemaImporter::typeName).collect(Collectors.joining(", "));
            property.put("logicalType", "string");
            property.put("physicalType", "union<" + types + ">");
            warnings.add(where + " is a union of " + (nonNull.isEmpty() ? "null only" : types)
                    + ", which a contract cannot describe; it is imported as a string.");
        }
        return required;
    }

    private static void describe(Schema schema, ObjectNode property, String where, Set<String> path,
            List<String> warnings) {
        LogicalType logical = schema.getLogicalType();
        String logicalName = logical == null ? "" : logical.getName();
        switch (schema.getType()) {
            case RECORD -> record(schema, property, where, path, warnings);
            case ENUM -> {
                property.put("logicalType", "string");
                property.putObject("logicalTypeOptions").put("pattern", "^(" + String.join("|", schema.getEnumSymbols())
                        + ")$");
                hint(property, AvroSchemaGenerator.AVRO_TYPE, "enum");
                hint(property, AvroSchemaGenerator.AVRO_NAME, schema.getFullName());
            }
            case ARRAY -> {
                property.put("logicalType", "array");
                ObjectNode items = NODES.objectNode();
                Schema element = schema.getElementType();
                nonNull(element).filter(e -> e.getType() == Schema.Type.RECORD).flatMap(e -> text(e.getDoc()))
                        .ifPresent(d -> items.put("description", d));
                if (type(element, items, where + " (array element)", path, warnings)) {
                    items.put("required", true);
                }
                property.set("items", items);
            }
            case MAP -> {
                property.put("logicalType", "object");
                Schema values = schema.getValueType();
                if (values.getType() != Schema.Type.STRING || values.getLogicalType() != null) {
                    warnings.add(where + " is a map of " + typeName(values) + "; a contract's object without"
                            + " properties is a map of strings, so generating Avro gives a map of strings.");
                }
            }
            case FIXED -> fixed(schema, property, where, logical, warnings);
            case STRING -> {
                property.put("logicalType", "string");
                if (logical instanceof LogicalTypes.Uuid) {
                    property.putObject("logicalTypeOptions").put("format", "uuid");
                }
            }
            case BYTES -> {
                if (logical instanceof LogicalTypes.Decimal decimal) {
                    decimal(decimal, property);
                } else if ("big-decimal".equals(logicalName)) {
                    property.put("logicalType", "number");
                    hint(property, AvroSchemaGenerator.AVRO_LOGICAL_TYPE, logicalName);
                    warnings.add(where + " is a big-decimal, a decimal of any precision; Glue has no such type and"
                            + " reads it as a double: give it 'physicalType: decimal(p,s)' if its precision is known.");
                } else {
                    property.put("logicalType", "string").put("physicalType", "binary");
                }
            }
            case INT -> {
                switch (logicalName) {
                    case "date" -> property.put("logicalType", "date");
                    case "time-millis" -> {
                        property.put("logicalType", "time");
                        hint(property, AvroSchemaGenerator.AVRO_LOGICAL_TYPE, logicalName);
                    }
                    default -> property.put("logicalType", "integer").put("physicalType", "int");
                }
            }
            case LONG -> {
                switch (logicalName) {
                    case "time-micros" -> {
                        property.put("logicalType", "time");
                        hint(property, AvroSchemaGenerator.AVRO_LOGICAL_TYPE, logicalName);
                    }
                    case "timestamp-millis", "timestamp-micros", "timestamp-nanos" -> {
                        property.put("logicalType", "timestamp");
                        hint(property, AvroSchemaGenerator.AVRO_LOGICAL_TYPE, logicalName);
                    }
                    case "local-timestamp-millis", "local-timestamp-micros", "local-timestamp-nanos" -> {
                        property.put("logicalType", "timestamp");
                        property.putObject("logicalTypeOptions").put("timezone", false);
                        hint(property, AvroSchemaGenerator.AVRO_LOGICAL_TYPE, logicalName);
                    }
                    default -> property.put("logicalType", "integer");
                }
            }
            case FLOAT -> property.put("logicalType", "number").put("physicalType", "float");
            case DOUBLE -> property.put("logicalType", "number");
            case BOOLEAN -> property.put("logicalType", "boolean");
            default -> {
                property.put("logicalType", "string");
                warnings.add(where + " has the type " + typeName(schema) + ", which a contract cannot describe; it is"
                        + " imported as a string.");
            }
        }
    }

    /** The one type of a schema that is not null: itself, or the only non-null branch of a union. */
    private static Optional<Schema> nonNull(Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return Optional.of(schema);
        }
        List<Schema> types = schema.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).toList();
        return types.size() == 1 ? Optional.of(types.get(0)) : Optional.empty();
    }

    private static void record(Schema schema, ObjectNode property, String where, Set<String> path,
            List<String> warnings) {
        property.put("logicalType", "object");
        if (path.contains(schema.getFullName())) {
            warnings.add(where + " refers to the record " + schema.getFullName() + " that contains it; a contract"
                    + " cannot describe recursive types, so it is imported as an object without properties.");
            return;
        }
        Set<String> inner = new HashSet<>(path);
        inner.add(schema.getFullName());
        property.set("properties", fields(schema, where.substring(0, where.length() - 1) + ".", inner, warnings));
        hint(property, AvroSchemaGenerator.AVRO_NAME, schema.getFullName());
    }

    private static void fixed(Schema schema, ObjectNode property, String where, LogicalType logical,
            List<String> warnings) {
        if (logical instanceof LogicalTypes.Decimal decimal) {
            decimal(decimal, property);
        } else {
            property.put("logicalType", "string").put("physicalType", "binary");
            if (logical != null && logical.getName().equals("duration")) {
                warnings.add(where + " is a duration, which ODCS has no type for; it is imported as binary.");
            }
        }
        hint(property, AvroSchemaGenerator.AVRO_TYPE, "fixed");
        hint(property, AvroSchemaGenerator.AVRO_FIXED_SIZE, schema.getFixedSize());
        hint(property, AvroSchemaGenerator.AVRO_NAME, schema.getFullName());
        if (logical != null && logical.getName().equals("duration")) {
            hint(property, AvroSchemaGenerator.AVRO_LOGICAL_TYPE, "duration");
        }
    }

    private static void decimal(LogicalTypes.Decimal decimal, ObjectNode property) {
        property.put("logicalType", "number");
        property.put("physicalType", "decimal(" + decimal.getPrecision() + "," + decimal.getScale() + ")");
    }

    private static void hint(ObjectNode node, String key, String value) {
        customProperties(node).addObject().put("property", key).put("value", value);
    }

    private static void hint(ObjectNode node, String key, int value) {
        customProperties(node).addObject().put("property", key).put("value", value);
    }

    private static ArrayNode customProperties(ObjectNode node) {
        return node.has("customProperties") ? (ArrayNode) node.get("customProperties")
                : node.putArray("customProperties");
    }

    private static String typeName(Schema schema) {
        String name = schema.getType().getName();
        return schema.getLogicalType() == null ? name : name + " (" + schema.getLogicalType().getName() + ")";
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
