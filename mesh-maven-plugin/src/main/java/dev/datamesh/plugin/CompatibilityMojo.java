package dev.datamesh.plugin;

import dev.datamesh.plugin.core.CompatibilityCommand;
import dev.datamesh.plugin.core.MeshConfiguration;
import dev.datamesh.plugin.core.MeshException;
import dev.datamesh.plugin.core.MeshLog;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

/**
 * Checks that the contracts do not break their consumers: compares each contract with its version in a baseline
 * (the contract rules, the generated Avro schemas with Avro's SchemaCompatibility and the OpenAPI specs with
 * openapi-diff), prints the changes grouped by kind, writes {@code compatibility.json},
 * {@code TEST-mesh-compatibility.xml} and {@code CHANGELOG-contracts.md} to the reports directory, and fails on a
 * breaking change that neither a new major {@code version} nor {@code acceptedChanges} accepts, or on a
 * contract {@code version} lower than its changes require.
 *
 * <p>The baseline is, by default, the {@code contracts} bundle of the newest release of this project below its
 * current version, from the Maven repositories: no checkout needed, so it works in CI. Only releases count (no
 * snapshots); without one (a first release) the goal says so and passes.
 */
@Mojo(name = "compatibility", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CompatibilityMojo extends AbstractGeneratorMojo {

    /**
     * What to compare with instead of the newest release: a folder of contracts (or an unpacked bundle), a
     * bundle zip, or the coordinates {@code groupId:artifactId:version} of a released bundle. Relative paths start
     * at the project's base directory. Example: {@code -Dmesh.baseline=dev.datamesh.sample:sales-contracts:1.0.0}
     * or {@code <baseline>src/baseline</baseline>}.
     */
    @Parameter(property = "mesh.baseline")
    private String baseline;

    /**
     * Breaking changes accepted on purpose, each as {@code RULE-ID element} as the report prints it, e.g.
     * {@code <acceptedChange>COMPAT-PROPERTY-REMOVED pos_transactions.promo_code</acceptedChange>}. On the
     * command line, separate entries with commas. An accepted contract change also accepts what the Avro and
     * OpenAPI checks find for the same element; an accepted change needs a minor version, not a major one.
     */
    @Parameter(property = "mesh.acceptedChanges")
    private List<String> acceptedChanges;

    /**
     * How the generated Avro schemas must stay compatible: {@code BACKWARD} (the new schema reads old data; the
     * default, as in the Glue Schema Registry), {@code FORWARD} (old readers read new data), {@code FULL} (both)
     * or {@code NONE} (no Avro check). Example: {@code -Dmesh.avroCompatibility=FULL}.
     */
    @Parameter(property = "mesh.avroCompatibility", defaultValue = "BACKWARD")
    private String avroCompatibility;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    private final RepositorySystem repositorySystem;

    @Inject
    public CompatibilityMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    @Override
    protected String goal() {
        return "compatibility";
    }

    @Override
    protected void execute(MeshConfiguration configuration, MeshLog log)
            throws IOException, InterruptedException, MeshException {
        CompatibilityCommand.Settings settings = new CompatibilityCommand.Settings(Optional.ofNullable(baseline),
                project.getGroupId(), project.getArtifactId(), project.getVersion(), acceptedChanges,
                avroCompatibility, generatorOptions());
        MavenBaselineResolver resolver = new MavenBaselineResolver(repositorySystem, session.getRepositorySession(),
                project.getRemoteProjectRepositories());
        new CompatibilityCommand(configuration, settings, resolver, log).run();
    }
}
