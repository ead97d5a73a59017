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
 * selected, the Lambda handlers of that API with a SAM template ({@code lambda}: Java sources) or a typed Java client
 * of that spec ({@code java-client}, Java sources added to the compile source roots).
 * Validates first (nothing is written on an error), regenerates only what changed, removes the outputs of
 * removed contracts, and adds the output directory to the build's resources under {@code mesh/}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractGeneratorMojo {

    /** The folder of the jar (and of the classes directory) that holds the generated files. */
    private static final String RESOURCE_TARGET_PATH = "mesh";

    /**
     * Where generated files are written; added to the build's resources with target path {@code mesh}.
     * Example: {@code -Dmesh.outputDirectory=target/mesh}.
     */
    @Parameter(property = "mesh.outputDirectory", defaultValue = "${project.build.directory}/generated-resources/mesh")
    private File outputDirectory;

    /**
     * Where generated Java sources are written; added to the build's compile source roots.
     * Example: {@code -Dmesh.sourcesDirectory=target/generated-sources/api}.
     */
    @Parameter(property = "mesh.sourcesDirectory", defaultValue = "${project.build.directory}/generated-sources/mesh")
    private File sourcesDirectory;

    /** Where the incremental-build state is kept: one file per execution, so executions do not undo each other. */
    @Parameter(defaultValue = "${project.build.directory}/mesh-state/generate-${mojoExecution.executionId}.json",
            readonly = true)
    private File stateFile;

    /** Where the build copies resources; the output directory's copy is its {@code mesh} folder. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true)
    private File classesDirectory;

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
        GenerateCommand.Settings settings = new GenerateCommand.Settings(generators(), generatorOptions(), output,
                sources, stateFile.toPath().toAbsolutePath().normalize(), pluginVersion,
                classesDirectory.toPath().resolve(RESOURCE_TARGET_PATH).toAbsolutePath().normalize());
        IncrementalBuild.Outcome outcome = new GenerateCommand(configuration, settings, log).run();
        report(outcome, configuration.baseDir());
        addResources(output);
        if (Files.isDirectory(sources)) {
            project.addCompileSourceRoot(sources.toString());
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
            resource.setTargetPath(RESOURCE_TARGET_PATH);
            project.addResource(resource);
        }
    }
}
