package dev.datamesh.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One JSON Schema failure, detached from the library: the failing keyword, where in the contract (a path of keys
 * and list indexes), where in the schema, and the values the message needs.
 *
 * @param keyword the schema keyword that failed, or one of the synthetic keywords made when collapsing combinators
 * @param instancePath keys ({@code String}) and list indexes ({@code Integer}) from the contract root
 * @param evaluationPath the schema keywords followed to get there, {@code $ref} hops included
 * @param schemaPointer JSON pointer of the failing keyword inside the ODCS schema document
 * @param schemaNode the failing keyword's value in the schema (e.g. the enum list)
 * @param arguments the library's message arguments, as text
 * @param property the key concerned for {@code required} and unevaluated/additional properties, else empty
 * @param values expected types for {@code type}, allowed values for {@code enum}, keys or descriptions for the
 *     synthetic keywords
 */
record SchemaProblem(String keyword, List<Object> instancePath, List<String> evaluationPath, String schemaPointer,
        JsonNode schemaNode, List<String> arguments, String property, String message, List<String> values) {

    /** Every branch of a combinator failed only for a missing key: one of these keys is needed. */
    static final String REQUIRED_ONE_OF = "x-required-one-of";
    /** A oneOf matched more than one branch, each required by one of these keys. */
    static final String ONE_OF_MANY = "x-one-of-many";
    /** No branch of a combinator matched and none is closer than the others; values are their descriptions. */
    static final String NO_FORM = "x-no-form";

    SchemaProblem {
        Objects.requireNonNull(keyword, "keyword == null");
        instancePath = List.copyOf(instancePath);
        evaluationPath = List.copyOf(evaluationPath);
        schemaNode = schemaNode == null ? MissingNode.getInstance() : schemaNode;
        arguments = List.copyOf(arguments);
        property = property == null ? "" : property;
        message = message == null ? "" : message;
        values = List.copyOf(values);
    }

    static SchemaProblem from(Error error) {
        JsonNode schemaNode = error.getSchemaNode();
        List<String> arguments = error.getArguments() == null ? List.of()
                : Arrays.stream(error.getArguments()).map(String::valueOf).toList();
        return new SchemaProblem(error.getKeyword(), elements(error.getInstanceLocation()),
                elements(error.getEvaluationPath()).stream().map(String::valueOf).toList(),
                pointer(elements(error.getSchemaLocation().getFragment())), schemaNode, arguments,
                error.getProperty(), error.getMessage(), values(error.getKeyword(), schemaNode));
    }

    static SchemaProblem synthetic(String keyword, List<Object> instancePath, List<String> evaluationPath,
            List<String> values) {
        return new SchemaProblem(keyword, instancePath, evaluationPath, "", null, List.of(), "", "", values);
    }

    SchemaProblem withEvaluationPath(List<String> path) {
        return new SchemaProblem(keyword, instancePath, path, schemaPointer, schemaNode, arguments, property,
                message, values);
    }

    /** The JSON pointer of the schema object holding the failing keyword. */
    String parentPointer() {
        int slash = schemaPointer.lastIndexOf('/');
        return slash <= 0 ? "" : schemaPointer.substring(0, slash);
    }

    private static List<Object> elements(NodePath path) {
        List<Object> elements = new ArrayList<>();
        if (path != null) {
            for (int i = 0; i < path.getNameCount(); i++) {
                elements.add(path.getElement(i));
            }
        }
        return elements;
    }

    private static String pointer(List<Object> elements) {
        StringBuilder pointer = new StringBuilder();
        for (Object element : elements) {
            pointer.append('/').append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    private static List<String> values(String keyword, JsonNode schemaNode) {
        if (schemaNode == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        switch (keyword) {
            case "type", "enum" -> {
                if (schemaNode.isArray()) {
                    schemaNode.forEach(v -> values.add(v.isValueNode() ? v.asText() : v.toString()));
                } else {
                    values.add(schemaNode.asText());
                }
            }
            case "const" -> values.add(schemaNode.isValueNode() ? schemaNode.asText() : schemaNode.toString());
            case "format" -> values.add(schemaNode.asText());
            default -> { }
        }
        return values;
    }
}
