package dev.datamesh.contract.validation;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;

/** The bundled ODCS JSON Schema as a tree, for looking up the schema objects behind a failure. */
final class SchemaDocument {

    private static final int MAX_REF_HOPS = 16;

    private final JsonNode root;

    SchemaDocument(JsonNode root) {
        this.root = root;
    }

    /** The schema object at a JSON pointer ({@code ""} is the root), or a missing node. */
    JsonNode at(String pointer) {
        return pointer.isEmpty() ? root : root.at(JsonPointer.compile(pointer));
    }

    /** The schema object reached by following an evaluation path from the root, jumping at each {@code $ref}. */
    JsonNode atEvaluationPath(List<String> path) {
        JsonNode node = root;
        for (String segment : path) {
            if (segment.equals("$ref")) {
                node = refTarget(node);
            } else if (node.isArray()) {
                node = isIndex(segment) ? node.path(Integer.parseInt(segment)) : MissingNode.getInstance();
            } else {
                node = node.path(segment);
            }
        }
        return node;
    }

    /** The JSON pointer a local {@code $ref} of this node points at, or empty when it has none. */
    static String refPointer(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#") ? ref.substring(1) : "";
    }

    /** What a human reads about a schema object: its description or title, looking through {@code $ref}s. */
    String description(JsonNode node) {
        JsonNode current = node;
        for (int hop = 0; hop < MAX_REF_HOPS && current.isObject(); hop++) {
            String text = current.path("description").asText(current.path("title").asText(""));
            if (!text.isEmpty()) {
                return text;
            }
            if (!current.has("$ref")) {
                break;
            }
            current = refTarget(current);
        }
        return "";
    }

    private JsonNode refTarget(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#") ? at(ref.substring(1)) : MissingNode.getInstance();
    }

    static boolean isIndex(String segment) {
        if (segment.isEmpty()) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (!Character.isDigit(segment.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
