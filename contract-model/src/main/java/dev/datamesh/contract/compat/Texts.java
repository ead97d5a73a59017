package dev.datamesh.contract.compat;

import dev.datamesh.contract.loader.Node;
import dev.datamesh.contract.loader.Nodes;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Small helpers that write values into change messages. */
final class Texts {

    static final String NONE = "(none)";

    private Texts() {}

    static String quote(String text) {
        return "'" + text + "'";
    }

    /** A quoted value, or {@code (none)} when absent. */
    static String quote(Optional<String> text) {
        return text.map(Texts::quote).orElse(NONE);
    }

    /** A node as short text: scalars as written, lists and mappings in their plain form. */
    static String text(Optional<Node> node) {
        if (node.isEmpty()) {
            return NONE;
        }
        return quote(Nodes.text(node.get()).orElseGet(() -> String.valueOf(node.get().toPlain())));
    }

    /** Quoted values separated by commas: {@code 'a', 'b'}. */
    static String values(List<String> values) {
        return values.stream().map(Texts::quote).collect(Collectors.joining(", "));
    }

    /** Names in parentheses: {@code (order_id, line_number)}, or {@code (none)}. */
    static String names(List<String> names) {
        return names.isEmpty() ? NONE : names.stream().collect(Collectors.joining(", ", "(", ")"));
    }

    /** The text with its first letter in upper case, to start a message with a name. */
    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
