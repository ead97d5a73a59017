package dev.datamesh.catalog.glue;

import dev.datamesh.catalog.AccessMode;
import dev.datamesh.catalog.CatalogBackend;
import dev.datamesh.catalog.CatalogException;
import dev.datamesh.catalog.CatalogSession;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.lakeformation.LakeFormationClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * The AWS Glue Data Catalog of the central governance account, with Lake Formation LF-tags and grants, the Glue
 * Schema Registry, Glue job definitions and the subscription requests (a DynamoDB table), reached through the AWS
 * SDK v2 (optionally as a role assumed through STS). Holds the SDK clients: close it when done.
 */
public final class GlueCatalogBackend implements CatalogBackend, AutoCloseable {

    private final GlueCatalogSettings settings;
    private final Region region;
    private final SdkHttpClient http;
    private final StsClient baseSts;
    private final StsAssumeRoleCredentialsProvider assumedRole;
    private final AwsCredentialsProvider credentials;
    private final GlueClient glue;
    private final LakeFormationClient lakeFormation;
    private final DynamoDbClient dynamo;
    private final StsClient sts;
    private final S3Client s3;
    private final Object catalogIdLock = new Object();
    private String catalogId;

    private GlueCatalogBackend(GlueCatalogSettings settings, AwsCredentialsProvider baseCredentials) {
        this.settings = settings;
        this.region = settings.region().map(Region::of).orElseGet(GlueCatalogBackend::regionFromChain);
        this.http = UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(10))
                .socketTimeout(Duration.ofSeconds(60)).build();
        if (settings.roleArn().isPresent()) {
            this.baseSts = configure(StsClient.builder(), baseCredentials).build();
            this.assumedRole = StsAssumeRoleCredentialsProvider.builder().stsClient(baseSts)
                    .refreshRequest(r -> {
                        r.roleArn(settings.roleArn().get()).roleSessionName(settings.sessionName());
                        settings.externalId().ifPresent(r::externalId);
                    }).build();
            this.credentials = assumedRole;
        } else {
            this.baseSts = null;
            this.assumedRole = null;
            this.credentials = baseCredentials;
        }
        this.glue = configure(GlueClient.builder(), credentials).build();
        this.lakeFormation = configure(LakeFormationClient.builder(), credentials).build();
        this.dynamo = configure(DynamoDbClient.builder(), credentials).build();
        this.sts = configure(StsClient.builder(), credentials).build();
        this.s3 = settings.scriptsLocation().isPresent()
                ? configure(S3Client.builder(), credentials).forcePathStyle(settings.endpoint().isPresent()).build()
                : null;
        this.catalogId = settings.catalogId().orElse(null);
    }

    /**
     * The backend for these settings, with credentials from the SDK's default chain (environment, system
     * properties, web identity, {@code AWS_PROFILE} and SSO, container and instance roles).
     *
     * @throws CatalogException when no region is configured anywhere
     */
    public static GlueCatalogBackend create(GlueCatalogSettings settings) {
        return create(settings, DefaultCredentialsProvider.builder().build());
    }

    /** The backend for these settings, with the given base credentials (before any role assumption). */
    public static GlueCatalogBackend create(GlueCatalogSettings settings, AwsCredentialsProvider baseCredentials) {
        Objects.requireNonNull(settings, "settings == null");
        Objects.requireNonNull(baseCredentials, "baseCredentials == null");
        return new GlueCatalogBackend(settings, baseCredentials);
    }

    private static Region regionFromChain() {
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkException e) {
            throw new CatalogException("No AWS region is configured for the Glue catalog.", "region",
                    "set the AWS_REGION environment variable or the region of the AWS profile (AWS_PROFILE).", false,
                    e);
        }
    }

    private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder,
            AwsCredentialsProvider provider) {
        builder.region(region).credentialsProvider(provider)
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.forRetryMode(settings.retryMode()).toBuilder()
                                .maxAttempts(settings.maxAttempts()).build())
                        .build());
        settings.endpoint().ifPresent(builder::endpointOverride);
        return builder.httpClient(http);
    }

    public GlueCatalogSettings settings() {
        return settings;
    }

    public Region region() {
        return region;
    }

    /**
     * The catalog's account: the configured {@code catalogId}, or else the caller's account (after any role
     * assumption) as STS {@code GetCallerIdentity} tells it, asked once.
     */
    public String catalogId() {
        synchronized (catalogIdLock) {
            if (catalogId == null) {
                try {
                    catalogId = sts.getCallerIdentity().account();
                } catch (SdkException e) {
                    throw AwsErrors.wrap(e, "sts:GetCallerIdentity", "the caller's account"
                            + settings.roleArn().map(r -> " (role " + r + ")").orElse(""), "region " + region.id(),
                            settings.maxAttempts());
                }
            }
            return catalogId;
        }
    }

    /** {@code glue:<region>:<account>}. */
    @Override
    public String describe() {
        return "glue:" + region.id() + ":" + catalogId();
    }

    @Override
    public CatalogSession open(AccessMode mode) {
        Objects.requireNonNull(mode, "mode == null");
        return new GlueCatalogSession(new GlueCatalogSession.Clients(glue, lakeFormation, dynamo,
                Optional.ofNullable(s3)),
                settings, catalogId(), describe(), mode);
    }

    @Override
    public void close() {
        for (AutoCloseable closeable : new AutoCloseable[] {glue, lakeFormation, dynamo, sts, s3, assumedRole, baseSts,
                http}) {
            if (closeable != null) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    // closing an SDK client releases connections; nothing is lost when that fails
                }
            }
        }
    }

    @Override
    public String toString() {
        return "GlueCatalogBackend[" + settings + "]";
    }
}
