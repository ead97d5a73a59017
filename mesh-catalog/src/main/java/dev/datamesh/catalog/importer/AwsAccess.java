package dev.datamesh.catalog.importer;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * How to reach the Glue Data Catalog. Unset values take the AWS SDK v2 defaults: credentials, region and endpoint
 * come from the standard chains ({@code AWS_PROFILE}, {@code AWS_REGION}, {@code AWS_ENDPOINT_URL}, ...), as for
 * {@code mesh:register}.
 *
 * @param catalogId the account id of the catalog (Glue's {@code CatalogId}); empty: the caller's account
 * @param roleArn a role to assume first, e.g. into the governance account
 * @param region overrides the region chain (tests)
 * @param endpoint overrides the endpoint chain, for Glue and STS alike (tests)
 * @param credentials overrides the credentials chain (tests)
 */
public record AwsAccess(Optional<String> catalogId, Optional<String> roleArn, Optional<String> region,
        Optional<URI> endpoint, Optional<AwsCredentialsProvider> credentials) {

    public AwsAccess {
        Objects.requireNonNull(catalogId, "catalogId == null");
        Objects.requireNonNull(roleArn, "roleArn == null");
        Objects.requireNonNull(region, "region == null");
        Objects.requireNonNull(endpoint, "endpoint == null");
        Objects.requireNonNull(credentials, "credentials == null");
        catalogId = catalogId.map(String::strip).filter(s -> !s.isEmpty());
        roleArn = roleArn.map(String::strip).filter(s -> !s.isEmpty());
        region = region.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Everything from the standard chains. */
    public static AwsAccess defaults() {
        return new AwsAccess(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public AwsAccess withCatalogId(String value) {
        return new AwsAccess(Optional.ofNullable(value), roleArn, region, endpoint, credentials);
    }

    public AwsAccess withRoleArn(String value) {
        return new AwsAccess(catalogId, Optional.ofNullable(value), region, endpoint, credentials);
    }

    public AwsAccess withRegion(String value) {
        return new AwsAccess(catalogId, roleArn, Optional.ofNullable(value), endpoint, credentials);
    }

    public AwsAccess withEndpoint(URI value) {
        return new AwsAccess(catalogId, roleArn, region, Optional.ofNullable(value), credentials);
    }

    public AwsAccess withCredentials(AwsCredentialsProvider value) {
        return new AwsAccess(catalogId, roleArn, region, endpoint, Optional.ofNullable(value));
    }
}
