package dev.datamesh.plugin;

import dev.datamesh.generator.bundle.ContractBundle;
import dev.datamesh.plugin.core.BundleCommand;
import dev.datamesh.plugin.core.InvalidConfigurationException;
import dev.datamesh.plugin.core.MeshConfiguration;
import dev.datamesh.plugin.core.MeshException;
import dev.datamesh.plugin.core.MeshLog;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Attaches the {@code contracts} bundle (type {@code zip}, classifier {@code contracts}): the contracts, every
 * generated definition and a manifest (product ids, domain, contract ids, versions, fingerprints, plugin
 * version). {@code mvn deploy} publishes it beside the jar; it is the baseline of the breaking-change check.
 */
@Mojo(name = "bundle", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class BundleMojo extends AbstractMeshMojo {

    /** The classifier of the attached bundle. */
    public static final String CLASSIFIER = "contracts";

    /**
     * The generate goal's output directory, whose files go into the bundle under {@code mesh/}.
     * Example: {@code -Dmesh.outputDirectory=target/mesh}.
     */
    @Parameter(property = "mesh.outputDirectory", defaultValue = "${project.build.directory}/generated-resources/mesh")
    private File outputDirectory;

    /**
     * More folders of generated files for the bundle, e.g. the output of a second {@code generate} execution that
     * keeps the {@code glue-etl} scripts under version control. Example:
     * {@code <moreGeneratedDirectories><directory>src/main/etl</directory></moreGeneratedDirectories>}.
     */
    @Parameter
    private List<File> moreGeneratedDirectories;

    /** Where the bundle is written. */
    @Parameter(defaultValue = "${project.build.directory}/${project.build.finalName}-contracts.zip", readonly = true)
    private File bundleFile;

    /** The timestamp of every entry, for reproducible bundles. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    private String outputTimestamp;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    private final MavenProjectHelper projectHelper;

    @Inject
    public BundleMojo(MavenProjectHelper projectHelper) {
        this.projectHelper = projectHelper;
    }

    @Override
    protected String goal() {
        return "bundle";
    }

    @Override
    protected void execute(MeshConfiguration configuration, MeshLog log)
            throws IOException, InterruptedException, MeshException {
        BundleCommand.Settings settings = new BundleCommand.Settings(
                new ContractBundle.Coordinates(project.getGroupId(), project.getArtifactId(), project.getVersion(),
                        pluginVersion),
                outputDirectory.toPath().toAbsolutePath().normalize(),
                moreGeneratedDirectories == null ? List.of() : moreGeneratedDirectories.stream()
                        .map(f -> f.toPath().toAbsolutePath().normalize()).toList(),
                bundleFile.toPath(), timestamp());
        Optional<Path> bundle = new BundleCommand(configuration, settings, log).run();
        if (bundle.isPresent()) {
            projectHelper.attachArtifact(project, "zip", CLASSIFIER, bundle.get().toFile());
        }
    }

    /** {@code project.build.outputTimestamp} as an ISO instant or epoch seconds; 1980-01-01 when unset. */
    private Instant timestamp() throws InvalidConfigurationException {
        if (outputTimestamp == null || outputTimestamp.isBlank() || outputTimestamp.length() < 2) {
            return Instant.parse("1980-01-01T00:00:02Z");
        }
        try {
            if (outputTimestamp.chars().allMatch(Character::isDigit)) {
                return Instant.ofEpochSecond(Long.parseLong(outputTimestamp));
            }
            return OffsetDateTime.parse(outputTimestamp).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new InvalidConfigurationException("project.build.outputTimestamp", outputTimestamp,
                    "project.build.outputTimestamp '" + outputTimestamp
                            + "' is neither an ISO-8601 date-time nor epoch seconds; fix it in the pom's <properties>.");
        }
    }
}
