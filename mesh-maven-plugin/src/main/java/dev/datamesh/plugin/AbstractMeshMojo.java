package dev.datamesh.plugin;

import dev.datamesh.plugin.core.MeshConfiguration;
import dev.datamesh.plugin.core.MeshException;
import dev.datamesh.plugin.core.MeshLog;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters every mesh goal shares and the one way a goal runs: skip check, one {@link MeshConfiguration},
 * one core call, its outcome mapped by {@link MavenOutcomes}. Goals add only what is theirs.
 */
public abstract class AbstractMeshMojo extends AbstractMojo {

    /**
     * Contract files and directories. Directories are searched recursively for {@code *.odcs.yaml} and
     * {@code *.odcs.yml}; a file is read whatever its name. Relative paths start at the project's base directory
     * (the current directory when there is no pom). On the command line, separate paths with commas:
     * {@code -Dmesh.contracts=contracts,extra/orders.yaml}. Default: {@code src/main/contracts}.
     * Example: {@code <contracts><contract>src/main/contracts</contract><contract>shared/stores.yaml</contract></contracts>}.
     */
    @Parameter(property = "mesh.contracts")
    private List<String> contracts;

    /**
     * Where reports are written. Default: <code>${project.build.directory}/mesh-reports</code>, or
     * <code>target/mesh-reports</code> in the current directory when there is no pom.
     * Example: {@code -Dmesh.reportsDirectory=build/reports/mesh}.
     */
    @Parameter(property = "mesh.reportsDirectory")
    private File reportsDirectory;

    /**
     * Rule ids whose events are dropped; an id also covers its sub-ids ({@code GLUE-NAME} covers
     * {@code GLUE-NAME-LENGTH}). A list of {@code <ignoredRule>} elements or one comma-separated value.
     * Example: {@code -Dmesh.ignoredRules=GLUE-NAME-CASE,ODCS-TEAM-MISSING}.
     */
    @Parameter(property = "mesh.ignoredRules")
    private List<String> ignoredRules;

    /**
     * New severities for rule ids, one element per rule:
     * {@code <ruleSeverities><ODCS-LOGICAL-TYPE-MISSING>error</ODCS-LOGICAL-TYPE-MISSING></ruleSeverities>}.
     * Severities are {@code note}, {@code warning} and {@code error}; the most specific id wins.
     * Example: {@code <ruleSeverities><ODCS-PK-REQUIRED>error</ODCS-PK-REQUIRED></ruleSeverities>}.
     */
    @Parameter
    private Map<String, String> ruleSeverities;

    /**
     * Short role names of the contracts' {@code roles} and the IAM role ARN or 12-digit account id each stands for,
     * so that contracts can keep the short names real contracts use. A role that is neither an ARN, an account id
     * nor a name listed here is a validation error ({@code ODCS-ROLE-PRINCIPAL}).
     * Example: {@code <principals><demand-planning-reader>arn:aws:iam::210987654321:role/demand-planning-reader</demand-planning-reader></principals>}.
     */
    @Parameter
    private Map<String, String> principals;

    /** Fail the build on warnings too, not only on errors. Example: {@code -Dmesh.failOnWarning=true}. */
    @Parameter(property = "mesh.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Skip the goal. Example: {@code -Dmesh.skip=true}. */
    @Parameter(property = "mesh.skip", defaultValue = "false")
    private boolean skip;

    /** The project's base directory; absent when Maven runs without a pom. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File basedir;

    /** The project's build directory; meaningless when Maven runs without a pom. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    private File buildDirectory;

    /** The directory Maven runs in: the base directory when there is no pom. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true, required = true)
    private File executionRootDirectory;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping mesh:" + goal() + " (mesh.skip=true).");
            return;
        }
        MeshLog log = new MavenMeshLog(getLog());
        MavenOutcomes.run(goal(), () -> execute(configuration(), log));
    }

    /** The goal's name, as in {@code mesh:validate}. */
    protected abstract String goal();

    /** Runs the goal's core with the shared configuration. */
    protected abstract void execute(MeshConfiguration configuration, MeshLog log)
            throws IOException, InterruptedException, MeshException;

    private MeshConfiguration configuration() throws MeshException {
        // Without a pom Maven runs a stub project whose basedir is null and whose build directory is the
        // uninterpolated text "${project.basedir}/target": both are replaced by the directory Maven runs in.
        boolean project = basedir != null;
        File base = project ? basedir : executionRootDirectory;
        File reports = reportsDirectory != null ? reportsDirectory
                : project && buildDirectory != null ? new File(buildDirectory, "mesh-reports") : null;
        return MeshConfiguration.builder(base.toPath())
                .contracts(contracts)
                .reportsDirectory(reports == null ? null : reports.toPath())
                .ignoredRules(ignoredRules)
                .ruleSeverities(ruleSeverities)
                .principals(principals)
                .failOnWarning(failOnWarning)
                .build();
    }
}
