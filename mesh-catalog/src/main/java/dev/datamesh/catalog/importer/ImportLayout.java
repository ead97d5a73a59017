package dev.datamesh.catalog.importer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How imported tables are grouped into contracts: all tables of the source in one, or one contract per table. */
public enum ImportLayout {

    /** One contract per Glue database (or per Avro source), holding every imported table. */
    DATABASE,
    /** One contract per table (per {@code .avsc} file). */
    TABLE;

    /** The layout for {@code database} or {@code table}, ignoring case. */
    public static Optional<ImportLayout> parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.id().equals(wanted)).findFirst();
    }

    /** The accepted names, for messages: {@code database, table}. */
    public static String names() {
        return Arrays.stream(values()).map(ImportLayout::id).collect(Collectors.joining(", "));
    }

    /** The name users write: {@code database} or {@code table}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
