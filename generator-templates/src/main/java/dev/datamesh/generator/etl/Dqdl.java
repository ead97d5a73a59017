package dev.datamesh.generator.etl;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Text for DQDL (AWS Glue Data Quality Definition Language) from contract values. A ruleset must be printable ASCII
 * (the pattern of Glue's {@code Ruleset} API field); what cannot be written faithfully in it is reported as empty
 * rather than bent.
 *
 * <p>Quoting differs by position, as AWS's parser reads it: a condition's string value ({@code = "x"},
 * {@code in ["x"]}) loses one backslash before every character, so {@code \} and {@code "} are escaped; a rule
 * parameter (column, SQL statement) and a {@code matches} regex are taken as written between the quotes, so a
 * parameter may hold no {@code "}, and in a regex a {@code "} becomes {@code \"}, which the regex reads as a quote.
 */
final class Dqdl {

    private Dqdl() {}

    /** A condition's string value in quotes, when the value is printable ASCII. */
    static Optional<String> stringValue(String value) {
        if (!isPrintableAscii(value)) {
            return Optional.empty();
        }
        return Optional.of("\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }

    /**
     * A rule parameter in quotes: printable ASCII (line breaks allowed, for SQL) without {@code "}, not ending in a
     * backslash that would escape the closing quote.
     */
    static Optional<String> parameter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || (c != '\n' && (c < 0x20 || c > 0x7e))) {
                return Optional.empty();
            }
        }
        if (value.isEmpty() || value.endsWith("\\")) {
            return Optional.empty();
        }
        return Optional.of("\"" + value + "\"");
    }

    /** A column name (a checked Glue name) as a rule parameter. */
    static String column(String glueName) {
        return parameter(glueName).orElseThrow(() -> new IllegalStateException("not a Glue name: " + glueName));
    }

    /**
     * A regular expression (Java syntax, as Spark runs it) in quotes for {@code matches}, meaning the same: every
     * character outside printable ASCII becomes {@code \x{h..h}}, a {@code "} becomes {@code \"}, escape pairs stay
     * as they are; inside {@code \Q...\E}, where a backslash escapes nothing, the quote is closed around such a
     * character. Empty for a pattern ending in a lone backslash (no valid regex).
     */
    static Optional<String> regex(String pattern) {
        StringBuilder out = new StringBuilder("\"");
        boolean quoted = false;
        int i = 0;
        while (i < pattern.length()) {
            int cp = pattern.codePointAt(i);
            i += Character.charCount(cp);
            if (quoted) {
                if (cp == '\\' && pattern.startsWith("E", i)) {
                    out.append("\\E");
                    i++;
                    quoted = false;
                } else if (cp == '"' || !isPrintableAscii(cp)) {
                    out.append("\\E").append(cp == '"' ? "\\\"" : hex(cp)).append("\\Q");
                } else {
                    out.append((char) cp);
                }
            } else if (cp == '\\') {
                if (i >= pattern.length()) {
                    return Optional.empty();
                }
                int next = pattern.codePointAt(i);
                i += Character.charCount(next);
                quoted = next == 'Q';
                out.append(isPrintableAscii(next) ? "\\" + (char) next : hex(next));
            } else if (cp == '"') {
                out.append("\\\"");
            } else {
                out.append(isPrintableAscii(cp) ? String.valueOf((char) cp) : hex(cp));
            }
        }
        if (quoted) {
            out.append("\\E");
        }
        return Optional.of(out.append('"').toString());
    }

    /** A regex matching exactly one literal value: letters, digits and '_' as they are, the rest as {@code \x{..}}. */
    static String literalRegex(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(cp -> out.append(cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == '_')
                ? String.valueOf((char) cp) : hex(cp)));
        return out.toString();
    }

    /** A number as DQDL writes it: plain digits, no exponent. */
    static String number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.signum() == 0 ? BigDecimal.ZERO : stripped).toPlainString();
    }

    /** Contract text for a {@code #} comment: one line of printable ASCII, other characters as '?', shortened. */
    static String comment(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.append(cp == '\n' || cp == '\r' || cp == '\t' ? ' '
                : isPrintableAscii(cp) ? (char) cp : '?'));
        String line = out.toString().replaceAll(" {2,}", " ").strip();
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }

    static boolean isPrintableAscii(String value) {
        return value.chars().allMatch(Dqdl::isPrintableAscii);
    }

    private static boolean isPrintableAscii(int cp) {
        return cp >= 0x20 && cp <= 0x7e;
    }

    private static String hex(int cp) {
        return "\\x{" + Integer.toHexString(cp).toLowerCase(Locale.ROOT) + "}";
    }
}
