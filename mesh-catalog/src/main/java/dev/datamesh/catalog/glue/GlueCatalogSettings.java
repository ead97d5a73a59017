package dev.datamesh.catalog.glue;

import dev.datamesh.catalog.CatalogException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.retry.RetryMode;

/**
 * How to reach the central AWS Glue Data Catalog. Everything left empty comes from the AWS SDK's standard chains:
 * the region from {@code AWS_REGION} or the profile, the endpoint from {@code AWS_ENDPOINT_URL} (or
 * {@code AWS_ENDPOINT_URL_GLUE} ...) or the profile's {@code endpoint_url}, the credentials from the environment,
 * {@code AWS_PROFILE}, SSO, a container or instance role; the catalog id is then the caller's account.
 *
 * @param region the AWS region, e.g. {@code eu-west-1}
 * @param endpoint one endpoint for Glue, Lake Formation, STS and S3 alike (tests, VPC endpoints, emulators)
 * @param catalogId the governance account's 12-digit id ({@code mesh.catalogId})
 * @param roleArn a role to assume in the governance account ({@code mesh.roleArn})
 * @param externalId the external id the role's trust policy asks for; never printed
 * @param sessionName the role session name, shown in CloudTrail
 * @param scriptsLocation S3 prefix ({@code s3://bucket/prefix/}) to upload the Glue job scripts to
 * @param scriptsDirectory the local directory whose files mirror {@code scriptsLocation}: the generated
 *     {@code glue-etl} directory, holding {@code <product>/<table>.py}
 * @param retryMode how the SDK retries throttled and failed calls (with exponential backoff and jitter)
 * @param maxAttempts attempts per call, the first included
 * @param conflictRetries how often an {@code UpdateTable} that lost an optimistic-locking race is re-planned
 * @param subscriptionsTable the DynamoDB table of subscription requests in the governance account, created on the
 *     first request ({@code mesh.subscriptionsTable})
 */
public record GlueCatalogSettings(Optional<String> region, Optional<URI> endpoint, Optional<String> catalogId,
        Optional<String> roleArn, Optional<String> externalId, String sessionName, Optional<String> scriptsLocation,
        Optional<Path> scriptsDirectory, RetryMode retryMode, int maxAttempts, int conflictRetries,
        String subscriptionsTable) {

    public static final String DEFAULT_SESSION_NAME = "mesh-register";
    public static final int DEFAULT_MAX_ATTEMPTS = 8;
    public static final int DEFAULT_CONFLICT_RETRIES = 3;
    public static final String DEFAULT_SUBSCRIPTIONS_TABLE = "mesh-subscriptions";

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");
    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");
    private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/-]{2,1224}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
    private static final Pattern DYNAMODB_TABLE = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");
    private static final Pattern S3_PREFIX = Pattern.compile("s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/\\S*");

    /** The defaults: everything from the SDK's chains, standard retries. */
    public static final GlueCatalogSettings DEFAULT = builder().build();

    /**
     * @throws CatalogException naming the setting for a malformed account id, role ARN, external id, session name,
     *     region, endpoint or script location
     */
    public GlueCatalogSettings {
        Objects.requireNonNull(region, "region == null");
        Objects.requireNonNull(endpoint, "endpoint == null");
        Objects.requireNonNull(catalogId, "catalogId == null");
        Objects.requireNonNull(roleArn, "roleArn == null");
        Objects.requireNonNull(externalId, "externalId == null");
        Objects.requireNonNull(sessionName, "sessionName == null");
        Objects.requireNonNull(scriptsLocation, "scriptsLocation == null");
        Objects.requireNonNull(scriptsDirectory, "scriptsDirectory == null");
        Objects.requireNonNull(retryMode, "retryMode == null");
        check(region, REGION, "region", "an AWS region such as eu-west-1");
        catalogId.ifPresent(id -> {
            if (!ACCOUNT.matcher(id).matches()) {
                throw invalid("mesh.catalogId", "'" + id + "'", "the 12-digit id of the governance account, e.g. "
                        + "123456789012");
            }
        });
        check(roleArn, ROLE_ARN, "mesh.roleArn", "a role ARN such as arn:aws:iam::123456789012:role/mesh-register");
        externalId.ifPresent(id -> {
            if (!EXTERNAL_ID.matcher(id).matches()) {
                throw invalid("externalId", "(not shown)", "2 to 1224 letters, digits or +=,.@:/-");
            }
        });
        if (externalId.isPresent() && roleArn.isEmpty()) {
            throw invalid("externalId", "(not shown)", "set together with mesh.roleArn, the role whose trust "
                    + "policy asks for it");
        }
        if (!SESSION_NAME.matcher(sessionName).matches()) {
            throw invalid("sessionName", "'" + sessionName + "'", "2 to 64 letters, digits or +=,.@-");
        }
        endpoint.ifPresent(uri -> {
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                throw invalid("endpoint", "'" + uri + "'", "an http or https URL such as https://glue.eu-west-1."
                        + "amazonaws.com");
            }
        });
        check(scriptsLocation, S3_PREFIX, "scriptsLocation", "an S3 prefix such as s3://my-bucket/glue/scripts/");
        scriptsLocation = scriptsLocation.map(s -> s.endsWith("/") ? s : s + "/");
        if (scriptsLocation.isPresent() != scriptsDirectory.isPresent()) {
            throw invalid(scriptsLocation.isPresent() ? "scriptsDirectory" : "scriptsLocation", "(missing)",
                    "set together with " + (scriptsLocation.isPresent() ? "scriptsLocation" : "scriptsDirectory")
                    + ": scripts are uploaded from the local directory to the S3 prefix");
        }
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw invalid("maxAttempts", Integer.toString(maxAttempts), "a whole number from 1 to 20");
        }
        if (conflictRetries < 0 || conflictRetries > 10) {
            throw invalid("conflictRetries", Integer.toString(conflictRetries), "a whole number from 0 to 10");
        }
        Objects.requireNonNull(subscriptionsTable, "subscriptionsTable == null");
        if (!DYNAMODB_TABLE.matcher(subscriptionsTable).matches()) {
            throw invalid("mesh.subscriptionsTable", "'" + subscriptionsTable + "'", "a DynamoDB table name: 3 to "
                    + "255 letters, digits, '_', '-' or '.'");
        }
    }

    private static void check(Optional<String> value, Pattern pattern, String name, String expected) {
        value.ifPresent(v -> {
            if (!pattern.matcher(v).matches()) {
                throw invalid(name, "'" + v + "'", expected);
            }
        });
    }

    private static CatalogException invalid(String name, String value, String expected) {
        return new CatalogException("Invalid Glue catalog setting " + name + ": " + value + ".", name,
                "set " + name + " to " + expected + ".", false);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.region = region;
        b.endpoint = endpoint;
        b.catalogId = catalogId;
        b.roleArn = roleArn;
        b.externalId = externalId;
        b.sessionName = sessionName;
        b.scriptsLocation = scriptsLocation;
        b.scriptsDirectory = scriptsDirectory;
        b.retryMode = retryMode;
        b.maxAttempts = maxAttempts;
        b.conflictRetries = conflictRetries;
        b.subscriptionsTable = subscriptionsTable;
        return b;
    }

    /** Everything but the external id, which a role's trust policy treats as a shared secret. */
    @Override
    public String toString() {
        return "GlueCatalogSettings[region=" + region.orElse("(SDK chain)") + ", endpoint="
                + endpoint.map(URI::toString).orElse("(SDK chain)") + ", catalogId=" + catalogId.orElse("(caller)")
                + ", roleArn=" + roleArn.orElse("(none)")
                + ", externalId=" + (externalId.isPresent() ? "***" : "(none)")
                + ", sessionName=" + sessionName + ", scriptsLocation=" + scriptsLocation.orElse("(none)")
                + ", scriptsDirectory=" + scriptsDirectory.map(Path::toString).orElse("(none)") + ", retryMode="
                + retryMode + ", maxAttempts=" + maxAttempts + ", conflictRetries=" + conflictRetries + ", subscriptionsTable="
                + subscriptionsTable + "]";
    }

    /** Builds settings; empty strings count as not set, so that unset Maven properties can be passed as they are. */
    public static final class Builder {

        private Optional<String> region = Optional.empty();
        private Optional<URI> endpoint = Optional.empty();
        private Optional<String> catalogId = Optional.empty();
        private Optional<String> roleArn = Optional.empty();
        private Optional<String> externalId = Optional.empty();
        private String sessionName = DEFAULT_SESSION_NAME;
        private Optional<String> scriptsLocation = Optional.empty();
        private Optional<Path> scriptsDirectory = Optional.empty();
        private RetryMode retryMode = RetryMode.STANDARD;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private int conflictRetries = DEFAULT_CONFLICT_RETRIES;
        private String subscriptionsTable = DEFAULT_SUBSCRIPTIONS_TABLE;

        private Builder() {}

        public Builder region(String value) {
            region = text(value);
            return this;
        }

        /** @throws CatalogException when the text is no URL */
        public Builder endpoint(String value) {
            try {
                endpoint = text(value).map(URI::create);
            } catch (IllegalArgumentException e) {
                throw invalid("endpoint", "'" + value + "'", "an http or https URL such as "
                        + "https://glue.eu-west-1.amazonaws.com");
            }
            return this;
        }

        public Builder endpoint(URI value) {
            endpoint = Optional.ofNullable(value);
            return this;
        }

        public Builder catalogId(String value) {
            catalogId = text(value);
            return this;
        }

        public Builder roleArn(String value) {
            roleArn = text(value);
            return this;
        }

        public Builder externalId(String value) {
            externalId = text(value);
            return this;
        }

        public Builder sessionName(String value) {
            sessionName = text(value).orElse(DEFAULT_SESSION_NAME);
            return this;
        }

        /** Uploads job scripts from {@code directory} to the S3 prefix {@code location}. */
        public Builder scripts(String location, Path directory) {
            scriptsLocation = text(location);
            scriptsDirectory = Optional.ofNullable(directory);
            return this;
        }

        public Builder retryMode(RetryMode value) {
            retryMode = Objects.requireNonNull(value, "retryMode == null");
            return this;
        }

        public Builder maxAttempts(int value) {
            maxAttempts = value;
            return this;
        }

        public Builder conflictRetries(int value) {
            conflictRetries = value;
            return this;
        }

        public Builder subscriptionsTable(String value) {
            subscriptionsTable = text(value).orElse(DEFAULT_SUBSCRIPTIONS_TABLE);
            return this;
        }

        public GlueCatalogSettings build() {
            return new GlueCatalogSettings(region, endpoint, catalogId, roleArn, externalId, sessionName,
                    scriptsLocation, scriptsDirectory, retryMode, maxAttempts, conflictRetries, subscriptionsTable);
        }

        private static Optional<String> text(String value) {
            return Optional.ofNullable(value).map(String::trim).filter(s -> !s.isEmpty());
        }
    }
}
