package dev.datamesh.generator.glue;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The storage format of a Glue table, with the input/output formats, SerDe and {@code classification} that Athena,
 * Glue ETL and Spark expect for it.
 *
 * <p>CSV uses the Open CSV SerDe ({@code org.apache.hadoop.hive.serde2.OpenCSVSerde}): Athena documents it as the
 * SerDe for CSV whose values may be enclosed in double quotes, and any CSV writer quotes a value that holds the
 * separator, a quote or a line break. LazySimpleSerDe with {@code field.delim ','} would split such a value. Its
 * limits, as documented by Athena: no embedded line breaks, {@code timestamp} as UNIX milliseconds and
 * {@code date} as days since the epoch, no nested types.
 *
 * <p>Iceberg tables carry no input/output format or SerDe: Glue writes the Iceberg metadata itself when the
 * CreateTable request holds {@code OpenTableFormatInput.IcebergInput}.
 */
public enum GlueFormat {

    PARQUET("parquet", "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
            "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat",
            "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe", Map.of("serialization.format", "1")),
    JSON("json", "org.apache.hadoop.mapred.TextInputFormat",
            "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat", "org.openx.data.jsonserde.JsonSerDe",
            Map.of()),
    CSV("csv", "org.apache.hadoop.mapred.TextInputFormat",
            "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat", "org.apache.hadoop.hive.serde2.OpenCSVSerde",
            orderedOf("separatorChar", ",", "quoteChar", "\"", "escapeChar", "\\")),
    ICEBERG("iceberg", "", "", "", Map.of());

    private final String id;
    private final String inputFormat;
    private final String outputFormat;
    private final String serializationLibrary;
    private final Map<String, String> serdeParameters;

    GlueFormat(String id, String inputFormat, String outputFormat, String serializationLibrary,
            Map<String, String> serdeParameters) {
        this.id = id;
        this.inputFormat = inputFormat;
        this.outputFormat = outputFormat;
        this.serializationLibrary = serializationLibrary;
        this.serdeParameters = serdeParameters;
    }

    /** The format for a server's {@code format} or the {@code glue.format} option, case-insensitive. */
    public static Optional<GlueFormat> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
    }

    /** The accepted names, for messages: {@code parquet, json, csv, iceberg}. */
    public static String names() {
        return Arrays.stream(values()).map(GlueFormat::id).collect(Collectors.joining(", "));
    }

    /** The name in contracts and options, and the table's {@code classification} (except for Iceberg). */
    public String id() {
        return id;
    }

    public boolean isIceberg() {
        return this == ICEBERG;
    }

    String inputFormat() {
        return inputFormat;
    }

    String outputFormat() {
        return outputFormat;
    }

    String serializationLibrary() {
        return serializationLibrary;
    }

    /** SerDe parameters in output order. */
    Map<String, String> serdeParameters() {
        return serdeParameters;
    }

    private static Map<String, String> orderedOf(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
