package dev.datamesh.plugin.core;

import dev.datamesh.catalog.RegistrationOptions;
import dev.datamesh.contract.access.AccessConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What the register goal adds to the shared configuration, as one Maven-free value: which catalog, how to reach it,
 * how to register and grant, and the generator settings that shape the registered definitions. The subscription
 * goals use its catalog part.
 */
public final class RegisterSettings {

    public static final String CATALOG_PROPERTY = "mesh.catalog";
    public static final String CATALOG_ID_PROPERTY = "mesh.catalogId";
    public static final String ROLE_ARN_PROPERTY = "mesh.roleArn";
    public static final String EXTERNAL_ID_PROPERTY = "mesh.externalId";
    public static final String SESSION_NAME_PROPERTY = "mesh.sessionName";
    public static final String REGION_PROPERTY = "mesh.region";
    public static final String ENDPOINT_PROPERTY = "mesh.endpoint";
    public static final String MAX_ATTEMPTS_PROPERTY = "mesh.maxAttempts";
    public static final String CATALOG_DIRECTORY_PROPERTY = "mesh.catalogDirectory";
    public static final String OPEN_CLASSIFICATIONS_PROPERTY = "mesh.openClassifications";
    public static final String LAKE_FORMATION_ROLE_ARN_PROPERTY = "mesh.lakeFormationRoleArn";
    public static final String SUBSCRIPTIONS_TABLE_PROPERTY = "mesh.subscriptionsTable";

    /** The DynamoDB table of subscription requests when none is configured. */
    public static final String DEFAULT_SUBSCRIPTIONS_TABLE = "mesh-subscriptions";

    /** The STS session name when none is configured; shows in the governance account's CloudTrail. */
    public static final String DEFAULT_SESSION_NAME = "mesh-register";
    /** Attempts per AWS call (the first plus retries with backoff) when none is configured. */
    public static final int DEFAULT_MAX_ATTEMPTS = 5;
    /** The generator option whose S3 prefix the Glue jobs name as their script location. */
    public static final String SCRIPT_LOCATION_OPTION = "glueEtl.scriptLocation";

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");
    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
    private static final Pattern DYNAMODB_TABLE = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

    /** The catalog to register in. */
    public enum CatalogType {
        /** The embedded catalog directory with its HTML pages; needs no account. */
        LOCAL,
        /** The AWS Glue Data Catalog, Lake Formation and the Glue Schema Registry of the central account. */
        GLUE;

        /** The word used in {@code mesh.catalog}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The Glue backend's settings, field by field those of {@code GlueCatalogSettings} in mesh-catalog. A
     * {@code null} value means the default: the SDK's region and endpoint chains ({@code AWS_REGION},
     * {@code AWS_ENDPOINT_URL}, the profile), the caller's account as catalog, no role assumption, no external id.
     *
     * @param scriptsLocation the S3 prefix the generated Glue jobs name as {@code ScriptLocation}; {@code null} when
     *     no job is registered
     * @param scriptsDirectory the generated {@code glue-etl} folder whose scripts are uploaded to
     *     {@code scriptsLocation}; {@code null} when no job is registered
     * @param maxAttempts attempts per AWS call, the first included
     * @param subscriptionsTable the DynamoDB table of subscription requests in the governance account
     */
    public record GlueSettings(String region, URI endpoint, String catalogId, String roleArn, String externalId,
            String sessionName, String scriptsLocation, Path scriptsDirectory, int maxAttempts,
            String subscriptionsTable) {

        public GlueSettings {
            Objects.requireNonNull(sessionName, "sessionName == null");
            Objects.requireNonNull(subscriptionsTable, "subscriptionsTable == null");
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts < 1");
            }
        }

        /** The settings without the external id, which is a shared secret of the role's trust policy. */
        @Override
        public String toString() {
            return "GlueSettings[region=" + region + ", endpoint=" + endpoint + ", catalogId=" + catalogId
                    + ", roleArn=" + roleArn + ", externalId=" + (externalId == null ? "null" : "***")
                    + ", sessionName=" + sessionName + ", scriptsLocation=" + scriptsLocation + ", maxAttempts="
                    + maxAttempts + ", subscriptionsTable=" + subscriptionsTable + "]";
        }
    }

    private final CatalogType catalog;
    private final Path catalogDirectory;
    private final GlueSettings glue;
    private final RegistrationOptions options;
    private final List<String> generators;
    private final Map<String, String> generatorOptions;
    private final List<String> ignoredGlueSettings;
    private final List<String> openClassifications;
    private final Optional<String> lakeFormationRoleArn;

    private RegisterSettings(Builder builder, CatalogType catalog, GlueSettings glue, List<String> open) {
        this.catalog = catalog;
        this.catalogDirectory = builder.catalogDirectory;
        this.glue = glue;
        this.options = new RegistrationOptions(builder.allowDeletes, builder.dryRun);
        this.generators = builder.generators;
        this.generatorOptions = builder.generatorOptions;
        this.openClassifications = open;
        this.lakeFormationRoleArn = Optional.ofNullable(builder.lakeFormationRoleArn);
        List<String> ignored = new ArrayList<>();
        if (catalog == CatalogType.LOCAL) {
            addIfSet(ignored, CATALOG_ID_PROPERTY, builder.catalogId);
            addIfSet(ignored, ROLE_ARN_PROPERTY, builder.roleArn);
            addIfSet(ignored, EXTERNAL_ID_PROPERTY, builder.externalId);
            addIfSet(ignored, SESSION_NAME_PROPERTY, builder.sessionName);
            addIfSet(ignored, REGION_PROPERTY, builder.region);
            addIfSet(ignored, ENDPOINT_PROPERTY, builder.endpoint);
            addIfSet(ignored, SUBSCRIPTIONS_TABLE_PROPERTY, builder.subscriptionsTable);
        }
        this.ignoredGlueSettings = List.copyOf(ignored);
    }

    public static Builder builder(Path catalogDirectory) {
        return new Builder(catalogDirectory);
    }

    public CatalogType catalog() {
        return catalog;
    }

    /** The local catalog's directory (absolute); used when {@link #catalog()} is {@link CatalogType#LOCAL}. */
    public Path catalogDirectory() {
        return catalogDirectory;
    }

    /** The Glue backend's settings; used when {@link #catalog()} is {@link CatalogType#GLUE}. */
    public GlueSettings glue() {
        return glue;
    }

    /** Dry run and deletes, as mesh-catalog takes them. */
    public RegistrationOptions options() {
        return options;
    }

    /** The generators the project configures (for {@code mesh:generate}); empty means the defaults. */
    public List<String> generators() {
        return generators;
    }

    /** The generator options, by key ({@code glue.format}, {@code glueEtl.scriptLocation}, ...). */
    public Map<String, String> generatorOptions() {
        return generatorOptions;
    }

    /** What a role (or an approved subscription) reads when it lists no classifications, sorted. */
    public List<String> openClassifications() {
        return openClassifications;
    }

    /** The role Lake Formation uses for the registered table locations; empty: its service-linked role. */
    public Optional<String> lakeFormationRoleArn() {
        return lakeFormationRoleArn;
    }

    /** The Glue-only properties that were set although the catalog is local, for a warning. */
    public List<String> ignoredGlueSettings() {
        return ignoredGlueSettings;
    }

    private static void addIfSet(List<String> out, String property, String value) {
        if (value != null) {
            out.add(property);
        }
    }

    /** Builds {@link RegisterSettings} from the raw parameter values; blank values count as unset. */
    public static final class Builder {

        private final Path catalogDirectory;
        private String catalog;
        private String catalogId;
        private String roleArn;
        private String externalId;
        private String sessionName;
        private String region;
        private String endpoint;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Path scriptsDirectory;
        private boolean dryRun;
        private boolean allowDeletes;
        private List<String> generators = List.of();
        private Map<String, String> generatorOptions = Map.of();
        private List<String> openClassifications = List.copyOf(AccessConfig.DEFAULT_OPEN_CLASSIFICATIONS);
        private String lakeFormationRoleArn;
        private String subscriptionsTable;

        private Builder(Path catalogDirectory) {
            this.catalogDirectory = Objects.requireNonNull(catalogDirectory, "catalogDirectory == null")
                    .toAbsolutePath().normalize();
        }

        /** {@code local} (also when {@code null}) or {@code glue}. */
        public Builder catalog(String value) {
            this.catalog = clean(value);
            return this;
        }

        /** The central account's id; {@code null}: the caller's account. */
        public Builder catalogId(String value) {
            this.catalogId = clean(value);
            return this;
        }

        public Builder roleArn(String value) {
            this.roleArn = clean(value);
            return this;
        }

        public Builder externalId(String value) {
            this.externalId = clean(value);
            return this;
        }

        public Builder sessionName(String value) {
            this.sessionName = clean(value);
            return this;
        }

        public Builder region(String value) {
            this.region = clean(value);
            return this;
        }

        public Builder endpoint(String value) {
            this.endpoint = clean(value);
            return this;
        }

        public Builder maxAttempts(int value) {
            this.maxAttempts = value;
            return this;
        }

        /** The generated {@code glue-etl} folder; its scripts are uploaded when Glue jobs are registered. */
        public Builder scriptsDirectory(Path value) {
            this.scriptsDirectory = value == null ? null : value.toAbsolutePath().normalize();
            return this;
        }

        public Builder dryRun(boolean value) {
            this.dryRun = value;
            return this;
        }

        public Builder allowDeletes(boolean value) {
            this.allowDeletes = value;
            return this;
        }

        /** Generator names; each entry may be a comma-separated list. {@code null}: the defaults. */
        public Builder generators(List<String> value) {
            this.generators = value == null ? List.of() : value.stream()
                    .flatMap(g -> Arrays.stream(g.split(","))).map(String::trim).filter(g -> !g.isEmpty()).toList();
            return this;
        }

        public Builder generatorOptions(Map<String, String> value) {
            this.generatorOptions = value == null ? Map.of() : Map.copyOf(new TreeMap<>(value));
            return this;
        }

        /**
         * The classifications every role reads unless it lists its own; each entry may be a comma-separated list.
         * {@code null}: {@code internal} and {@code public}.
         */
        public Builder openClassifications(List<String> value) {
            this.openClassifications = value == null ? List.copyOf(AccessConfig.DEFAULT_OPEN_CLASSIFICATIONS)
                    : value.stream().flatMap(c -> Arrays.stream(c.split(","))).map(String::trim)
                            .filter(c -> !c.isEmpty()).distinct().sorted().toList();
            return this;
        }

        public Builder lakeFormationRoleArn(String value) {
            this.lakeFormationRoleArn = clean(value);
            return this;
        }

        public Builder subscriptionsTable(String value) {
            this.subscriptionsTable = clean(value);
            return this;
        }

        /** The settings; fails with the property to fix when a value cannot be used. */
        public RegisterSettings build() throws InvalidConfigurationException {
            CatalogType type = catalogType();
            check(CATALOG_ID_PROPERTY, catalogId, ACCOUNT_ID, "is not an AWS account id (12 digits): set it to the "
                    + "governance account's id, or leave it out to register in the caller's account.");
            check(ROLE_ARN_PROPERTY, roleArn, ROLE_ARN, "is not an IAM role ARN such as "
                    + "arn:aws:iam::123456789012:role/mesh-registrar.");
            check(SESSION_NAME_PROPERTY, sessionName, SESSION_NAME, "is not an STS session name: use 2 to 64 "
                    + "letters, digits and +=,.@_- characters.");
            check(REGION_PROPERTY, region, REGION, "is not an AWS region such as eu-west-1; leave it out to take "
                    + "the region from AWS_REGION or the profile.");
            if (maxAttempts < 1) {
                throw new InvalidConfigurationException(MAX_ATTEMPTS_PROPERTY, Integer.toString(maxAttempts),
                        MAX_ATTEMPTS_PROPERTY + " is " + maxAttempts + ": set <maxAttempts> or -D"
                                + MAX_ATTEMPTS_PROPERTY + " to 1 or more (attempts per AWS call, the first included).");
            }
            check(LAKE_FORMATION_ROLE_ARN_PROPERTY, lakeFormationRoleArn, ROLE_ARN, "is not an IAM role ARN such "
                    + "as arn:aws:iam::123456789012:role/lake-formation-data-access; leave it out to register table "
                    + "locations with Lake Formation's service-linked role.");
            check(SUBSCRIPTIONS_TABLE_PROPERTY, subscriptionsTable, DYNAMODB_TABLE, "is not a DynamoDB table name: "
                    + "use 3 to 255 letters, digits, '_', '-' or '.'.");
            boolean jobs = generators.contains("glue-etl");
            GlueSettings glue = new GlueSettings(region, endpointUri(), catalogId, roleArn, externalId,
                    sessionName == null ? DEFAULT_SESSION_NAME : sessionName,
                    jobs ? generatorOptions.get(SCRIPT_LOCATION_OPTION) : null,
                    jobs && generatorOptions.get(SCRIPT_LOCATION_OPTION) != null ? scriptsDirectory : null,
                    maxAttempts, subscriptionsTable == null ? DEFAULT_SUBSCRIPTIONS_TABLE : subscriptionsTable);
            return new RegisterSettings(this, type, glue, openClassifications);
        }

        private CatalogType catalogType() throws InvalidConfigurationException {
            if (catalog == null) {
                return CatalogType.LOCAL;
            }
            for (CatalogType type : CatalogType.values()) {
                if (type.word().equalsIgnoreCase(catalog)) {
                    return type;
                }
            }
            throw new InvalidConfigurationException(CATALOG_PROPERTY, catalog, "Unknown catalog '" + catalog
                    + "' (" + CATALOG_PROPERTY + " or <catalog>): use local (the embedded catalog directory) or glue "
                    + "(the AWS Glue Data Catalog).");
        }

        private URI endpointUri() throws InvalidConfigurationException {
            if (endpoint == null) {
                return null;
            }
            String problem = ENDPOINT_PROPERTY + " '" + endpoint + "' is not an http(s) URL such as "
                    + "https://glue.eu-west-1.amazonaws.com; leave it out to take the endpoint from AWS_ENDPOINT_URL "
                    + "or the SDK's defaults.";
            try {
                URI uri = new URI(endpoint);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    throw new InvalidConfigurationException(ENDPOINT_PROPERTY, endpoint, problem);
                }
                return uri;
            } catch (URISyntaxException e) {
                throw new InvalidConfigurationException(ENDPOINT_PROPERTY, endpoint, problem);
            }
        }

        private static void check(String property, String value, Pattern pattern, String problem)
                throws InvalidConfigurationException {
            if (value != null && !pattern.matcher(value).matches()) {
                throw new InvalidConfigurationException(property, value, property + " '" + value + "' " + problem);
            }
        }

        private static String clean(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }
    }
}
