package dev.datamesh.generator.avro;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns contract names into names Avro accepts everywhere ({@code [A-Za-z_][A-Za-z0-9_]*}, the rule of the Avro
 * specification and of its strict parsers), deterministically.
 */
final class AvroNames {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern NOT_NAME_CHARS = Pattern.compile("[^A-Za-z0-9_]");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^A-Za-z0-9]+");

    private AvroNames() {}

    static boolean isValid(String name) {
        return NAME.matcher(name).matches();
    }

    /**
     * A record name in PascalCase: {@code pos_transactions} becomes {@code PosTransactions}, {@code AnObject} stays.
     * Accents are dropped ({@code ß} becomes {@code ss}), other characters separate words, a leading digit gets a
     * {@code _} prefix.
     */
    static String recordName(String text) {
        StringBuilder name = new StringBuilder();
        for (String word : WORD_SEPARATORS.split(ascii(text))) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        return leadingDigit(name.isEmpty() ? "Record" : name.toString());
    }

    /**
     * A field name: the column name itself when it is a valid Avro name, else accents dropped, every other invalid
     * character replaced by {@code _}, and a {@code _} prefix before a leading digit ({@code 1st-value} becomes
     * {@code _1st_value}).
     */
    static String fieldName(String column) {
        if (isValid(column)) {
            return column;
        }
        String name = NOT_NAME_CHARS.matcher(ascii(column)).replaceAll("_");
        return leadingDigit(name.isEmpty() ? "_" : name);
    }

    /** One lower-case namespace segment: {@code Point of Sale} becomes {@code point_of_sale}. */
    static String namespaceSegment(String text) {
        String segment = WORD_SEPARATORS.matcher(ascii(text).toLowerCase(Locale.ROOT)).replaceAll("_")
                .replaceAll("^_+|_+$", "");
        return leadingDigit(segment.isEmpty() ? "_" : segment);
    }

    /** Whether every dot-separated part of a namespace is a valid name. */
    static boolean isValidNamespace(String namespace) {
        for (String part : namespace.split("\\.", -1)) {
            if (!isValid(part)) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").replace("ß", "ss");
    }

    private static String leadingDigit(String name) {
        return Character.isDigit(name.charAt(0)) ? "_" + name : name;
    }

    /**
     * Hands out names that are unique ignoring case, adding {@code 2}, {@code 3}, ... (after {@code separator}) to
     * a name already taken. Ignoring case keeps generated class and file names apart on case-insensitive file
     * systems. Used within one generator call only.
     */
    static final class Registry {

        private final Set<String> taken = new HashSet<>();
        private final String separator;

        Registry(String separator) {
            this.separator = separator;
        }

        /** Whether a name is taken, ignoring case. */
        boolean contains(String name) {
            return taken.contains(name.toLowerCase(Locale.ROOT));
        }

        String allocate(String base) {
            String name = base;
            for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
                name = base + separator + i;
            }
            return name;
        }
    }
}
