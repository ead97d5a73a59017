package dev.datamesh.plugin;

import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The generator options of the goals that run generators: {@code generate} writes their output, {@code
 * compatibility} regenerates the Avro schemas and OpenAPI specs in memory with the same options, so that both see
 * the same definitions.
 */
public abstract class AbstractGeneratorMojo extends AbstractMeshMojo {

    /**
     * Options for the generators, by key, e.g.
     * {@code <generatorOptions><glue.csvHeader>true</glue.csvHeader></generatorOptions>}. The dedicated
     * parameters below set the common ones.
     */
    @Parameter
    private Map<String, String> generatorOptions;

    /** Avro timestamps: {@code micros} (default, {@code timestamp-micros}) or {@code millis}. */
    @Parameter(property = "mesh.avro.timestampPrecision")
    private String avroTimestampPrecision;

    /** Avro namespace prefix, dot-separated, e.g. {@code com.acme.mesh}. */
    @Parameter(property = "mesh.avro.namespacePrefix")
    private String avroNamespacePrefix;

    /** Glue table format, overriding the glue/s3 server's {@code format}: parquet, json, csv or iceberg. */
    @Parameter(property = "mesh.glue.format")
    private String glueFormat;

    /** OpenAPI server base path, e.g. {@code /sales}. */
    @Parameter(property = "mesh.openapi.basePath")
    private String openApiBasePath;

    /** The generator options: {@code generatorOptions} with the dedicated parameters over them. */
    protected final Map<String, String> generatorOptions() {
        Map<String, String> options = new TreeMap<>();
        if (generatorOptions != null) {
            options.putAll(generatorOptions);
        }
        put(options, "avro.timestampPrecision", avroTimestampPrecision);
        put(options, "avro.namespacePrefix", avroNamespacePrefix);
        put(options, "glue.format", glueFormat);
        put(options, "openapi.basePath", openApiBasePath);
        return options;
    }

    private static void put(Map<String, String> options, String key, String value) {
        if (value != null && !value.isBlank()) {
            options.put(key, value.trim());
        }
    }
}
