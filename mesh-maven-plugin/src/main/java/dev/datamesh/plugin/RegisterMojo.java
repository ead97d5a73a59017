package dev.datamesh.plugin;

import dev.datamesh.plugin.core.MeshConfiguration;
import dev.datamesh.plugin.core.MeshException;
import dev.datamesh.plugin.core.MeshLog;
import dev.datamesh.plugin.core.RegisterCommand;
import dev.datamesh.plugin.core.RegisterSettings;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Registers the data products of the contracts in the central catalog: the embedded local catalog (a directory of
 * JSON documents in the Glue API's shapes with HTML pages, the default) or the AWS Glue Data Catalog with Lake
 * Formation tags and the Glue Schema Registry. Validates first (nothing is registered on an error), prints the plan
 * (create, update with a diff, unchanged, reported), and applies it unless {@code mesh.dryRun} is set. The contracts'
 * roles become Lake Formation grants (LF-tag policies over the product's tags and the columns' classification;
 * write roles also get the table locations), and grants made for the product that no role or approved subscription
 * holds any more are revoked. Registering an unchanged product writes nothing; nothing else is deleted unless
 * {@code mesh.allowDeletes} is set.
 */
@Mojo(name = "register", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public final class RegisterMojo extends AbstractGeneratorMojo {

    /**
     * {@code local} (the embedded catalog directory, no account needed) or {@code glue} (AWS).
     * Example: {@code -Dmesh.catalog=glue}.
     */
    @Parameter(property = RegisterSettings.CATALOG_PROPERTY, defaultValue = "local")
    private String catalog;

    /**
     * The local catalog's directory. Several projects may register into one directory at the same time; its
     * {@code site/index.html} lists every product. Example: {@code -Dmesh.catalogDirectory=target/mesh-catalog}.
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
     * Glue: a role in the governance account to assume with STS before registering. Default: none.
     * Example: {@code -Dmesh.roleArn=arn:aws:iam::111122223333:role/mesh-registrar}.
     */
    @Parameter(property = RegisterSettings.ROLE_ARN_PROPERTY)
    private String roleArn;

    /** Glue: the external id that the role's trust policy requires; never printed. Example: {@code -Dmesh.externalId=...}. */
    @Parameter(property = RegisterSettings.EXTERNAL_ID_PROPERTY)
    private String externalId;

    /**
     * Glue: the STS session name of the assumed role. Default: {@code mesh-register}.
     * Example: {@code -Dmesh.sessionName=ci-sales-deploy}.
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
     * The column classifications every role of the contracts reads unless it lists its own (a role's custom property
     * {@code classifications}); unclassified columns are always readable, other classifications never. A list of
     * {@code <openClassification>} elements or one comma-separated value.
     * Example: {@code -Dmesh.openClassifications=public,internal}.
     */
    @Parameter(property = RegisterSettings.OPEN_CLASSIFICATIONS_PROPERTY, defaultValue = "public,internal")
    private List<String> openClassifications;

    /**
     * The IAM role Lake Formation uses to read and write the registered table locations. Default: Lake Formation's
     * service-linked role. Example: {@code -Dmesh.lakeFormationRoleArn=arn:aws:iam::111122223333:role/lf-data-access}.
     */
    @Parameter(property = RegisterSettings.LAKE_FORMATION_ROLE_ARN_PROPERTY)
    private String lakeFormationRoleArn;

    /**
     * Glue: the DynamoDB table of subscription requests in the governance account; registration keeps the grants of
     * the approved ones. Default: {@code mesh-subscriptions}. Example: {@code -Dmesh.subscriptionsTable=mesh-requests}.
     */
    @Parameter(property = RegisterSettings.SUBSCRIPTIONS_TABLE_PROPERTY)
    private String subscriptionsTable;

    /** The generate goal's glue-etl output, whose scripts (with their hand-written parts) are uploaded. */
    @Parameter(defaultValue = "${project.build.directory}/generated-resources/mesh/glue-etl", readonly = true)
    private File scriptsDirectory;

    /** Print the plan and change nothing. Example: {@code -Dmesh.dryRun=true}. */
    @Parameter(property = "mesh.dryRun", defaultValue = "false")
    private boolean dryRun;

    /**
     * Drop tables, columns and tag assignments that the contracts no longer hold; otherwise they are reported.
     * Example: {@code -Dmesh.allowDeletes=true}.
     */
    @Parameter(property = "mesh.allowDeletes", defaultValue = "false")
    private boolean allowDeletes;

    @Override
    protected String goal() {
        return "register";
    }

    @Override
    protected void execute(MeshConfiguration configuration, MeshLog log)
            throws IOException, InterruptedException, MeshException {
        RegisterSettings settings = RegisterSettings.builder(catalogDirectory.toPath())
                .catalog(catalog)
                .catalogId(catalogId)
                .roleArn(roleArn)
                .externalId(externalId)
                .sessionName(sessionName)
                .region(region)
                .endpoint(endpoint)
                .maxAttempts(maxAttempts)
                .dryRun(dryRun)
                .allowDeletes(allowDeletes)
                .openClassifications(openClassifications)
                .lakeFormationRoleArn(lakeFormationRoleArn)
                .subscriptionsTable(subscriptionsTable)
                .generators(generators())
                .generatorOptions(generatorOptions())
                .scriptsDirectory(scriptsDirectory.toPath())
                .build();
        new RegisterCommand(configuration, settings, log).run();
    }
}
