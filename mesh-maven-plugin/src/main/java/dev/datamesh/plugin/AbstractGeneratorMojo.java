package dev.datamesh.plugin;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The generator parameters that shape what is generated, shared by the goals that generate: {@code generate}
 * writes the files, {@code register} generates the registered definitions in memory with the same settings.
 */
public abstract class AbstractGeneratorMojo extends AbstractMeshMojo {

    /**
     * The generators to run, by name: {@code glue}, {@code avro}, {@code openapi}, {@code glue-etl}. A list of
     * {@code <generator>} elements or one comma-separated value. Default: {@code glue}, {@code avro},
     * {@code openapi}. {@code mesh:register} always registers the Glue tables and Avro schemas, and the Glue jobs
     * when {@code glue-etl} is listed. Example: {@code -Dmesh.generators=glue,avro,openapi,glue-etl}.
     */
    @Parameter(property = "mesh.generators")
    private List<String> generators;

    /**
     * Options for the generators, by key, e.g.
     * {@code <generatorOptions><glue.csvHeader>true</glue.csvHeader></generatorOptions>}. The dedicated
     * parameters below set the common ones.
     */
    @Parameter
    private Map<String, String> generatorOptions;

    /**
     * Avro timestamps: {@code micros} (default, {@code timestamp-micros}) or {@code millis}.
     * Example: {@code -Dmesh.avro.timestampPrecision=millis}.
     */
    @Parameter(property = "mesh.avro.timestampPrecision")
    private String avroTimestampPrecision;

    /** Avro namespace prefix, dot-separated, e.g. {@code com.acme.mesh}. */
    @Parameter(property = "mesh.avro.namespacePrefix")
    private String avroNamespacePrefix;

    /**
     * Glue table format, overriding the glue/s3 server's {@code format}: parquet, json, csv or iceberg.
     * Example: {@code -Dmesh.glue.format=iceberg}.
     */
    @Parameter(property = "mesh.glue.format")
    private String glueFormat;

    /** OpenAPI server base path, e.g. {@code /sales}. */
    @Parameter(property = "mesh.openapi.basePath")
    private String openApiBasePath;

    /**
     * The package under which each contract's Java client gets its own sub-package named after the data product,
     * e.g. {@code com.acme.sales.client} gives {@code com.acme.sales.client.pos_transactions}. Default
     * {@code datamesh.client}. Other client options go in {@code <generatorOptions>}: {@code javaClient.package},
     * {@code javaClient.modelPackage}, {@code javaClient.modelNamePrefix}, {@code javaClient.modelNameSuffix},
     * {@code javaClient.awsSigner}, {@code javaClient.generatedAnnotation}.
     */
    @Parameter(property = "mesh.javaClient.basePackage")
    private String javaClientBasePackage;

    /** The Java client's class name instead of {@code <Product>Client}, e.g. {@code PosClient}. */
    @Parameter(property = "mesh.javaClient.clientName")
    private String javaClientName;

    /**
     * {@code glue-etl}: the job's Glue version, {@code 5.0} (default) or {@code 4.0}.
     * Example: {@code -Dmesh.glueEtl.glueVersion=4.0}.
     */
    @Parameter(property = "mesh.glueEtl.glueVersion")
    private String glueEtlGlueVersion;

    /**
     * {@code glue-etl}: the job's worker type, default {@code G.1X}. Example: {@code -Dmesh.glueEtl.workerType=G.2X}.
     */
    @Parameter(property = "mesh.glueEtl.workerType")
    private String glueEtlWorkerType;

    /** {@code glue-etl}: the job's number of workers, default 2. Example: {@code -Dmesh.glueEtl.numberOfWorkers=10}. */
    @Parameter(property = "mesh.glueEtl.numberOfWorkers")
    private String glueEtlNumberOfWorkers;

    /**
     * {@code glue-etl}: what the job does when data quality fails: {@code fail} (default), {@code quarantine} (write
     * failing rows aside) or {@code warn}. Example: {@code -Dmesh.glueEtl.dqFailureAction=quarantine}.
     */
    @Parameter(property = "mesh.glueEtl.dqFailureAction")
    private String glueEtlDqFailureAction;

    /** The configured generator names, as given; {@code null} when none are configured. */
    protected final List<String> generators() {
        return generators;
    }

    /** The generator options: {@code generatorOptions} with the dedicated parameters applied over them. */
    protected final Map<String, String> generatorOptions() {
        Map<String, String> options = new TreeMap<>();
        if (generatorOptions != null) {
            options.putAll(generatorOptions);
        }
        put(options, "avro.timestampPrecision", avroTimestampPrecision);
        put(options, "avro.namespacePrefix", avroNamespacePrefix);
        put(options, "glue.format", glueFormat);
        put(options, "openapi.basePath", openApiBasePath);
        put(options, "javaClient.basePackage", javaClientBasePackage);
        put(options, "javaClient.clientName", javaClientName);
        put(options, "glueEtl.glueVersion", glueEtlGlueVersion);
        put(options, "glueEtl.workerType", glueEtlWorkerType);
        put(options, "glueEtl.numberOfWorkers", glueEtlNumberOfWorkers);
        put(options, "glueEtl.dqFailureAction", glueEtlDqFailureAction);
        return options;
    }

    private static void put(Map<String, String> options, String key, String value) {
        if (value != null && !value.isBlank()) {
            options.put(key, value.trim());
        }
    }
}
