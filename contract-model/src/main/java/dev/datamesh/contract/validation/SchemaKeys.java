package dev.datamesh.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys a schema object declares for one contract mapping: its own {@code properties} and those of every
 * subschema that applies to the mapping ({@code $ref}, {@code allOf}, the {@code then}/{@code else} chosen by
 * {@code if}, the matching {@code oneOf}/{@code anyOf} branches, or all of them when none matches).
 *
 * <p>The library reports a key as "not evaluated" whenever the subschema declaring it failed for another reason;
 * such a key is not unknown, and the other failure is the one to report.
 */
final class SchemaKeys {

    private static final int MAX_DEPTH = 32;

    private final SchemaRegistry registry;
    private final String baseIri;
    private final SchemaDocument document;
    /** Subschemas compiled on first use (the if-conditions and combinator branches); owned by this instance. */
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    SchemaKeys(SchemaRegistry registry, String baseIri, SchemaDocument document) {
        this.registry = registry;
        this.baseIri = baseIri;
        this.document = document;
    }

    /** The keys known for {@code instance} under the schema object at {@code pointer}, in schema order. */
    Set<String> known(String pointer, JsonNode instance) {
        Set<String> keys = new LinkedHashSet<>();
        collect(pointer, instance, keys, 0);
        return keys;
    }

    private void collect(String pointer, JsonNode instance, Set<String> keys, int depth) {
        JsonNode node = document.at(pointer);
        if (!node.isObject() || depth > MAX_DEPTH) {
            return;
        }
        node.path("properties").fieldNames().forEachRemaining(keys::add);
        if (node.has("$ref") && !SchemaDocument.refPointer(node).isEmpty()) {
            collect(SchemaDocument.refPointer(node), instance, keys, depth + 1);
        }
        for (int i = 0; i < node.path("allOf").size(); i++) {
            collect(pointer + "/allOf/" + i, instance, keys, depth + 1);
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            List<String> branches = new ArrayList<>();
            for (int i = 0; i < node.path(combinator).size(); i++) {
                branches.add(pointer + "/" + combinator + "/" + i);
            }
            List<String> matching = branches.stream().filter(b -> matches(b, instance)).toList();
            for (String branch : matching.isEmpty() ? branches : matching) {
                collect(branch, instance, keys, depth + 1);
            }
        }
        if (node.has("if")) {
            String chosen = matches(pointer + "/if", instance) ? "/then" : "/else";
            if (node.has(chosen.substring(1))) {
                collect(pointer + chosen, instance, keys, depth + 1);
            }
        }
    }

    private boolean matches(String pointer, JsonNode instance) {
        Schema schema = compiled.computeIfAbsent(pointer, p -> {
            Schema sub = registry.getSchema(SchemaLocation.of(baseIri + "#" + p));
            sub.initializeValidators(); // before it is shared between threads
            return sub;
        });
        return schema.validate(instance).isEmpty();
    }
}
