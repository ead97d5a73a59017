package dev.datamesh.contract.types;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a {@code physicalType} as a Glue / Hive scalar type, when it is one. */
final class HiveType {

    private static final Pattern CHARS = Pattern.compile("(varchar|char)\\s*\\(\\s*(\\d{1,9})\\s*\\)");
    private static final Pattern DECIMAL =
            Pattern.compile("(decimal|numeric)\\s*(?:\\(\\s*(-?\\d{1,9})\\s*(?:,\\s*(-?\\d{1,9})\\s*)?\\))?");
    private static final Map<String, DataType.Kind> SIMPLE = Map.ofEntries(
            Map.entry("string", DataType.Kind.STRING),
            Map.entry("tinyint", DataType.Kind.TINYINT),
            Map.entry("smallint", DataType.Kind.SMALLINT),
            Map.entry("int", DataType.Kind.INT),
            Map.entry("integer", DataType.Kind.INT),
            Map.entry("bigint", DataType.Kind.BIGINT),
            Map.entry("float", DataType.Kind.FLOAT),
            Map.entry("double", DataType.Kind.DOUBLE),
            Map.entry("boolean", DataType.Kind.BOOLEAN),
            Map.entry("date", DataType.Kind.DATE),
            Map.entry("timestamp", DataType.Kind.TIMESTAMP),
            Map.entry("binary", DataType.Kind.BINARY));

    /** Hive's default for a bare {@code decimal}. */
    static final int DEFAULT_PRECISION = 10;

    private HiveType() {}

    /** The scalar Glue type a physicalType names, or empty when it names none (e.g. {@code VARCHAR2}, {@code text}). */
    static Optional<DataType> parse(String physicalType) {
        String text = physicalType.trim().toLowerCase(Locale.ROOT);
        DataType.Kind kind = SIMPLE.get(text);
        if (kind != null) {
            return Optional.of(DataType.Primitive.of(kind));
        }
        Matcher chars = CHARS.matcher(text);
        if (chars.matches()) {
            return Optional.of(new DataType.Primitive(DataType.Kind.STRING, Integer.parseInt(chars.group(2)),
                    chars.group(1).equals("char")));
        }
        Matcher decimal = DECIMAL.matcher(text);
        if (decimal.matches()) {
            int precision = decimal.group(2) == null ? DEFAULT_PRECISION : Integer.parseInt(decimal.group(2));
            int scale = decimal.group(3) == null ? 0 : Integer.parseInt(decimal.group(3));
            return Optional.of(new DataType.Decimal(precision, scale));
        }
        return Optional.empty();
    }
}
