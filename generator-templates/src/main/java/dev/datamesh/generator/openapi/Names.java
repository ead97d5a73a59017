package dev.datamesh.generator.openapi;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names one spec hands out (component schemas, URL path segments, parameters), each unique within its
 * namespace; one instance per generated spec.
 */
final class Names {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+");
    private static final int MAX_LENGTH = 100;

    private final Set<String> taken = new HashSet<>();

    /**
     * Claims {@code base}, or {@code base2}, {@code base3}, ... when taken. Case-insensitive, so that the Java
     * classes generated from the names do not collide on case-insensitive file systems.
     */
    String claim(String base) {
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            name = base + i;
        }
        return name;
    }

    /** Like {@link #claim} with {@code base-2}, {@code base-3}, ... for URL path segments. */
    String claimSegment(String base) {
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    /**
     * {@code pos_transactions} and {@code POS Transactions} become {@code PosTransactions}: ASCII letters and digits
     * only (accents dropped), each word capitalised, all-capital words lower-cased first. Empty when nothing is left.
     */
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

    /** A type name: {@link #pascal} with {@code fallback} in front when empty or starting with a digit. */
    static String typeName(String text, String fallback) {
        String name = pascal(text);
        return name.isEmpty() || Character.isDigit(name.charAt(0)) ? fallback + name : name;
    }

    /** A URL path segment: lower-case ASCII letters, digits, '_' and '-'; other runs become one '-'. */
    static String segment(String text, String fallback) {
        String slug = ascii(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /**
     * A parameter name usable in a path template: the column name when it is made of ASCII letters, digits,
     * '_', '.' and '-' only; otherwise every other character becomes '_'.
     */
    static String parameter(String column) {
        String name = column.replaceAll("[^A-Za-z0-9_.-]", "_");
        return name.isEmpty() ? "_" : name;
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    }
}
