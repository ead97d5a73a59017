package dev.datamesh.generator.etl;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes Python source line by line at an indentation that {@link #indent()} / {@link #dedent()} track (four
 * spaces a level), with {@code \n} line endings. Contract text goes in only through {@link #literal(String)}.
 */
final class PythonWriter {

    private static final String INDENT = "    ";

    private final StringBuilder out = new StringBuilder();
    private int level;

    /** One line of code at the current indentation; an empty line has no indentation. */
    PythonWriter line(String code) {
        if (code.indexOf('\n') >= 0 || code.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("one line at a time: " + code);
        }
        if (!code.isEmpty()) {
            out.append(INDENT.repeat(level)).append(code);
        }
        out.append('\n');
        return this;
    }

    /** Fixed code (never contract text), one {@link #line} per line of {@code block}, at the current indentation. */
    PythonWriter lines(String block) {
        block.lines().forEach(this::line);
        return this;
    }

    PythonWriter blank() {
        return line("");
    }

    /** Writes {@code header} (ending in {@code :} or an open bracket) and indents the lines after it. */
    PythonWriter open(String header) {
        line(header);
        level++;
        return this;
    }

    /** Dedents and writes {@code footer} (a closing bracket), if any. */
    PythonWriter close(String footer) {
        dedent();
        if (!footer.isEmpty()) {
            line(footer);
        }
        return this;
    }

    PythonWriter indent() {
        level++;
        return this;
    }

    PythonWriter dedent() {
        if (level == 0) {
            throw new IllegalStateException("dedent below level 0");
        }
        level--;
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * A Python string literal with the value of {@code text}: single quotes, ASCII only. Backslash, quote and
     * control characters are escaped, every other non-ASCII character as {@code \\uXXXX} or {@code \\UXXXXXXXX},
     * so no text can end the literal, start a line or hide code behind bidirectional controls.
     */
    static String literal(String text) {
        StringBuilder out = new StringBuilder("'");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(String.format("\\U%08x", Character.toCodePoint(c, text.charAt(++i))));
            } else if (c == '\\' || c == '\'') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", (int) c));
            } else if (c > 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    /** A Python list of string literals on one line. */
    static String list(List<String> items) {
        return items.stream().map(PythonWriter::literal).collect(Collectors.joining(", ", "[", "]"));
    }
}
