package dev.datamesh.plugin;

import dev.datamesh.plugin.core.InvalidConfigurationException;
import dev.datamesh.plugin.core.MeshException;
import dev.datamesh.plugin.core.MeshLog;
import dev.datamesh.plugin.core.RegisterSettings;
import dev.datamesh.plugin.core.SubscriptionCommand;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters of the goals that work on the catalog without contracts (the subscription goals): which catalog and
 * how to reach it, as {@code register} takes them, and who runs the goal. Goals add only what is theirs.
 */
public abstract class AbstractCatalogMojo extends AbstractMojo {

    /**
     * {@code local} (the embedded catalog directory, no account needed) or {@code glue} (AWS).
     * Example: {@code -Dmesh.catalog=glue}.
     */
    @Parameter(property = RegisterSettings.CATALOG_PROPERTY, defaultValue = "local")
    private String catalog;

    /**
     * The local catalog's directory, as {@code register} wrote it. Relative paths start at the current directory.
     * Example: {@code -Dmesh.catalogDirectory=target/mesh-catalog}.
     */
    @Parameter(property = RegisterSettings.CATALOG_DIRECTORY_PROPERTY, defaultValue = "${user.home}/.mesh/catalog")
    private File catalogDirectory;

    /**
     * Glue: the central (governance) account's id, the Glue {@code CatalogId}. Default: the caller's account.
     * Example: {@code -Dmesh.catalogId=111122223333}.
     */
    @Parameter(property = RegisterSettings.CATALOG_ID_PROPERTY)
    private String catalogId;

    /**
     * Glue: a role in the governance account to assume with STS first. Default: none.
     * Example: {@code -Dmesh.roleArn=arn:aws:iam::111122223333:role/mesh-registrar}.
     */
    @Parameter(property = RegisterSettings.ROLE_ARN_PROPERTY)
    private String roleArn;

    /** Glue: the external id that the role's trust policy requires; never printed. Example: {@code -Dmesh.externalId=...}. */
    @Parameter(property = RegisterSettings.EXTERNAL_ID_PROPERTY)
    private String externalId;

    /**
     * Glue: the STS session name of the assumed role. Default: {@code mesh-register}.
     * Example: {@code -Dmesh.sessionName=governance-review}.
     */
    @Parameter(property = RegisterSettings.SESSION_NAME_PROPERTY)
    private String sessionName;

    /**
     * Glue: the AWS region. Default: the SDK's chain ({@code AWS_REGION}, then the profile).
     * Example: {@code -Dmesh.region=eu-west-1}.
     */
    @Parameter(property = RegisterSettings.REGION_PROPERTY)
    private String region;

    /**
     * Glue: the endpoint URL. Default: the SDK's chain ({@code AWS_ENDPOINT_URL}, then the region's endpoint).
     * Example: {@code -Dmesh.endpoint=http://127.0.0.1:5000}.
     */
    @Parameter(property = RegisterSettings.ENDPOINT_PROPERTY)
    private String endpoint;

    /**
     * Glue: attempts per AWS call, the first included; throttling and server errors are retried with backoff.
     * Example: {@code -Dmesh.maxAttempts=8}.
     */
    @Parameter(property = RegisterSettings.MAX_ATTEMPTS_PROPERTY, defaultValue = "5")
    private int maxAttempts;

    /**
     * Glue: the DynamoDB table of subscription requests in the governance account, created by the first request.
     * Default: {@code mesh-subscriptions}. Example: {@code -Dmesh.subscriptionsTable=mesh-requests}.
     */
    @Parameter(property = RegisterSettings.SUBSCRIPTIONS_TABLE_PROPERTY)
    private String subscriptionsTable;

    /** Skip the goal. Example: {@code -Dmesh.skip=true}. */
    @Parameter(property = "mesh.skip", defaultValue = "false")
    private boolean skip;

    /** Who runs the goal: recorded as the requester or the decider of a request. */
    @Parameter(defaultValue = "${user.name}", readonly = true)
    private String user;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping mesh:" + goal() + " (mesh.skip=true).");
            return;
        }
        MeshLog log = new MavenMeshLog(getLog());
        MavenOutcomes.run(goal(), () -> execute(SubscriptionCommand.create(settings(), log,
                user == null || user.isBlank() ? "unknown" : user)));
    }

    /** The goal's name, as in {@code mesh:subscribe}. */
    protected abstract String goal();

    /** Runs the goal's core. */
    protected abstract void execute(SubscriptionCommand command) throws IOException, InterruptedException,
            MeshException;

    private RegisterSettings settings() throws InvalidConfigurationException {
        return RegisterSettings.builder(catalogDirectory.toPath())
                .catalog(catalog)
                .catalogId(catalogId)
                .roleArn(roleArn)
                .externalId(externalId)
                .sessionName(sessionName)
                .region(region)
                .endpoint(endpoint)
                .maxAttempts(maxAttempts)
                .subscriptionsTable(subscriptionsTable)
                .build();
    }
}
