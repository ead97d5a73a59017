package dev.datamesh.generator.glue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text made fit for Glue's string fields: only the characters Glue's patterns accept, within its length limits.
 *
 * <p>Glue's single-line pattern ({@code Column.Comment}, {@code Owner}) is
 * {@code [\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*}; the multi-line one ({@code Description}) also
 * allows {@code \r} and {@code \n}. Other control characters, lone surrogates and U+FFFE/U+FFFF are dropped, line
 * breaks in single-line text become one space. Lengths count UTF-16 chars (never more than code points), and a
 * cut never splits a surrogate pair; a cut text ends with an ellipsis so readers see that it was cut.
 */
final class GlueText {

    /** Glue's limit for {@code Column.Comment}. */
    static final int COMMENT_MAX = 255;
    /** Glue's limit for {@code TableInput.Description} and {@code DatabaseInput.Description}. */
    static final int DESCRIPTION_MAX = 2048;
    /** Glue's limit for {@code Owner} and names. */
    static final int NAME_MAX = 255;
    /** CloudFormation's limit for a template {@code Description}, in UTF-8 bytes. */
    static final int CFN_DESCRIPTION_MAX_BYTES = 1024;

    private static final String ELLIPSIS = "\u2026";

    private GlueText() {}

    /** A column comment: one line, at most 255 chars; empty when nothing is left. */
    static Optional<String> comment(Optional<String> text) {
        return text.map(t -> truncate(clean(t, false), COMMENT_MAX)).filter(t -> !t.isEmpty());
    }

    /** A table or database description: line breaks kept, at most 2048 chars; empty when nothing is left. */
    static Optional<String> description(Optional<String> text) {
        return text.map(t -> truncate(clean(t, true), DESCRIPTION_MAX)).filter(t -> !t.isEmpty());
    }

    /** One line of at most {@code max} chars; empty when nothing is left. */
    static Optional<String> singleLine(Optional<String> text, int max) {
        return text.map(t -> truncate(clean(t, false), max)).filter(t -> !t.isEmpty());
    }

    /**
     * Keeps the characters Glue accepts. In single-line text each line break ({@code \r\n}, {@code \r} or
     * {@code \n}) becomes one space. Leading and trailing white space is removed.
     */
    static String clean(String text, boolean multiLine) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp == '\r' || cp == '\n') {
                if (multiLine) {
                    out.append((char) cp);
                } else {
                    out.append(' ');
                    if (cp == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        width = 2;
                    }
                }
            } else if (allowed(cp)) {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        return out.toString().strip();
    }

    private static boolean allowed(int cp) {
        return cp == '\t' || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** At most {@code max} chars; a longer text is cut (not inside a surrogate pair) and ends with an ellipsis. */
    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - ELLIPSIS.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** At most {@code maxBytes} UTF-8 bytes; a longer text is cut at a code point boundary, with an ellipsis. */
    static String truncateUtf8(String text, int maxBytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        int budget = maxBytes - ELLIPSIS.getBytes(StandardCharsets.UTF_8).length;
        int bytes = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > budget) {
                break;
            }
            bytes += size;
            i += Character.charCount(cp);
        }
        return text.substring(0, i).stripTrailing() + ELLIPSIS;
    }
}
