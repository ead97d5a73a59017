package dev.datamesh.catalog.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.GlueClientBuilder;
import software.amazon.awssdk.services.glue.model.Database;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.Table;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.StsClientBuilder;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * Reads a database's tables from the Glue Data Catalog ({@code GetDatabase}, then {@code GetTables} page by page:
 * read calls only) and turns them into {@link ImportedTable}s. Owns its AWS clients; close it.
 */
public final class GlueCatalogReader implements AutoCloseable {

    /** The session name of an assumed role, as CloudTrail shows it. */
    static final String SESSION_NAME = "mesh-import";

    private final GlueClient glue;
    private final Optional<StsClient> sts;
    private final Optional<StsAssumeRoleCredentialsProvider> role;
    private final Optional<String> catalogId;

    private GlueCatalogReader(GlueClient glue, Optional<StsClient> sts, Optional<StsAssumeRoleCredentialsProvider> role,
            Optional<String> catalogId) {
        this.glue = glue;
        this.sts = sts;
        this.role = role;
        this.catalogId = catalogId;
    }

    /** Creates the clients; fails with a hint when the SDK finds no region. */
    public static GlueCatalogReader connect(AwsAccess access) throws ImportException {
        Objects.requireNonNull(access, "access == null");
        Optional<StsClient> sts = Optional.empty();
        Optional<StsAssumeRoleCredentialsProvider> role = Optional.empty();
        try {
            GlueClientBuilder builder = GlueClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder());
            access.region().map(Region::of).ifPresent(builder::region);
            access.endpoint().ifPresent(builder::endpointOverride);
            access.credentials().ifPresent(builder::credentialsProvider);
            if (access.roleArn().isPresent()) {
                StsClientBuilder stsBuilder = StsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder());
                access.region().map(Region::of).ifPresent(stsBuilder::region);
                access.endpoint().ifPresent(stsBuilder::endpointOverride);
                access.credentials().ifPresent(stsBuilder::credentialsProvider);
                sts = Optional.of(stsBuilder.build());
                String arn = access.roleArn().get();
                role = Optional.of(StsAssumeRoleCredentialsProvider.builder().stsClient(sts.get())
                        .refreshRequest(r -> r.roleArn(arn).roleSessionName(SESSION_NAME)).build());
                builder.credentialsProvider(role.get());
            }
            return new GlueCatalogReader(builder.build(), sts, role, access.catalogId());
        } catch (SdkClientException e) {
            role.ifPresent(StsAssumeRoleCredentialsProvider::close);
            sts.ifPresent(StsClient::close);
            throw new ImportException("The AWS SDK cannot reach Glue: " + e.getMessage(),
                    "set the region with AWS_REGION or in your AWS profile (AWS_PROFILE), and the endpoint with"
                            + " AWS_ENDPOINT_URL when Glue is not at its public address.", e);
        }
    }

    /**
     * The tables of {@code database}: those named in {@code tables} in that order (Glue names ignore case), or all
     * of them by name.
     */
    public List<ImportedTable> read(String database, List<String> tables) throws ImportException {
        String where = catalogId.map(id -> "the Glue Data Catalog of account " + id)
                .orElse("the Glue Data Catalog of the caller's account");
        Database db = call("GetDatabase on '" + database + "'", () -> {
            try {
                return Optional.of(glue.getDatabase(r -> r.catalogId(catalogId.orElse(null)).name(database))
                        .database());
            } catch (EntityNotFoundException e) {
                return Optional.<Database>empty();
            }
        }).orElseThrow(() -> new ImportException("There is no database '" + database + "' in " + where + ".",
                databaseHint()));
        Map<String, Table> all = new LinkedHashMap<>();
        call("GetTables on '" + database + "'", () -> {
            glue.getTablesPaginator(r -> r.catalogId(catalogId.orElse(null)).databaseName(database)).stream()
                    .flatMap(page -> page.tableList().stream()).forEach(t -> all.put(t.name().toLowerCase(Locale.ROOT), t));
            return null;
        });
        if (all.isEmpty()) {
            throw new ImportException("The Glue database '" + database + "' in " + where + " holds no tables.",
                    "name a database that holds tables in -Dmesh.database.");
        }
        List<Table> chosen = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (tables.isEmpty()) {
            all.values().stream().sorted(Comparator.comparing(Table::name)).forEach(chosen::add);
        }
        for (String name : tables) {
            Table table = all.get(name.strip().toLowerCase(Locale.ROOT));
            if (table == null) {
                missing.add(name.strip());
            } else if (!chosen.contains(table)) {
                chosen.add(table);
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportException("The Glue database '" + database + "' has no table '"
                    + String.join("', '", missing) + "'.", "name tables of '" + database + "' in -Dmesh.tables: "
                            + all.values().stream().map(Table::name).sorted().collect(Collectors.joining(", "))
                            + ".");
        }
        Optional<String> account = catalogId;
        List<ImportedTable> imported = new ArrayList<>();
        for (Table table : chosen) {
            imported.add(GlueTableImporter.of(db, table, account));
        }
        return imported;
    }

    private String databaseHint() {
        try {
            List<String> names = glue.getDatabases(r -> r.catalogId(catalogId.orElse(null)).maxResults(50))
                    .databaseList().stream().map(Database::name).sorted().toList();
            return names.isEmpty() ? "check -Dmesh.database and -Dmesh.catalogId; the catalog holds no database."
                    : "name one of the catalog's databases in -Dmesh.database: " + String.join(", ", names) + ".";
        } catch (SdkException e) {
            return "check -Dmesh.database (Glue database names are lower case) and -Dmesh.catalogId.";
        }
    }

    /** A Glue call whose AWS failures become an {@link ImportException} naming the call. */
    private static <T> T call(String what, GlueCall<T> call) throws ImportException {
        try {
            return call.run();
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
            String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
            throw new ImportException("Glue " + what + " failed: " + message + " (" + code + ", HTTP "
                    + e.statusCode() + ").", "check the credentials (AWS_PROFILE) and that they allow"
                            + " glue:GetDatabase, glue:GetDatabases and glue:GetTables"
                            + " (and sts:AssumeRole for -Dmesh.roleArn).", e);
        } catch (SdkClientException e) {
            throw new ImportException("Glue " + what + " failed: " + e.getMessage(),
                    "check the network, the region (AWS_REGION) and AWS_ENDPOINT_URL.", e);
        }
    }

    @FunctionalInterface
    private interface GlueCall<T> {
        T run();
    }

    @Override
    public void close() {
        glue.close();
        role.ifPresent(StsAssumeRoleCredentialsProvider::close);
        sts.ifPresent(StsClient::close);
    }
}
