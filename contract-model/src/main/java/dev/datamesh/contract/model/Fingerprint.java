package dev.datamesh.contract.model;

import dev.datamesh.contract.loader.ListNode;
import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.Node;
import dev.datamesh.contract.loader.ScalarNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * The canonical fingerprint of a contract: SHA-256 over a normalised form in which mapping keys are sorted,
 * numbers are compared by value ({@code 1.50} equals {@code 1.5}) and comments, quoting and layout are gone.
 * List order is kept: the order of columns and rules is meaningful.
 */
public final class Fingerprint {

    private Fingerprint() {}

    /** Hex SHA-256 of the normalised node tree. */
    public static String of(Node root) {
        return sha256(canonical(root));
    }

    /** The normalised form as text; stable across runs and platforms. */
    public static String canonical(Node root) {
        StringBuilder out = new StringBuilder();
        write(root, out);
        return out.toString();
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static void write(Node node, StringBuilder out) {
        if (node instanceof MapNode map) {
            TreeMap<String, Node> sorted = new TreeMap<>();
            map.entries().values().forEach(e -> sorted.put(e.key(), e.value()));
            out.append('{');
            boolean first = true;
            for (var entry : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(entry.getKey(), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (node instanceof ListNode list) {
            out.append('[');
            for (int i = 0; i < list.items().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.items().get(i), out);
            }
            out.append(']');
        } else {
            ScalarNode scalar = (ScalarNode) node;
            Object value = scalar.value();
            if (value == null) {
                out.append("null");
            } else if (value instanceof String s) {
                quote(s, out);
            } else if (value instanceof BigInteger b) {
                out.append(b);
            } else if (value instanceof BigDecimal d) {
                out.append(d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
            } else {
                out.append(value);
            }
        }
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
