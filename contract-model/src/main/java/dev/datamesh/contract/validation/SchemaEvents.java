package dev.datamesh.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.datamesh.contract.loader.ListNode;
import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.Node;
import dev.datamesh.contract.loader.ScalarNode;
import dev.datamesh.contract.model.SourceLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns collapsed schema failures into events a contract author can act on: one event per real problem, located
 * at the key or value to change, with a message in YAML terms and a hint naming the key to fix.
 */
final class SchemaEvents {

    private static final Set<String> VALUE_RULES = Set.of(OdcsSchemaValidator.ENUM, OdcsSchemaValidator.FORMAT,
            OdcsSchemaValidator.SCHEMA);

    /** Physical or programming type names written as a logicalType, and the logicalType meant. */
    private static final Map<String, String> LOGICAL_TYPE_ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("bigint", "integer"), Map.entry("long", "integer"),
            Map.entry("smallint", "integer"), Map.entry("tinyint", "integer"), Map.entry("bool", "boolean"),
            Map.entry("varchar", "string"), Map.entry("text", "string"), Map.entry("char", "string"),
            Map.entry("datetime", "timestamp"), Map.entry("struct", "object"), Map.entry("record", "object"),
            Map.entry("list", "array"));
    /** Decimal-like names written as a logicalType; ODCS says number plus a physicalType. */
    private static final Set<String> NUMBER_TYPES = Set.of("decimal", "numeric", "double", "float", "real");

    private final YamlPaths yaml;
    private final SchemaDocument schema;
    private final SchemaKeys keys;
    private final JsonNode json;
    private final boolean newerVersion;

    SchemaEvents(YamlPaths yaml, SchemaDocument schema, SchemaKeys keys, JsonNode json, boolean newerVersion) {
        this.yaml = yaml;
        this.schema = schema;
        this.keys = keys;
        this.json = json;
        this.newerVersion = newerVersion;
    }

    List<ValidationEvent> events(List<SchemaProblem> problems) {
        List<ValidationEvent> events = new ArrayList<>();
        // Missing keys of one mapping make one event: "Missing required keys 'a' and 'b' and one of ...".
        Map<List<Object>, List<SchemaProblem>> missing = new LinkedHashMap<>();
        for (SchemaProblem problem : problems) {
            if (problem.keyword().equals("required") || problem.keyword().equals(SchemaProblem.REQUIRED_ONE_OF)) {
                missing.computeIfAbsent(problem.instancePath(), p -> new ArrayList<>()).add(problem);
            } else {
                event(problem).ifPresent(events::add);
            }
        }
        missing.forEach((path, group) -> events.add(missing(path, group)));
        return distinct(events);
    }

    /** One event per location and rule; a wrong type hides the other complaints about the same value. */
    private static List<ValidationEvent> distinct(List<ValidationEvent> events) {
        Set<SourceLocation> wrongType = new HashSet<>();
        for (ValidationEvent event : events) {
            if (event.ruleId().equals(OdcsSchemaValidator.TYPE)) {
                wrongType.add(event.location());
            }
        }
        Map<String, ValidationEvent> distinct = new LinkedHashMap<>();
        for (ValidationEvent event : events) {
            if (VALUE_RULES.contains(event.ruleId()) && wrongType.contains(event.location())) {
                continue;
            }
            distinct.putIfAbsent(event.location() + " " + event.ruleId(), event);
        }
        return List.copyOf(distinct.values());
    }

    private Optional<ValidationEvent> event(SchemaProblem problem) {
        return switch (problem.keyword()) {
            case "unevaluatedProperties", "additionalProperties" -> unknownKey(problem);
            case "type" -> Optional.of(type(problem));
            case "enum", "const" -> Optional.of(enumeration(problem));
            case "format" -> Optional.of(format(problem));
            case "not" -> Optional.of(not(problem));
            case SchemaProblem.ONE_OF_MANY -> Optional.of(oneOfMany(problem));
            case SchemaProblem.NO_FORM -> Optional.of(noForm(problem));
            default -> Optional.of(other(problem));
        };
    }

    private Optional<ValidationEvent> unknownKey(SchemaProblem problem) {
        String key = problem.property();
        List<Object> path = problem.instancePath();
        Set<String> known = keys.known(problem.parentPointer(), JsonTree.at(json, path));
        if (problem.keyword().equals("unevaluatedProperties") && known.contains(key)) {
            return Optional.empty(); // declared, but its subschema failed for a reason reported on its own
        }
        SourceLocation at = yaml.keyLocation(path, key);
        Optional<String> meant = KeySuggestions.closest(key, known);
        String rename = meant.map(m -> "did you mean '" + m + "'? Rename '" + key + "' to '" + m + "'.").orElse("");
        if (newerVersion) {
            return Optional.of(new ValidationEvent(OdcsSchemaValidator.UNKNOWN_KEY, Severity.WARNING, at,
                    "Key '" + key + "' " + yaml.where(path) + " is not part of ODCS "
                            + OdcsSchemaValidator.SCHEMA_VERSION + "; it is read but not used.",
                    meant.isPresent() ? rename
                            : "remove '" + key + "' unless a tool for a newer ODCS version reads it."));
        }
        String hint = meant.isPresent() ? rename
                : known.contains("customProperties")
                        ? "remove '" + key + "', or keep it under 'customProperties' as '- property: " + key
                                + "' with a 'value:'."
                        : "remove '" + key + "'; the keys allowed here are: " + String.join(", ", known) + ".";
        return Optional.of(ValidationEvent.error(OdcsSchemaValidator.UNKNOWN_KEY, at,
                "Unknown key '" + key + "' " + yaml.where(path) + ".", hint));
    }

    private ValidationEvent missing(List<Object> path, List<SchemaProblem> group) {
        List<String> names = group.stream().filter(p -> p.keyword().equals("required")).map(SchemaProblem::property)
                .distinct().toList();
        List<SchemaProblem> oneOf = group.stream().filter(p -> p.keyword().equals(SchemaProblem.REQUIRED_ONE_OF))
                .toList();
        List<String> parts = new ArrayList<>();
        List<String> adds = new ArrayList<>();
        if (!names.isEmpty()) {
            parts.add((names.size() == 1 ? "required key " : "required keys ") + quoted(names, "and"));
            adds.add(names.stream().map(n -> "'" + n + ":'").collect(joining("and")));
        }
        for (SchemaProblem alternatives : oneOf) {
            parts.add("one of the keys " + quoted(alternatives.values(), "or"));
            adds.add("one of these keys");
        }
        String in = path.isEmpty() ? "" : " in " + yaml.describe(path);
        String example = names.size() == 1 && oneOf.isEmpty()
                ? example(group.get(0).parentPointer(), names.get(0)) : "";
        String hint = "add " + String.join(" and ", adds)
                + (path.isEmpty() ? " at the top level" : " to " + yaml.describe(path)) + example + ".";
        return ValidationEvent.error(OdcsSchemaValidator.REQUIRED, yaml.valueLocation(path),
                "Missing " + String.join(" and ", parts) + in + ".", hint);
    }

    /** ", e.g. 'status: proposed'" from the schema's default or first example of the key, or nothing. */
    private String example(String schemaPointer, String key) {
        JsonNode property = schema.at(schemaPointer).path("properties").path(key);
        JsonNode value = property.has("default") ? property.get("default") : property.path("examples").path(0);
        return value.isValueNode() ? ", e.g. '" + key + ": " + value.asText() + "'" : "";
    }

    private ValidationEvent type(SchemaProblem problem) {
        List<Object> path = problem.instancePath();
        Optional<Node> node = yaml.at(path);
        List<String> expected = new ArrayList<>(problem.values());
        if (expected.contains("number")) {
            expected.remove("integer");
        }
        String wanted = expected.stream().map(SchemaEvents::article).collect(joining("or"));
        boolean empty = node.isPresent() && node.get() instanceof ScalarNode s && s.isNull();
        String message = yaml.subject(path) + " must be " + wanted
                + (empty ? ", but it is empty." : ", not " + node.map(SchemaEvents::actual).orElse("absent") + ".");
        return ValidationEvent.error(OdcsSchemaValidator.TYPE, yaml.valueLocation(path), message,
                typeHint(path, node, expected, wanted));
    }

    private String typeHint(List<Object> path, Optional<Node> node, List<String> expected, String wanted) {
        Object last = path.isEmpty() ? "" : path.get(path.size() - 1);
        String key = last instanceof String k ? k : null;
        String text = node.filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).asText()).orElse(null);
        boolean scalarString = node.isPresent() && node.get() instanceof ScalarNode s && s.isString();
        if (key != null && expected.equals(List.of("boolean")) && scalarString) {
            return "write '" + key + ": true' or '" + key + ": false' without quotes.";
        }
        if (key != null && expected.contains("string") && text != null && !scalarString && !text.isEmpty()) {
            return "quote the value: '" + key + ": \"" + text + "\"'.";
        }
        if (key != null && expected.equals(List.of("array"))) {
            return "write '" + key + "' as a list, one item per line starting with '- '.";
        }
        if (key != null && expected.equals(List.of("object"))) {
            return "write '" + key + "' as a mapping: indented 'key: value' lines below it.";
        }
        if (key != null && scalarString && (expected.contains("integer") || expected.contains("number"))
                && isNumber(text, expected.contains("number"))) {
            return "write the number without quotes: '" + key + ": " + text + "'.";
        }
        String target = key != null ? "'" + key + "'" : yaml.describe(path);
        if (node.isPresent() && node.get() instanceof ScalarNode s && s.isNull()) {
            return "give " + target + " a value: " + wanted + ".";
        }
        return "change " + target + " to " + wanted + ".";
    }

    private ValidationEvent enumeration(SchemaProblem problem) {
        List<Object> path = problem.instancePath();
        Object last = path.isEmpty() ? "" : path.get(path.size() - 1);
        String key = last instanceof String k ? k : yaml.describe(path);
        String value = yaml.at(path).map(SchemaEvents::text).orElse("");
        SourceLocation at = yaml.valueLocation(path);
        if (newerVersion && key.equals("logicalType") && value.equals("map")) {
            return ValidationEvent.warning(OdcsSchemaValidator.ENUM, at,
                    "logicalType 'map' is not part of ODCS " + OdcsSchemaValidator.SCHEMA_VERSION
                            + "; it is read as a map.",
                    "for ODCS " + OdcsSchemaValidator.SCHEMA_VERSION
                            + " write 'logicalType: object' without 'properties', which is read as a map too.");
        }
        if (key.equals("logicalType") && NUMBER_TYPES.contains(value.toLowerCase(Locale.ROOT))) {
            return ValidationEvent.error(OdcsSchemaValidator.ENUM, at,
                    "Value '" + value + "' is not allowed for 'logicalType'.",
                    "write 'logicalType: number' and keep the precision in 'physicalType', e.g. "
                            + "'physicalType: decimal(10,2)'.");
        }
        Optional<String> meant = KeySuggestions.closest(value, problem.values())
                .or(() -> key.equals("logicalType") ? Optional.ofNullable(LOGICAL_TYPE_ALIASES.get(
                        value.toLowerCase(Locale.ROOT))) : Optional.empty());
        String hint = meant.map(m -> "did you mean '" + m + "'? Write '" + key + ": " + m + "'.")
                .orElse("set '" + key + "' to one of: " + String.join(", ", problem.values()) + ".");
        return ValidationEvent.error(OdcsSchemaValidator.ENUM, at,
                "Value '" + value + "' is not allowed for '" + key + "'.", hint);
    }

    private ValidationEvent format(SchemaProblem problem) {
        List<Object> path = problem.instancePath();
        String format = problem.values().isEmpty() ? "" : problem.values().get(0);
        String value = yaml.at(path).map(SchemaEvents::text).orElse("");
        String hint = switch (format) {
            case "uri" -> "write an absolute URI with a scheme, e.g. 's3://bucket/path/' or 'https://host/path'.";
            case "date-time" -> "write a date and time with a zone, e.g. '2025-01-31T09:00:00Z'.";
            default -> "write a valid " + format + " value.";
        };
        String name = switch (format) {
            case "uri" -> "URI";
            case "date-time" -> "RFC 3339 date-time";
            default -> format;
        };
        return ValidationEvent.warning(OdcsSchemaValidator.FORMAT, yaml.valueLocation(path),
                yaml.subject(path) + " is not a valid " + name + ": '" + value + "'.", hint);
    }

    private ValidationEvent not(SchemaProblem problem) {
        List<Object> path = problem.instancePath();
        JsonNode forbidden = problem.schemaNode().path("required");
        Optional<Node> node = yaml.at(path);
        String present = null;
        for (JsonNode key : forbidden) {
            if (present == null && node.isPresent() && node.get() instanceof MapNode map && map.has(key.asText())) {
                present = key.asText();
            }
        }
        String why = schema.at(problem.parentPointer()).path("description").asText("");
        String reason = why.isEmpty() ? "" : " " + (why.endsWith(".") ? why : why + ".");
        if (present != null) {
            return ValidationEvent.error(OdcsSchemaValidator.SCHEMA, yaml.keyLocation(path, present),
                    "Key '" + present + "' is not allowed " + yaml.where(path) + ".",
                    "remove '" + present + "'." + reason);
        }
        return ValidationEvent.error(OdcsSchemaValidator.SCHEMA, yaml.valueLocation(path),
                yaml.subject(path) + " has a form that is not allowed here.", "change it." + reason);
    }

    private ValidationEvent oneOfMany(SchemaProblem problem) {
        List<Object> path = problem.instancePath();
        if (problem.values().isEmpty()) {
            return ValidationEvent.error(OdcsSchemaValidator.SCHEMA, yaml.valueLocation(path),
                    yaml.subject(path) + " matches more than one of the allowed forms.",
                    "change it so that it matches exactly one form.");
        }
        return ValidationEvent.error(OdcsSchemaValidator.SCHEMA, yaml.valueLocation(path),
                "Only one of " + quoted(problem.values(), "and") + " is allowed " + yaml.where(path) + ".",
                "keep one of " + quoted(problem.values(), "and") + " and remove the others.");
    }

    private ValidationEvent noForm(SchemaProblem problem) {
        List<Object> path = problem.instancePath();
        List<String> forms = new ArrayList<>();
        for (int i = 0; i < problem.values().size(); i++) {
            String form = problem.values().get(i).strip();
            forms.add("(" + (i + 1) + ") " + (form.endsWith(".") ? form.substring(0, form.length() - 1) : form));
        }
        return ValidationEvent.error(OdcsSchemaValidator.SCHEMA, yaml.valueLocation(path),
                yaml.subject(path) + " matches none of the allowed forms: " + String.join("; ", forms) + ".",
                "change " + target(path) + " to one of these forms.");
    }

    private ValidationEvent other(SchemaProblem problem) {
        List<Object> path = problem.instancePath();
        String subject = yaml.subject(path);
        JsonNode limit = problem.schemaNode();
        Optional<Node> node = yaml.at(path);
        int count = node.isPresent() && node.get() instanceof ListNode list ? list.items().size() : 0;
        String description = schema.description(schema.at(problem.parentPointer()));
        String message;
        String hint;
        switch (problem.keyword()) {
            case "pattern" -> {
                message = subject + " does not match the pattern '" + limit.asText() + "': '"
                        + node.map(SchemaEvents::text).orElse("") + "'.";
                hint = "change " + target(path) + (description.isEmpty() ? " to match the pattern." : ": "
                        + description);
            }
            case "minItems" -> {
                message = subject + " needs at least " + limit.asText() + " items, but has " + count + ".";
                hint = "add items to " + target(path) + ".";
            }
            case "maxItems" -> {
                message = subject + " allows at most " + limit.asText() + " items, but has " + count + ".";
                hint = "remove items from " + target(path) + ".";
            }
            case "uniqueItems" -> {
                message = subject + " holds the same item more than once.";
                hint = "remove the repeated items from " + target(path) + ".";
            }
            case "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum" -> {
                String bound = switch (problem.keyword()) {
                    case "minimum" -> "at least ";
                    case "exclusiveMinimum" -> "greater than ";
                    case "maximum" -> "at most ";
                    default -> "less than ";
                };
                message = subject + " must be " + bound + limit.asText() + ", but is "
                        + node.map(SchemaEvents::text).orElse("") + ".";
                hint = "change " + target(path) + " to a number " + bound + limit.asText() + ".";
            }
            default -> {
                String detail = problem.message().replaceFirst("^[^:]*: ", "");
                message = subject + " is invalid: " + detail + (detail.endsWith(".") ? "" : ".");
                hint = "change " + target(path) + " to satisfy the ODCS " + OdcsSchemaValidator.SCHEMA_VERSION
                        + " schema at '#" + problem.schemaPointer() + "'.";
            }
        }
        return ValidationEvent.error(OdcsSchemaValidator.SCHEMA, yaml.valueLocation(path), message, hint);
    }

    /** How a hint names the value at a path: {@code 'key'} or the described list item. */
    private String target(List<Object> path) {
        Object last = path.isEmpty() ? "" : path.get(path.size() - 1);
        return last instanceof String key ? "'" + key + "'" : yaml.describe(path);
    }

    private static String article(String jsonType) {
        return switch (jsonType) {
            case "array" -> "a list";
            case "object" -> "a mapping";
            case "integer" -> "an integer";
            case "null" -> "null";
            default -> "a " + jsonType;
        };
    }

    private static String actual(Node node) {
        if (node instanceof MapNode) {
            return "a mapping";
        }
        if (node instanceof ListNode) {
            return "a list";
        }
        return article(node.typeName());
    }

    private static String text(Node node) {
        return node instanceof ScalarNode scalar ? scalar.asText() : actual(node);
    }

    private static boolean isNumber(String text, boolean decimalAllowed) {
        try {
            BigDecimal value = new BigDecimal(text.strip());
            return decimalAllowed || value.stripTrailingZeros().scale() <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String quoted(List<String> names, String conjunction) {
        return names.stream().map(n -> "'" + n + "'").collect(joining(conjunction));
    }

    /** Joins as "a", "a and b", "a, b and c". */
    private static java.util.stream.Collector<CharSequence, ?, String> joining(String conjunction) {
        return Collectors.collectingAndThen(Collectors.toList(), parts -> {
            if (parts.size() <= 1) {
                return parts.isEmpty() ? "" : parts.get(0).toString();
            }
            return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + conjunction + " "
                    + parts.get(parts.size() - 1);
        });
    }
}
