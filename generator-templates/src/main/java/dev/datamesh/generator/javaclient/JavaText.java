package dev.datamesh.generator.javaclient;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Java names and literals for generated sources: keywords, identifiers, package names and string escapes. */
final class JavaText {

    /** Keywords, literals and the contextual names that cannot be a type or package name. */
    static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
            "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
            "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits", "non-sealed", "_");

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private JavaText() {}

    static boolean isIdentifier(String text) {
        return IDENTIFIER.matcher(text).matches() && !RESERVED.contains(text);
    }

    /** A dot-separated package name of identifiers, none of them reserved. */
    static boolean isPackage(String text) {
        if (text.isEmpty() || text.startsWith(".") || text.endsWith(".")) {
            return false;
        }
        for (String part : text.split("\\.", -1)) {
            if (!isIdentifier(part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A package segment from a contract key: {@code pos-transactions} becomes {@code pos_transactions}; a leading
     * digit gets a {@code p} in front, a reserved word a trailing {@code _}.
     */
    static String packageSegment(String key) {
        String segment = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (segment.isEmpty() || Character.isDigit(segment.charAt(0))) {
            segment = "p" + segment;
        }
        return RESERVED.contains(segment) ? segment + "_" : segment;
    }

    /** {@code pos-transactions} becomes {@code PosTransactions}. */
    static String pascal(String key) {
        StringBuilder out = new StringBuilder();
        for (String word : key.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        String name = out.toString();
        return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "Api" + name : name;
    }

    /** The content of a Java string literal for {@code text}: quotes, backslashes and controls escaped. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Text safe inside a Javadoc comment, on one line: no comment end, no unicode escape, HTML special characters
     * as entities, line breaks as spaces.
     */
    static String doc(String text) {
        String flat = text.replaceAll("\\s+", " ").trim();
        StringBuilder out = new StringBuilder(flat.length() + 16);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(i > 0 && flat.charAt(i - 1) == '*' ? "&#47;" : "/");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
