package dev.datamesh.catalog.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datamesh.catalog.CatalogException;
import dev.datamesh.catalog.CatalogRegistration;
import dev.datamesh.catalog.Fixtures;
import dev.datamesh.catalog.RegistrationOptions;
import dev.datamesh.catalog.RegistrationResult;
import dev.datamesh.catalog.access.Subscription;
import dev.datamesh.catalog.access.SubscriptionStatus;
import dev.datamesh.catalog.access.Subscriptions;
import dev.datamesh.catalog.model.DesiredCatalog;
import dev.datamesh.catalog.testing.MotoProxy;
import dev.datamesh.catalog.testing.MotoServer;
import dev.datamesh.contract.access.AccessConfig;
import dev.datamesh.contract.access.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.lakeformation.LakeFormationClient;
import software.amazon.awssdk.services.lakeformation.model.LFTag;
import software.amazon.awssdk.services.lakeformation.model.PrincipalResourcePermissions;
import software.amazon.awssdk.services.lakeformation.model.Resource;

/**
 * Grants and subscriptions on the glue backend against {@code moto_server}, through the real AWS SDK v2 clients:
 * what registration and approvals grant is read back with Lake Formation's {@code ListPermissions}, and the requests
 * with DynamoDB's {@code GetItem}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GlueAccessIT {

    private static final String CONSUMER = "arn:aws:iam::456789012345:role/marketing-analyst";
    private static final String TAGS = "data_product=pos-transactions domain=sales";

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

    private GlueCatalogBackend backend() {
        GlueCatalogBackend backend = GlueCatalogBackend.create(GlueCatalogSettings.builder().region("eu-west-1")
                .endpoint(proxy.endpoint()).maxAttempts(4).build(), GlueCatalogBackendIT.CREDENTIALS);
        backends.add(backend);
        return backend;
    }

    private RegistrationResult register(DesiredCatalog desired, RegistrationOptions options) {
        return CatalogRegistration.register(desired, backend(), options, line -> {});
    }

    private Subscriptions subscriptions(AtomicInteger ids) {
        return new Subscriptions(backend(), Fixtures.CLOCK, () -> "sub-" + ids.incrementAndGet(), line -> {});
    }

    private static DesiredCatalog withoutReader() {
        return Fixtures.withRoles(Fixtures.ROLES.replace("""
                  - role: arn:aws:iam::210987654321:role/demand-planning-reader
                    access: read
                    description: Forecasting jobs read daily sales lines.
                    firstLevelApprovers: mmoreau
                """, ""));
    }

    /** Every permission Lake Formation holds, one line each: principal, resource, permissions, grant options. */
    private List<String> permissions() {
        try (LakeFormationClient lf = LakeFormationClient.builder().region(Region.EU_WEST_1)
                .credentialsProvider(GlueCatalogBackendIT.CREDENTIALS).endpointOverride(moto.endpointUri())
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            List<String> out = new ArrayList<>();
            for (PrincipalResourcePermissions p : lf.listPermissions(r -> r.catalogId(GlueCatalogBackendIT.ACCOUNT))
                    .principalResourcePermissions()) {
                out.add(p.principal().dataLakePrincipalIdentifier() + " | " + resource(p.resource()) + " | "
                        + String.join(",", p.permissionsAsStrings().stream().sorted().toList())
                        + (p.permissionsWithGrantOption().isEmpty() ? "" : " | grantable "
                        + p.permissionsWithGrantOptionAsStrings()));
            }
            out.sort(null);
            return out;
        }
    }

    private static String resource(Resource resource) {
        if (resource.lfTagPolicy() != null) {
            List<String> conditions = new ArrayList<>();
            for (LFTag tag : resource.lfTagPolicy().expression()) {
                conditions.add(tag.tagKey() + "=" + String.join(",", tag.tagValues()));
            }
            return resource.lfTagPolicy().resourceTypeAsString() + " " + String.join(" ", conditions);
        }
        if (resource.dataLocation() != null) {
            return "DATA_LOCATION " + resource.dataLocation().resourceArn();
        }
        if (resource.tableWithColumns() != null) {
            return "COLUMNS " + resource.tableWithColumns().databaseName() + "." + resource.tableWithColumns().name()
                    + " " + resource.tableWithColumns().columnNames();
        }
        return "TABLE " + resource.table().databaseName() + "." + resource.table().name();
    }

    private Map<String, AttributeValue> request(String id) {
        try (DynamoDbClient dynamo = DynamoDbClient.builder().region(Region.EU_WEST_1)
                .credentialsProvider(GlueCatalogBackendIT.CREDENTIALS).endpointOverride(moto.endpointUri())
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            return dynamo.getItem(r -> r.tableName("mesh-subscriptions").key(Map.of("RequestId",
                    AttributeValue.fromS(id)))).item();
        }
    }

    @Test
    void rolesAreGrantedOnTagExpressionsAndAnUnchangedProductOnlyReads() {
        register(Fixtures.withRoles(Fixtures.ROLES), RegistrationOptions.DEFAULT);

        assertThat(permissions()).containsExactly(
                "345678901234 | DATABASE " + TAGS + " | DESCRIBE",
                "345678901234 | TABLE classification=internal,restricted,unclassified " + TAGS + " | DESCRIBE,SELECT",
                Fixtures.WRITER + " | DATABASE " + TAGS + " | DESCRIBE",
                Fixtures.WRITER + " | DATA_LOCATION arn:aws:s3:::mesh-sales/pos/pos_transactions | DATA_LOCATION_ACCESS",
                Fixtures.WRITER + " | DATA_LOCATION arn:aws:s3:::mesh-sales/pos/store_inventory | DATA_LOCATION_ACCESS",
                Fixtures.WRITER + " | TABLE classification=internal,public,restricted,unclassified " + TAGS
                        + " | ALTER,DELETE,DESCRIBE,INSERT,SELECT",
                Fixtures.READER + " | DATABASE " + TAGS + " | DESCRIBE",
                Fixtures.READER + " | TABLE classification=internal,public,unclassified " + TAGS + " | DESCRIBE,SELECT");
        assertThat(proxy.count("lakeformation:GrantPermissions")).isEqualTo(8);
        assertThat(proxy.count("lakeformation:RegisterResource")).isEqualTo(2);
        assertThat(proxy.writes()).noneMatch(call -> call.startsWith("dynamodb:"));
        proxy.clear();

        RegistrationResult again = register(Fixtures.withRoles(Fixtures.ROLES), RegistrationOptions.DEFAULT);

        assertThat(again.plan().summary()).isEqualTo("Plan: 0 to create, 0 to update, 27 unchanged.");
        assertThat(proxy.writes()).isEmpty();
        assertThat(proxy.counts()).containsEntry("lakeformation:ListPermissions", 4)
                .containsEntry("lakeformation:ListResources", 1).containsEntry("dynamodb:Scan", 1);
    }

    @Test
    void aRoleRemovedFromTheContractHasExactlyItsGrantsRevokedAndADryRunWritesNothing() {
        register(Fixtures.withRoles(Fixtures.ROLES), RegistrationOptions.DEFAULT);
        List<String> before = permissions();
        proxy.clear();

        RegistrationResult dryRun = register(withoutReader(), RegistrationOptions.DEFAULT.withDryRun(true));

        assertThat(dryRun.plan().summary()).isEqualTo("Plan: 0 to create, 2 to update, 2 to delete, 23 unchanged.");
        assertThat(proxy.writes()).isEmpty();
        assertThat(permissions()).isEqualTo(before);

        register(withoutReader(), RegistrationOptions.DEFAULT);

        assertThat(proxy.writes()).containsExactly("lakeformation:RevokePermissions",
                "lakeformation:RevokePermissions", "glue:UpdateDatabase", "glue:UpdateTable");
        assertThat(proxy.bodies("lakeformation:RevokePermissions")).allSatisfy(body -> assertThat(body)
                .contains("demand-planning-reader").doesNotContain("PermissionsWithGrantOption\":[\""));
        assertThat(permissions()).isEqualTo(before.stream().filter(p -> !p.startsWith(Fixtures.READER)).toList());
    }

    @Test
    void anApprovedSubscriptionIsGrantedOnceAndKeptByLaterRegistrations() {
        register(Fixtures.desired("v1"), RegistrationOptions.DEFAULT);
        AtomicInteger ids = new AtomicInteger();
        proxy.clear();

        Subscription request = subscriptions(ids).subscribe("sales/pos-transactions",
                Principal.parse(CONSUMER).orElseThrow(), List.of(), Optional.of("Basket analysis."), "carol");
        subscriptions(ids).subscribe("sales/pos-transactions", Principal.parse("456789012345").orElseThrow(),
                List.of("store_inventory"), Optional.empty(), "dave");

        assertThat(request.id()).isEqualTo("sub-1");
        assertThat(proxy.writes()).containsExactly("dynamodb:CreateTable", "dynamodb:PutItem", "dynamodb:PutItem");
        assertThat(request("sub-1")).containsEntry("Status", AttributeValue.fromS("PENDING"))
                .containsEntry("ProductId", AttributeValue.fromS("sales/pos-transactions"));
        proxy.clear();

        Subscriptions.Approval approval = subscriptions(ids).approve("sub-1", "mmoreau", Optional.empty(),
                AccessConfig.DEFAULT_OPEN_CLASSIFICATIONS);
        subscriptions(ids).approve("sub-2", "mmoreau", Optional.empty(), AccessConfig.DEFAULT_OPEN_CLASSIFICATIONS);

        assertThat(approval.outcome()).isEqualTo(Subscriptions.Outcome.APPROVED);
        assertThat(request("sub-1")).containsEntry("Status", AttributeValue.fromS("APPROVED"));
        assertThat(permissions()).containsExactly(
                "456789012345 | COLUMNS sales_pos.store_inventory [store_id, product_id, on_hand] | SELECT",
                "456789012345 | DATABASE " + TAGS + " | DESCRIBE",
                "456789012345 | TABLE sales_pos.store_inventory | DESCRIBE",
                CONSUMER + " | DATABASE " + TAGS + " | DESCRIBE",
                CONSUMER + " | TABLE classification=internal,public,unclassified " + TAGS + " | DESCRIBE,SELECT");
        assertThat(proxy.count("lakeformation:GrantPermissions")).isEqualTo(5);
        proxy.clear();

        Subscriptions.Approval again = subscriptions(ids).approve("sub-1", "tkowalski", Optional.empty(),
                AccessConfig.DEFAULT_OPEN_CLASSIFICATIONS);
        RegistrationResult registration = register(Fixtures.desired("v1"), RegistrationOptions.DEFAULT);

        assertThat(again.outcome()).isEqualTo(Subscriptions.Outcome.ALREADY_APPROVED);
        assertThat(registration.plan().hasChanges()).isFalse();
        assertThat(proxy.writes()).isEmpty();
    }

    @Test
    void aRejectedRequestCannotBeApprovedAndBadInputWritesNothing() {
        register(Fixtures.desired("v1"), RegistrationOptions.DEFAULT);
        AtomicInteger ids = new AtomicInteger();
        proxy.clear();

        assertThatThrownBy(() -> subscriptions(ids).subscribe("sales/pos", Principal.parse(CONSUMER).orElseThrow(),
                List.of(), Optional.empty(), "carol")).isInstanceOf(CatalogException.class)
                .hasMessage("No data product 'sales/pos' in glue:eu-west-1:123456789012.");
        assertThatThrownBy(() -> subscriptions(ids).subscribe("sales/pos-transactions",
                Principal.parse(CONSUMER).orElseThrow(), List.of("returns"), Optional.empty(), "carol"))
                .isInstanceOf(CatalogException.class)
                .hasMessage("Data product sales/pos-transactions has no table 'returns'.");
        assertThatThrownBy(() -> subscriptions(ids).approve("sub-9", "mmoreau", Optional.empty(),
                AccessConfig.DEFAULT_OPEN_CLASSIFICATIONS)).isInstanceOf(CatalogException.class)
                .hasMessage("No subscription request 'sub-9' in glue:eu-west-1:123456789012.");
        assertThat(proxy.writes()).isEmpty();

        subscriptions(ids).subscribe("sales/pos-transactions", Principal.parse(CONSUMER).orElseThrow(), List.of(),
                Optional.empty(), "carol");
        Subscription rejected = subscriptions(ids).reject("sub-1", "mmoreau", Optional.of("Use the aggregates."));

        assertThat(rejected.status()).isEqualTo(SubscriptionStatus.REJECTED);
        assertThat(request("sub-1")).containsEntry("Status", AttributeValue.fromS("REJECTED"));
        assertThat(request("sub-1").get("Document").s()).contains("\"DecisionReason\":\"Use the aggregates.\"");
        assertThatThrownBy(() -> subscriptions(ids).approve("sub-1", "tkowalski", Optional.empty(),
                AccessConfig.DEFAULT_OPEN_CLASSIFICATIONS)).isInstanceOf(CatalogException.class)
                .hasMessage("Subscription request sub-1 was rejected by mmoreau at 2026-11-25T10:00:00Z (Use the "
                        + "aggregates.); it cannot be approved.");
        assertThat(proxy.count("lakeformation:GrantPermissions")).isZero();
    }

    @Test
    void twoConcurrentApprovalsOfOneRequestGrantOnce() throws Exception {
        register(Fixtures.desired("v1"), RegistrationOptions.DEFAULT);
        AtomicInteger ids = new AtomicInteger();
        subscriptions(ids).subscribe("sales/pos-transactions", Principal.parse(CONSUMER).orElseThrow(), List.of(),
                Optional.empty(), "carol");
        proxy.clear();
        CyclicBarrier bothRead = new CyclicBarrier(2);
        proxy.before("dynamodb:GetItem", 2, () -> {
            try {
                bothRead.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("the two approvals did not both read the request", e);
            }
        });
        Subscriptions first = subscriptions(ids);
        Subscriptions second = subscriptions(ids);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Subscriptions.Outcome> outcomes = new ArrayList<>();
        try {
            List<Future<Subscriptions.Approval>> approvals = new ArrayList<>();
            for (Subscriptions subscriptions : List.of(first, second)) {
                approvals.add(pool.submit(() -> subscriptions.approve("sub-1", "mmoreau", Optional.empty(),
                        AccessConfig.DEFAULT_OPEN_CLASSIFICATIONS)));
            }
            for (Future<Subscriptions.Approval> approval : approvals) {
                outcomes.add(approval.get(60, TimeUnit.SECONDS).outcome());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).containsExactlyInAnyOrder(Subscriptions.Outcome.APPROVED,
                Subscriptions.Outcome.APPROVED_CONCURRENTLY);
        assertThat(proxy.count("dynamodb:PutItem")).as("both tried the conditional write").isEqualTo(2);
        assertThat(proxy.count("lakeformation:GrantPermissions")).isEqualTo(2);
        assertThat(permissions()).hasSize(2);
    }
}
