package dev.datamesh.plugin;

import dev.datamesh.contract.validation.Severity;
import dev.datamesh.generator.build.IncrementalBuild;
import dev.datamesh.plugin.core.GenerateCommand;
import dev.datamesh.plugin.core.MeshConfiguration;
import dev.datamesh.plugin.core.MeshException;
import dev.datamesh.plugin.core.MeshLog;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.inject.Inject;
import org.apache.maven.model.Resource;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.build.BuildContext;

/**
 * Generates, from each contract, the artifacts a producer otherwise writes by hand: Glue table definitions and a
 * CloudFormation template ({@code glue}), Avro schemas ({@code avro}), an OpenAPI spec ({@code openapi}) and, when
 * chosen, a typed Java client of that spec ({@code java-client}, Java sources added to the compile source roots).
 * Validates first (nothing is written on an error), regenerates only what changed, removes the outputs of
 * removed contracts, and adds the output directory to the build's resources under {@code mesh/}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMeshMojo {

    /**
     * The generators to run, by name: {@code glue}, {@code avro}, {@code openapi}, {@code java-client}. A list of
     * {@code <generator>} elements or one comma-separated value. Default: {@code glue}, {@code avro} and
     * {@code openapi}; a client module chooses {@code java-client} alone.
     */
    @Parameter(property = "mesh.generators")
    private List<String> generators;

    /** Where generated files are written; added to the build's resources with target path {@code mesh}. */
    @Parameter(property = "mesh.outputDirectory", defaultValue = "${project.build.directory}/generated-resources/mesh")
    private File outputDirectory;

    /** Where generated Java sources are written; added to the build's compile source roots. */
    @Parameter(property = "mesh.sourcesDirectory", defaultValue = "${project.build.directory}/generated-sources/mesh")
    private File sourcesDirectory;

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

    /** Where the incremental-build state is kept. */
    @Parameter(defaultValue = "${project.build.directory}/mesh-state/generate.json", readonly = true)
    private File stateFile;

    /**
     * The SLF4J logger-level property of Maven's logger for openapi-generator (which the {@code java-client}
     * generator runs): its INFO chatter would otherwise fill the user's build log. A level the user sets with
     * {@code -Dorg.slf4j.simpleLogger.log.org.openapitools=info} wins.
     */
    static final String OPENAPI_GENERATOR_LOG_LEVEL = "org.slf4j.simpleLogger.log.org.openapitools";

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    private final BuildContext buildContext;

    @Inject
    public GenerateMojo(BuildContext buildContext) {
        this.buildContext = buildContext;
    }

    @Override
    protected String goal() {
        return "generate";
    }

    @Override
    protected void execute(MeshConfiguration configuration, MeshLog log)
            throws IOException, InterruptedException, MeshException {
        Path output = outputDirectory.toPath().toAbsolutePath().normalize();
        Path sources = sourcesDirectory.toPath().toAbsolutePath().normalize();
        if (System.getProperty(OPENAPI_GENERATOR_LOG_LEVEL) == null) {
            // Read when openapi-generator's loggers are created, which happens on its first use in this JVM.
            System.setProperty(OPENAPI_GENERATOR_LOG_LEVEL, "off");
        }
        GenerateCommand.Settings settings = new GenerateCommand.Settings(generators, options(), output, sources,
                stateFile.toPath().toAbsolutePath().normalize(), pluginVersion);
        IncrementalBuild.Outcome outcome = new GenerateCommand(configuration, settings, log).run();
        report(outcome, configuration.baseDir());
        addResources(output);
        if (Files.isDirectory(sources)) {
            project.addCompileSourceRoot(sources.toString());
        }
    }

    private Map<String, String> options() {
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
        return options;
    }

    private static void put(Map<String, String> options, String key, String value) {
        if (value != null && !value.isBlank()) {
            options.put(key, value.trim());
        }
    }

    /** Tells an IDE's incremental build which files changed and where the contract problems are. */
    private void report(IncrementalBuild.Outcome outcome, Path baseDir) {
        outcome.written().forEach(p -> buildContext.refresh(p.toFile()));
        outcome.deleted().forEach(p -> buildContext.refresh(p.toFile()));
        outcome.events().forEach(e -> {
            File file = baseDir.resolve(e.location().file()).toFile();
            int severity = e.severity() == Severity.ERROR ? BuildContext.SEVERITY_ERROR : BuildContext.SEVERITY_WARNING;
            if (e.severity() != Severity.NOTE) {
                buildContext.addMessage(file, e.location().line(), e.location().column(), e.message(), severity, null);
            }
        });
    }

    private void addResources(Path output) {
        String directory = output.toString();
        boolean present = project.getResources().stream().anyMatch(r -> directory.equals(r.getDirectory()));
        if (!present) {
            Resource resource = new Resource();
            resource.setDirectory(directory);
            resource.setTargetPath("mesh");
            project.addResource(resource);
        }
    }
}
