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
import javax.inject.Inject;
import org.apache.maven.model.Resource;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.build.BuildContext;

/**
 * Generates, from each contract, the artifacts a producer otherwise writes by hand: Glue table definitions and a
 * CloudFormation template ({@code glue}), Avro schemas ({@code avro}) and an OpenAPI spec ({@code openapi}).
 * Validates first (nothing is written on an error), regenerates only what changed, removes the outputs of
 * removed contracts, and adds the output directory to the build's resources under {@code mesh/}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractGeneratorMojo {

    /**
     * The generators to run, by name: {@code glue}, {@code avro}, {@code openapi}. A list of
     * {@code <generator>} elements or one comma-separated value. Default: all three.
     */
    @Parameter(property = "mesh.generators")
    private List<String> generators;

    /** Where generated files are written; added to the build's resources with target path {@code mesh}. */
    @Parameter(property = "mesh.outputDirectory", defaultValue = "${project.build.directory}/generated-resources/mesh")
    private File outputDirectory;

    /** Where generated Java sources are written; added to the build's compile source roots. */
    @Parameter(property = "mesh.sourcesDirectory", defaultValue = "${project.build.directory}/generated-sources/mesh")
    private File sourcesDirectory;

    /** Where the incremental-build state is kept. */
    @Parameter(defaultValue = "${project.build.directory}/mesh-state/generate.json", readonly = true)
    private File stateFile;

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
        GenerateCommand.Settings settings = new GenerateCommand.Settings(generators, generatorOptions(), output,
                sources, stateFile.toPath().toAbsolutePath().normalize(), pluginVersion);
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
            resource.setTargetPath("mesh");
            project.addResource(resource);
        }
    }
}
