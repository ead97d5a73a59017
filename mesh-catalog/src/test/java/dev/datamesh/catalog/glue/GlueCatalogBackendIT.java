package dev.datamesh.catalog.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datamesh.catalog.AccessMode;
import dev.datamesh.catalog.CatalogBackend;
import dev.datamesh.catalog.ApplyException;
import dev.datamesh.catalog.CatalogException;
import dev.datamesh.catalog.CatalogRegistration;
import dev.datamesh.catalog.CatalogSession;
import dev.datamesh.catalog.CountingCatalogBackend;
import dev.datamesh.catalog.FailingCatalogBackend;
import dev.datamesh.catalog.Fixtures;
import dev.datamesh.catalog.RegistrationOptions;
import dev.datamesh.catalog.RegistrationResult;
import dev.datamesh.catalog.model.DesiredCatalog;
import dev.datamesh.catalog.model.GlueFields;
import dev.datamesh.catalog.model.GlueObject;
import dev.datamesh.catalog.model.Json;
import dev.datamesh.catalog.model.LfTag;
import dev.datamesh.catalog.model.ProductDefinition;
import dev.datamesh.catalog.model.TableDefinition;
import dev.datamesh.catalog.model.TableState;
import dev.datamesh.catalog.plan.PlannedAction;
import dev.datamesh.catalog.testing.MotoProxy;
import dev.datamesh.catalog.testing.MotoProxy.Fault;
import dev.datamesh.catalog.testing.MotoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.TableInput;
import software.amazon.awssdk.services.lakeformation.LakeFormationClient;
import software.amazon.awssdk.services.lakeformation.model.ColumnLFTag;
import software.amazon.awssdk.services.lakeformation.model.GetResourceLfTagsResponse;
import software.amazon.awssdk.services.lakeformation.model.LFTagPair;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The glue backend against {@code moto_server} on loopback, through the real AWS SDK v2 clients and a fault proxy;
 * one server for the class, reset before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GlueCatalogBackendIT {

    static final String ACCOUNT = "123456789012";
    static final String CATALOG = "glue:eu-west-1:" + ACCOUNT;
    static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKIDMESHTEST", "mesh-test-secret-key"));

    private MotoServer moto;
    private MotoProxy proxy;
    private final List<GlueCatalogBackend> backends = new ArrayList<>();

    @BeforeAll
    void startMoto() throws Exception {
        moto = MotoServer.start();
        proxy = MotoProxy.start(moto.endpointUri());
    }

    @AfterAll
    void stopMoto() {
        proxy.close();
        moto.close();
    }

    @BeforeEach
    void reset() throws Exception {
        moto.reset();
        proxy.clear();
    }

    @AfterEach
    void closeBackends() {
        backends.forEach(GlueCatalogBackend::close);
        backends.clear();
    }

    private GlueCatalogBackend backend(Consumer<GlueCatalogSettings.Builder> settings) {
        GlueCatalogSettings.Builder builder = GlueCatalogSettings.builder().region("eu-west-1")
                .endpoint(proxy.endpoint()).maxAttempts(4);
        settings.accept(builder);
        GlueCatalogBackend backend = GlueCatalogBackend.create(builder.build(), CREDENTIALS);
        backends.add(backend);
        return backend;
    }

    private GlueCatalogBackend backend() {
        return backend(b -> {});
    }

    private RegistrationResult register(String version) {
        return register(backend(), version, RegistrationOptions.DEFAULT);
    }

    private RegistrationResult register(CatalogBackend backend, String version,
            RegistrationOptions options) {
        List<String> log = new ArrayList<>();
        RegistrationResult result = CatalogRegistration.register(Fixtures.desired(version), backend, options,
                log::add);
        assertThat(log.get(0)).isEqualTo(result.plan().render());
        return result;
    }

    @Test
    void theFirstRegistrationCreatesEverything() {
        RegistrationResult result = register("v1");

        assertThat(result.plan().render()).isEqualTo("""
                Plan for product sales/pos-transactions (catalog glue:eu-west-1:123456789012):
                  + lf-tag classification
                      TagValues: internal, public, restricted, unclassified
                  + lf-tag data_product
                      TagValues: pos-transactions
                  + lf-tag domain
                      TagValues: sales
                  + database sales_pos
                  + table sales_pos.pos_transactions
                  + table sales_pos.store_inventory
                  + schema registry sales
                  + schema sales/sales.pos_transactions.PosTransaction
                  + schema sales/sales.store_inventory.StoreInventory
                  + job sales-pos-transactions-load
                  + lf-tags on database sales_pos
                      data_product: + pos-transactions
                      domain: + sales
                  + lf-tags on table sales_pos.pos_transactions
                      classification: + unclassified
                      data_product: + pos-transactions
                      domain: + sales
                  + lf-tags on table sales_pos.store_inventory
                      classification: + unclassified
                      data_product: + pos-transactions
                      domain: + sales
                  + lf-tags on column sales_pos.pos_transactions.sale_id
                      classification: + internal
                  + lf-tags on column sales_pos.pos_transactions.store_id
                      classification: + public
                  + lf-tags on column sales_pos.pos_transactions.customer_id
                      classification: + restricted
                  + lf-tags on column sales_pos.store_inventory.store_id
                      classification: + public
                  + data location arn:aws:s3:::mesh-sales/pos/pos_transactions
                      RoleArn: (the service-linked role)
                  + data location arn:aws:s3:::mesh-sales/pos/store_inventory
                      RoleArn: (the service-linked role)
                Plan: 19 to create, 0 to update, 0 unchanged.
                """);
        assertThat(result.changesWritten()).isEqualTo(19);
        assertThat(proxy.writes()).containsExactly("lakeformation:CreateLFTag", "lakeformation:CreateLFTag",
                "lakeformation:CreateLFTag", "glue:CreateDatabase", "glue:CreateTable", "glue:CreateTable",
                "glue:CreateRegistry", "glue:CreateSchema", "glue:CreateSchema", "glue:CreateJob",
                "lakeformation:AddLFTagsToResource", "lakeformation:AddLFTagsToResource",
                "lakeformation:AddLFTagsToResource", "lakeformation:AddLFTagsToResource",
                "lakeformation:AddLFTagsToResource", "lakeformation:AddLFTagsToResource",
                "lakeformation:AddLFTagsToResource", "lakeformation:RegisterResource",
                "lakeformation:RegisterResource");

        try (GlueClient glue = glue()) {
            var database = glue.getDatabase(r -> r.catalogId(ACCOUNT).name("sales_pos")).database();
            assertThat(database.parameters()).containsEntry("product.id", "sales/pos-transactions")
                    .containsEntry("product.owner", "sales-data");
            var table = glue.getTable(r -> r.catalogId(ACCOUNT).databaseName("sales_pos").name("pos_transactions"))
                    .table();
            assertThat(table.storageDescriptor().columns()).extracting(c -> c.name() + " " + c.type())
                    .containsExactly("sale_id string", "store_id bigint", "customer_id string",
                            "amount decimal(12,2)");
            assertThat(table.partitionKeys()).extracting(c -> c.name()).containsExactly("sale_date");
            assertThat(table.parameters()).containsEntry("contract.version", "1.0.0")
                    .containsEntry("classification", "parquet");
            var job = glue.getJob(r -> r.jobName("sales-pos-transactions-load")).job();
            assertThat(job.command().scriptLocation()).isEqualTo("s3://mesh-sales/scripts/pos_transactions.py");
            assertThat(job.numberOfWorkers()).isEqualTo(2);
            var schema = glue.getSchema(r -> r.schemaId(id -> id.registryName("sales")
                    .schemaName("sales.pos_transactions.PosTransaction")));
            assertThat(schema.compatibilityAsString()).isEqualTo("BACKWARD");
            assertThat(schema.dataFormatAsString()).isEqualTo("AVRO");
        }
    }

    @Test
    void aSecondRegistrationMakesNoWriteCall() {
        register("v1");
        proxy.clear();
        CountingCatalogBackend counting = new CountingCatalogBackend(backend());

        RegistrationResult again = register(counting, "v1", RegistrationOptions.DEFAULT);

        assertThat(again.plan().summary()).isEqualTo("Plan: 0 to create, 0 to update, 19 unchanged.");
        assertThat(counting.counts().writes()).isZero();
        assertThat(counting.counts().readCalls()).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
                Map.entry("getDataLocations", 1), Map.entry("getDatabase", 1), Map.entry("getDatabaseLfTags", 1),
                Map.entry("getGrants", 1), Map.entry("getJob", 1), Map.entry("getLfTag", 3),
                Map.entry("getRegistry", 1), Map.entry("getSchema", 2), Map.entry("getSchemaVersionByDefinition", 2),
                Map.entry("getSubscriptions", 1), Map.entry("getTableLfTags", 2), Map.entry("getTables", 1))));
        assertThat(proxy.writes()).isEmpty();
        assertThat(proxy.counts()).containsOnlyKeys("glue:GetDatabase", "glue:GetTables", "glue:GetJob",
                "glue:GetRegistry", "glue:GetSchema", "glue:GetSchemaVersion", "glue:GetSchemaByDefinition",
                "lakeformation:GetLFTag", "lakeformation:GetResourceLFTags", "lakeformation:ListPermissions",
                "lakeformation:ListResources", "dynamodb:Scan", "sts:GetCallerIdentity");
    }

    @Test
    void aChangedContractUpdatesExactlyWhatChanged() {
        register("v1");
        proxy.clear();

        RegistrationResult result = register("v2");

        assertThat(result.plan().changes()).extracting(PlannedAction::subject).containsExactly(
                "database sales_pos", "table sales_pos.pos_transactions",
                "schema sales/sales.pos_transactions.PosTransaction",
                "lf-tags on column sales_pos.pos_transactions.loyalty_tier");
        assertThat(result.plan().render()).contains("""
                  ~ table sales_pos.pos_transactions
                      Parameters.contract.fingerprint: 9419a04a281b7803039764dfe30133464452ebb21b01ec69b09f35d1d3f0953b \
                -> 5821127cf7f92c829b6d82915f81ec1391f380e1637b28424e2bb7c2783687e1
                      Parameters.contract.version: 1.0.0 -> 1.1.0
                      Columns: + loyalty_tier string
                  = table sales_pos.store_inventory
                  = schema registry sales
                  ~ schema sales/sales.pos_transactions.PosTransaction
                      Version: 1 -> 2
                      fields: + loyalty_tier ["null","string"]
                """);
        assertThat(proxy.writes()).containsExactly("glue:UpdateDatabase", "glue:UpdateTable",
                "glue:RegisterSchemaVersion", "lakeformation:AddLFTagsToResource");
        try (CatalogSession session = backend().open(AccessMode.READ_ONLY)) {
            TableState table = session.getTable("sales_pos", "pos_transactions").orElseThrow();
            assertThat(table.versionId()).isEqualTo("2");
            assertThat(TableDefinition.columnNames(table.table())).endsWith("loyalty_tier", "sale_date");
            assertThat(session.getTable("sales_pos", "store_inventory").orElseThrow().versionId()).isEqualTo("1");
            assertThat(session.getSchema("sales", "sales.pos_transactions.PosTransaction").orElseThrow()
                    .latestVersion()).isEqualTo(2);
            assertThat(session.getTableLfTags("sales_pos", "pos_transactions").column("loyalty_tier"))
                    .containsExactly(Map.entry("classification", "internal"));
        }
    }

    @Test
    void aDryRunWritesNothing() {
        RegistrationResult first = register(backend(), "v1", RegistrationOptions.DEFAULT.withDryRun(true));

        assertThat(first.applied()).isFalse();
        assertThat(first.plan().summary()).isEqualTo("Plan: 19 to create, 0 to update, 0 unchanged.");
        assertThat(proxy.writes()).isEmpty();
        try (GlueClient glue = glue()) {
            assertThatThrownBy(() -> glue.getDatabase(r -> r.name("sales_pos")))
                    .isInstanceOf(EntityNotFoundException.class);
        }

        register("v1");
        proxy.clear();
        RegistrationResult change = register(backend(), "v2", RegistrationOptions.DEFAULT.withDryRun(true));

        assertThat(change.plan().summary()).isEqualTo("Plan: 1 to create, 3 to update, 16 unchanged.");
        assertThat(proxy.writes()).isEmpty();
    }

    @Test
    void aTableThatLeftTheContractsIsReportedNotDropped() {
        register("v2");
        proxy.clear();

        RegistrationResult result = register("v3");

        assertThat(result.plan().render()).contains(
                "  ! table sales_pos.store_inventory (not in any contract; kept, use allowDeletes to drop)\n");
        assertThat(proxy.writes()).doesNotContain("glue:DeleteTable");
        try (GlueClient glue = glue()) {
            assertThat(glue.getTable(r -> r.databaseName("sales_pos").name("store_inventory")).table().name())
                    .isEqualTo("store_inventory");
        }

        register(backend(), "v3", RegistrationOptions.DEFAULT.withAllowDeletes(true));

        assertThat(proxy.writes()).containsOnlyOnce("glue:DeleteTable");
        try (GlueClient glue = glue()) {
            assertThatThrownBy(() -> glue.getTable(r -> r.databaseName("sales_pos").name("store_inventory")))
                    .isInstanceOf(EntityNotFoundException.class);
        }
    }

    @ParameterizedTest
    @CsvSource({"none, 1", "none, 9", "none, 16", "v1, 2"})
    void aRunThatFailsHalfWayIsCompletedByTheNextRun(String start, int writesBeforeFailure) {
        if (!start.equals("none")) {
            register(start);
        }
        register("v2");
        Map<String, String> clean = state();
        resetMoto();
        if (!start.equals("none")) {
            register(start);
        }
        int changes = start.equals("none") ? 20 : 4;

        assertThatThrownBy(() -> register(new FailingCatalogBackend(backend(), writesBeforeFailure), "v2",
                RegistrationOptions.DEFAULT)).isInstanceOfSatisfying(ApplyException.class, e -> {
                    assertThat(e.resumable()).isTrue();
                    assertThat(e.applied()).isEqualTo(writesBeforeFailure);
                    assertThat(e.total()).isEqualTo(changes);
                });
        RegistrationResult resumed = register("v2");

        assertThat(resumed.changesWritten()).isEqualTo(changes - writesBeforeFailure);
        assertThat(state()).isEqualTo(clean);
        assertThat(register("v2").changesWritten()).isZero();
    }

    private void resetMoto() {
        try {
            moto.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the catalog holds for the product, without timestamps, as the backend reads it. */
    private Map<String, String> state() {
        Map<String, String> out = new TreeMap<>();
        try (CatalogSession s = backend().open(AccessMode.READ_ONLY)) {
            out.put("database", s.getDatabase("sales_pos").orElseThrow().only(GlueFields.DATABASE_INPUT).toJson());
            out.put("database tags", s.getDatabaseLfTags("sales_pos").toString());
            for (TableState table : s.getTables("sales_pos")) {
                out.put("table " + table.name(), table.table().only(GlueFields.TABLE_INPUT).toJson() + " version "
                        + table.versionId());
                out.put("table tags " + table.name(), s.getTableLfTags("sales_pos", table.name()).toString());
            }
            for (String key : List.of(LfTag.DOMAIN, LfTag.DATA_PRODUCT, LfTag.CLASSIFICATION)) {
                out.put("lf-tag " + key, s.getLfTag(key).map(LfTag::values).toString());
            }
            out.put("registry", Boolean.toString(s.getRegistry("sales").isPresent()));
            for (String schema : List.of("sales.pos_transactions.PosTransaction",
                    "sales.store_inventory.StoreInventory")) {
                out.put("schema " + schema, s.getSchema("sales", schema).map(i -> i.latestVersion() + " "
                        + i.compatibility() + " " + i.latestDefinition()).toString());
            }
            out.put("job", s.getJob("sales-pos-transactions-load").map(j -> j.only(GlueFields.JOB_UPDATE).toJson())
                    .toString());
        }
        return out;
    }

    @Test
    void lfTagsAreAssignedToTheDatabaseTablesAndColumns() {
        register("v1");

        try (LakeFormationClient lf = lakeFormation()) {
            GetResourceLfTagsResponse database = lf.getResourceLFTags(r -> r.catalogId(ACCOUNT)
                    .resource(x -> x.database(d -> d.catalogId(ACCOUNT).name("sales_pos"))));
            assertThat(pairs(database.lfTagOnDatabase())).containsExactly("data_product=pos-transactions",
                    "domain=sales");
            GetResourceLfTagsResponse table = lf.getResourceLFTags(r -> r.catalogId(ACCOUNT)
                    .resource(x -> x.table(t -> t.catalogId(ACCOUNT).databaseName("sales_pos")
                            .name("pos_transactions"))));
            assertThat(pairs(table.lfTagsOnTable())).containsExactly("classification=unclassified",
                    "data_product=pos-transactions", "domain=sales");
            GetResourceLfTagsResponse columns = lf.getResourceLFTags(r -> r.catalogId(ACCOUNT)
                    .resource(x -> x.tableWithColumns(t -> t.catalogId(ACCOUNT).databaseName("sales_pos")
                            .name("pos_transactions").columnNames("sale_id", "store_id", "customer_id", "amount",
                                    "sale_date"))));
            Map<String, List<String>> byColumn = new TreeMap<>();
            for (ColumnLFTag column : columns.lfTagsOnColumns()) {
                byColumn.put(column.name(), pairs(column.lfTags()));
            }
            assertThat(byColumn).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                    "customer_id", List.of("classification=restricted"),
                    "sale_id", List.of("classification=internal"),
                    "store_id", List.of("classification=public"))));
            assertThat(lf.getLFTag(r -> r.catalogId(ACCOUNT).tagKey("classification")).tagValues())
                    .containsExactlyInAnyOrder("internal", "public", "restricted", "unclassified");
        }
    }

    private static List<String> pairs(List<LFTagPair> pairs) {
        return pairs.stream().map(p -> p.tagKey() + "=" + String.join(",", p.tagValues())).sorted().toList();
    }

    @Test
    void aSchemaGetsANewVersionOnlyWhenItsDefinitionChanged() {
        register("v1");
        register("v1");
        register("v2");
        register("v2");
        proxy.clear();

        RegistrationResult back = register("v1");

        assertThat(back.plan().render()).contains("  = schema sales/sales.pos_transactions.PosTransaction (matches "
                + "version 1; the latest is 2)\n");
        assertThat(proxy.writes()).doesNotContain("glue:RegisterSchemaVersion", "glue:CreateSchema");
        try (GlueClient glue = glue()) {
            var pos = glue.getSchema(r -> r.schemaId(id -> id.registryName("sales")
                    .schemaName("sales.pos_transactions.PosTransaction")));
            assertThat(pos.latestSchemaVersion()).isEqualTo(2L);
            var inventory = glue.getSchema(r -> r.schemaId(id -> id.registryName("sales")
                    .schemaName("sales.store_inventory.StoreInventory")));
            assertThat(inventory.latestSchemaVersion()).isEqualTo(1L);
        }
    }

    @Test
    void throttlingAndServerErrorsAreRetriedWithBackoff() {
        proxy.fail("glue:CreateTable", 2, Fault.THROTTLING);
        proxy.fail("lakeformation:AddLFTagsToResource", 1, Fault.SERVICE_UNAVAILABLE);
        proxy.fail("glue:GetDatabase", 1, Fault.INTERNAL_ERROR);
        proxy.fail("lakeformation:GetLFTag", 1, Fault.THROTTLING);

        RegistrationResult result = register("v1");

        assertThat(result.changesWritten()).isEqualTo(19);
        assertThat(proxy.count("glue:CreateTable")).isEqualTo(2 + 2);
        assertThat(proxy.count("lakeformation:AddLFTagsToResource")).isEqualTo(7 + 1);
        assertThat(proxy.count("glue:GetDatabase")).isEqualTo(1 + 1);
        assertThat(proxy.count("lakeformation:GetLFTag")).isEqualTo(3 + 1);
        assertThat(register("v1").changesWritten()).isZero();
    }

    @Test
    void throttlingBeyondTheAttemptsStopsWithAResumableErrorNamingTheCall() {
        proxy.fail("glue:CreateTable", 2, Fault.THROTTLING);

        assertThatThrownBy(() -> register(backend(b -> b.maxAttempts(2)), "v1", RegistrationOptions.DEFAULT))
                .isInstanceOfSatisfying(ApplyException.class, e -> {
                    assertThat(e.getMessage()).startsWith("Registration stopped at create of table "
                            + "sales_pos.pos_transactions (4 of 19 changes applied): AWS throttled glue:CreateTable on "
                            + "table sales_pos.pos_transactions in " + CATALOG + " on all 2 attempts (HTTP 400 "
                            + "ThrottlingException: Rate exceeded, request id proxy-");
                    assertThat(e.hint()).isEqualTo("run register again in a few minutes: it resumes where this run "
                            + "stopped; or allow more attempts (maxAttempts) or the ADAPTIVE_V2 retry mode "
                            + "(retryMode). Then run register again: it reads the catalog afresh and resumes with "
                            + "the 15 remaining changes, without repeating the applied ones.");
                    assertThat(e.resumable()).isTrue();
                });
        assertThat(proxy.count("glue:CreateTable")).isEqualTo(2);

        assertThat(register("v1").changesWritten()).isEqualTo(15);
    }

    @Test
    void accessDeniedNamesTheIamActionToGrant() {
        proxy.fail("glue:CreateTable", 1, Fault.ACCESS_DENIED);

        assertThatThrownBy(() -> register("v1")).isInstanceOfSatisfying(ApplyException.class, e -> {
            CatalogException cause = (CatalogException) e.getCause();
            assertThat(cause.getMessage()).startsWith("Access denied: glue:CreateTable on table "
                    + "sales_pos.pos_transactions in " + CATALOG + " (HTTP 400 AccessDeniedException: User: "
                    + "arn:aws:iam::123456789012:user/ci is not authorized to perform this operation, request id ");
            assertThat(cause.hint()).isEqualTo("grant glue:CreateTable to the identity that registers (the role "
                    + "of mesh.roleArn, or else the AWS_PROFILE / environment credentials), then run register "
                    + "again: it resumes where this run stopped.");
            assertThat(cause.resource()).contains("table sales_pos.pos_transactions");
            assertThat(e.resumable()).isTrue();
        });
        assertThat(proxy.count("glue:CreateTable")).as("access denied is not retried").isEqualTo(1);
    }

    @Test
    void aConcurrentTableChangeIsReplannedOnTheNewVersion() {
        register("v1");
        proxy.fail("glue:UpdateTable", 1, Fault.CONFLICT, () -> {
            try (GlueClient glue = glue()) {
                var table = glue.getTable(r -> r.databaseName("sales_pos").name("pos_transactions")).table();
                var input = TableInput.builder().name(table.name())
                        .tableType(table.tableType()).storageDescriptor(table.storageDescriptor())
                        .partitionKeys(table.partitionKeys()).description(table.description()).owner(table.owner())
                        .parameters(with(table.parameters(), "crawler.last_run", "2026-11-25")).build();
                glue.updateTable(r -> r.databaseName("sales_pos").tableInput(input));
            }
        });

        RegistrationResult result = register("v2");

        assertThat(result.changesWritten()).isEqualTo(4);
        assertThat(proxy.count("glue:UpdateTable")).as("the conflict, then the re-planned update").isEqualTo(2);
        try (CatalogSession session = backend().open(AccessMode.READ_ONLY)) {
            TableState table = session.getTable("sales_pos", "pos_transactions").orElseThrow();
            assertThat(table.versionId()).isEqualTo("3");
            assertThat(table.table().parameters()).containsEntry("crawler.last_run", "2026-11-25")
                    .containsEntry("contract.version", "1.1.0");
            assertThat(TableDefinition.columnNames(table.table())).contains("loyalty_tier");
        }
        assertThat(register("v2").changesWritten()).isZero();
    }

    private static Map<String, String> with(Map<String, String> map, String key, String value) {
        Map<String, String> out = new TreeMap<>(map);
        out.put(key, value);
        return out;
    }

    @Test
    void aTableThatKeepsChangingStopsWithAResumableError() {
        register("v1");
        proxy.fail("glue:UpdateTable", 10, Fault.CONFLICT);

        assertThatThrownBy(() -> register(backend(b -> b.conflictRetries(2)), "v2", RegistrationOptions.DEFAULT))
                .isInstanceOfSatisfying(ApplyException.class, e -> {
                    assertThat(e.getCause().getMessage()).isEqualTo("The table sales_pos.pos_transactions kept "
                            + "changing while registration updated it (3 attempts with a fresh VersionId).");
                    assertThat(e.resumable()).isTrue();
                });
        assertThat(proxy.count("glue:UpdateTable")).isEqualTo(3);
    }

    @Test
    void aRoleInTheGovernanceAccountIsAssumedAndItsExternalIdNeverShown() {
        String externalId = "mesh-external-id-4f1c";
        GlueCatalogBackend backend = backend(b -> b.roleArn("arn:aws:iam::210987654321:role/mesh-register")
                .externalId(externalId).sessionName("ci-build-42"));
        List<String> log = new ArrayList<>();

        RegistrationResult result = CatalogRegistration.register(Fixtures.desired("v1"), backend,
                RegistrationOptions.DEFAULT, log::add);

        assertThat(result.plan().catalog()).isEqualTo("glue:eu-west-1:210987654321");
        assertThat(result.changesWritten()).isEqualTo(19);
        assertThat(proxy.bodies("sts:AssumeRole")).singleElement().satisfies(body -> assertThat(body)
                .contains("RoleArn=arn%3Aaws%3Aiam%3A%3A210987654321%3Arole%2Fmesh-register",
                        "RoleSessionName=ci-build-42", "ExternalId=" + externalId));
        try (CatalogSession session = backend.open(AccessMode.READ_ONLY)) {
            assertThat(session.getDatabase("sales_pos")).isPresent();
        }
        try (GlueClient glue = glue()) {
            assertThatThrownBy(() -> glue.getDatabase(r -> r.name("sales_pos")))
                    .as("nothing was written with the caller's own credentials")
                    .isInstanceOf(EntityNotFoundException.class);
        }
        assertThat(String.join("\n", log) + backend + backend.settings() + backend.describe())
                .contains("arn:aws:iam::210987654321:role/mesh-register").doesNotContain(externalId);
    }

    @Test
    void jobScriptsAreUploadedWithTheirJobAndAChangedScriptUpdatesTheJob(@TempDir Path scripts) throws Exception {
        Path script = scripts.resolve("pos_transactions.py");
        Files.writeString(script, "print('v1')\n");
        try (S3Client s3 = s3()) {
            s3.createBucket(r -> r.bucket("mesh-sales").createBucketConfiguration(c -> c.locationConstraint(
                    "eu-west-1")));
        }
        GlueCatalogBackend backend = backend(b -> b.scripts("s3://mesh-sales/scripts/", scripts));

        register(backend, "v1", RegistrationOptions.DEFAULT);

        assertThat(proxy.writes()).containsOnlyOnce("s3:PUT", "glue:CreateJob");
        assertThat(uploaded()).isEqualTo("print('v1')\n");
        proxy.clear();
        assertThat(register(backend, "v1", RegistrationOptions.DEFAULT).changesWritten()).isZero();
        assertThat(proxy.writes()).isEmpty();

        Files.writeString(script, "print('v2')\n");
        RegistrationResult changed = register(backend, "v1", RegistrationOptions.DEFAULT);

        assertThat(changed.plan().render()).contains("""
                  ~ job sales-pos-transactions-load
                      Command.ScriptLocation: "s3://mesh-sales/scripts/pos_transactions.py (script differs from %s)" \
                -> s3://mesh-sales/scripts/pos_transactions.py
                """.formatted(script.toAbsolutePath()));
        assertThat(proxy.writes()).containsExactly("s3:PUT", "glue:UpdateJob");
        assertThat(uploaded()).isEqualTo("print('v2')\n");
        try (GlueClient glue = glue()) {
            var job = glue.getJob(r -> r.jobName("sales-pos-transactions-load")).job();
            assertThat(job.command().scriptLocation()).isEqualTo("s3://mesh-sales/scripts/pos_transactions.py");
            assertThat(job.workerTypeAsString()).isEqualTo("G.1X");
        }
        proxy.clear();
        assertThat(register(backend, "v1", RegistrationOptions.DEFAULT).changesWritten()).isZero();
        assertThat(proxy.writes()).isEmpty();
    }

    private String uploaded() {
        try (S3Client s3 = s3()) {
            var object = s3.getObjectAsBytes(r -> r.bucket("mesh-sales").key("scripts/pos_transactions.py"));
            assertThat(object.response().metadata()).containsKey(JobScripts.SHA256);
            return object.asUtf8String();
        }
    }

    @Test
    void aChangedJobDefinitionIsUpdatedWithoutTheCapacityFieldsGlueRefuses() {
        register("v1");
        proxy.clear();
        DesiredCatalog desired = Fixtures.desired("v1");
        ProductDefinition product = desired.products().get(0);
        GlueObject job = product.jobs().get(0);
        DesiredCatalog bigger = DesiredCatalog.of(List.of(new ProductDefinition(product.record(),
                product.databases(), product.tables(), product.schemas(), List.of(job.with("NumberOfWorkers",
                        Json.nodes().numberNode(10)).with("MaxCapacity", Json.nodes().numberNode(20.0))
                        .with("AllocatedCapacity", Json.nodes().numberNode(20))))));

        RegistrationResult result = CatalogRegistration.register(bigger, backend(), RegistrationOptions.DEFAULT,
                line -> {});

        assertThat(result.plan().changes()).extracting(PlannedAction::subject)
                .containsExactly("job sales-pos-transactions-load");
        assertThat(result.plan().render()).contains("      NumberOfWorkers: 2 -> 10\n");
        assertThat(proxy.bodies("glue:UpdateJob")).singleElement().satisfies(body -> assertThat(body)
                .contains("\"NumberOfWorkers\":10", "\"WorkerType\":\"G.1X\"")
                .doesNotContain("MaxCapacity", "AllocatedCapacity"));
        try (GlueClient glue = glue()) {
            assertThat(glue.getJob(r -> r.jobName("sales-pos-transactions-load")).job().numberOfWorkers())
                    .isEqualTo(10);
        }
    }

    @ParameterizedTest
    @CsvSource({"environment variables", "AWS_PROFILE"})
    void regionEndpointAndCredentialsComeFromTheSdkChains(String how, @TempDir Path home) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                GlueRegistrationMain.class.getName(), "v1").redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_"));
        env.put("HOME", home.toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        if (how.equals("AWS_PROFILE")) {
            Files.writeString(home.resolve("config"), "[profile mesh-ci]\nregion = eu-west-1\nendpoint_url = "
                    + proxy.endpoint() + "\n");
            Files.writeString(home.resolve("credentials"), "[mesh-ci]\naws_access_key_id = AKIDMESHTEST\n"
                    + "aws_secret_access_key = mesh-test-secret-key\n");
            env.put("AWS_PROFILE", "mesh-ci");
        } else {
            env.put("AWS_REGION", "eu-west-1");
            env.put("AWS_ENDPOINT_URL", proxy.endpoint().toString());
            env.put("AWS_ACCESS_KEY_ID", "AKIDMESHTEST");
            env.put("AWS_SECRET_ACCESS_KEY", "mesh-test-secret-key");
        }

        Process child = builder.start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).isEqualTo(CATALOG + " Plan: 19 to create, 0 to update, 0 unchanged.\n");
        assertThat(child.exitValue()).isZero();
        assertThat(proxy.count("glue:CreateTable")).as("the calls went to the configured endpoint").isEqualTo(2);
    }

    GlueClient glue() {
        return GlueClient.builder().region(Region.EU_WEST_1).credentialsProvider(CREDENTIALS)
                .endpointOverride(moto.endpointUri())
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    LakeFormationClient lakeFormation() {
        return LakeFormationClient.builder().region(Region.EU_WEST_1).credentialsProvider(CREDENTIALS)
                .endpointOverride(moto.endpointUri())
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    S3Client s3() {
        return S3Client.builder().region(Region.EU_WEST_1).credentialsProvider(CREDENTIALS)
                .endpointOverride(moto.endpointUri()).forcePathStyle(true)
                .httpClient(UrlConnectionHttpClient.create()).build();
    }
}
