package dev.datamesh.generator.lambda;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Java identifiers derived from contract names, escaped against keywords and the methods every object has, and
 * handed out unique within one scope (one instance per scope).
 */
final class JavaNames {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+");
    private static final int MAX_LENGTH = 100;

    /** Keywords, literals and restricted identifiers: never a field, parameter or package name as they are. */
    static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
            "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
            "long", "native", "new", "package", "private", "protected", "public", "return", "short", "static",
            "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "_", "var", "yield", "record", "sealed", "permits",
            "exports", "module", "open", "opens", "provides", "requires", "to", "transitive", "uses", "with");

    /** Zero-argument methods of Object (and of records): a record component of that name would not compile. */
    static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "getClass", "notify", "notifyAll",
            "wait", "clone", "finalize", "equals");

    private final Set<String> taken = new HashSet<>();

    /** Marks names as used, e.g. the methods a generated class declares besides its components. */
    JavaNames reserve(String... names) {
        for (String name : names) {
            taken.add(name.toLowerCase(Locale.ROOT));
        }
        return this;
    }

    /**
     * Claims {@code base}, or {@code base2}, {@code base3}, ... when taken. Case-insensitive, so that classes do not
     * collide on case-insensitive file systems and members stay tellable apart.
     */
    String claim(String base) {
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            name = base + i;
        }
        return name;
    }

    /** {@code sale_date} becomes {@code saleDate}; keywords get a trailing '_'; never empty. */
    static String member(String text) {
        String pascal = pascal(text);
        String name = pascal.isEmpty() ? "value" : Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
        if (Character.isDigit(name.charAt(0))) {
            name = "v" + name;
        }
        return KEYWORDS.contains(name) || OBJECT_METHODS.contains(name) ? name + "_" : name;
    }

    /** {@code pos_transactions} becomes {@code PosTransactions}; {@code fallback} when nothing is left. */
    static String type(String text, String fallback) {
        String name = pascal(text);
        return name.isEmpty() || Character.isDigit(name.charAt(0)) ? fallback + name : name;
    }

    /** A package segment: lower-case ASCII letters, digits and '_'; keywords get a trailing '_'. */
    static String packageSegment(String text) {
        String segment = ascii(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (segment.length() > MAX_LENGTH) {
            segment = segment.substring(0, MAX_LENGTH);
        }
        if (segment.isEmpty() || Character.isDigit(segment.charAt(0))) {
            segment = "api" + segment;
        }
        return KEYWORDS.contains(segment) ? segment + "_" : segment;
    }

    /** A dotted package name made of valid segments, or an exception naming the option. */
    static String checkPackage(String name, String option) {
        for (String segment : name.split("\\.", -1)) {
            if (!segment.matches("[A-Za-z_][A-Za-z0-9_]*") || KEYWORDS.contains(segment)) {
                throw new IllegalArgumentException("option " + option + " must be a Java package name such as "
                        + "com.acme.sales.api, not '" + name + "'");
            }
        }
        return name;
    }

    /** Each ASCII word capitalised, all-capital words lower-cased first; at most 100 characters. */
    static String pascal(String text) {
        Matcher words = WORD.matcher(ascii(text));
        StringBuilder out = new StringBuilder();
        while (words.find() && out.length() < MAX_LENGTH) {
            String word = words.group();
            if (word.equals(word.toUpperCase(Locale.ROOT))) {
                word = word.toLowerCase(Locale.ROOT);
            }
            out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
        }
        return out.length() > MAX_LENGTH ? out.substring(0, MAX_LENGTH) : out.toString();
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    }
}
