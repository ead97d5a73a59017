package dev.datamesh.catalog.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datamesh.catalog.AccessMode;
import dev.datamesh.catalog.CatalogException;
import dev.datamesh.catalog.CatalogRegistration;
import dev.datamesh.catalog.CatalogSession;
import dev.datamesh.catalog.CountingCatalogBackend;
import dev.datamesh.catalog.Fixtures;
import dev.datamesh.catalog.RegistrationOptions;
import dev.datamesh.catalog.RegistrationResult;
import dev.datamesh.catalog.local.LocalCatalogBackend;
import dev.datamesh.catalog.model.DesiredCatalog;
import dev.datamesh.catalog.model.ProductRecord;
import dev.datamesh.catalog.plan.ActionType;
import dev.datamesh.catalog.plan.PlannedAction;
import dev.datamesh.contract.access.AccessConfig;
import dev.datamesh.contract.access.Principal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grants from contract roles and subscriptions on the local catalog: what is recorded, kept and revoked. */
class LocalAccessTest {

    static final String CONSUMER = "arn:aws:iam::456789012345:role/marketing-analyst";
    static final String READER_GRANTS = """
            arn:aws:iam::210987654321:role/demand-planning-reader on databases tagged domain=sales, \
            data_product=pos-transactions [DESCRIBE]
            arn:aws:iam::210987654321:role/demand-planning-reader on tables tagged domain=sales, \
            data_product=pos-transactions, classification in (internal, public, unclassified) [DESCRIBE, SELECT]""";
    static final String OTHER_GRANTS = """
            345678901234 on databases tagged domain=sales, data_product=pos-transactions [DESCRIBE]
            345678901234 on tables tagged domain=sales, data_product=pos-transactions, classification in (internal, \
            restricted, unclassified) [DESCRIBE, SELECT]
            arn:aws:iam::123456789012:role/sales-pos-etl on databases tagged domain=sales, \
            data_product=pos-transactions [DESCRIBE]
            arn:aws:iam::123456789012:role/sales-pos-etl on tables tagged domain=sales, data_product=pos-transactions, \
            classification in (internal, public, restricted, unclassified) [ALTER, DELETE, DESCRIBE, INSERT, SELECT]
            arn:aws:iam::123456789012:role/sales-pos-etl on data location arn:aws:s3:::mesh-sales/pos/pos_transactions \
            [DATA_LOCATION_ACCESS]
            arn:aws:iam::123456789012:role/sales-pos-etl on data location arn:aws:s3:::mesh-sales/pos/store_inventory \
            [DATA_LOCATION_ACCESS]""";

    @TempDir
    Path dir;

    private LocalCatalogBackend backend() {
        return Fixtures.local(dir.resolve("catalog"));
    }

    private RegistrationResult register(DesiredCatalog desired) {
        return register(desired, RegistrationOptions.DEFAULT);
    }

    private RegistrationResult register(DesiredCatalog desired, RegistrationOptions options) {
        return CatalogRegistration.register(desired, backend(), options, line -> {});
    }

    private static DesiredCatalog withoutReader() {
        return Fixtures.withRoles(Fixtures.ROLES.replace("""
                  - role: arn:aws:iam::210987654321:role/demand-planning-reader
                    access: read
                    description: Forecasting jobs read daily sales lines.
                    firstLevelApprovers: mmoreau
                """, ""));
    }

    /** The grants of the product as the catalog holds them, one line each. */
    private String grants() {
        try (CatalogSession session = backend().open(AccessMode.READ_ONLY)) {
            ProductScope scope = ProductScope.fromCatalog("sales/pos-transactions",
                    session.getProductTables("sales/pos-transactions"),
                    t -> session.getTableLfTags(t.database(), t.name()));
            return String.join("\n", session.getGrants(scope).stream().map(LfGrant::toString).toList());
        }
    }

    private Subscriptions subscriptions(List<String> log) {
        AtomicInteger next = new AtomicInteger();
        return new Subscriptions(backend(), Fixtures.CLOCK, () -> "sub-" + next.incrementAndGet(), log::add);
    }

    @Test
    void readAndWriteRolesAreGrantedTheirPermissionsOnTagExpressions() {
        RegistrationResult result = register(Fixtures.withRoles(Fixtures.ROLES));

        assertThat(result.plan().render()).contains("""
                  + grant arn:aws:iam::123456789012:role/sales-pos-etl on tables tagged domain=sales, \
                data_product=pos-transactions, classification in (internal, public, restricted, unclassified)
                      Permissions: + ALTER, DELETE, DESCRIBE, INSERT, SELECT
                      For: role sales-pos-etl (write) in pos-v1.odcs.yaml
                  + grant arn:aws:iam::123456789012:role/sales-pos-etl on data location \
                arn:aws:s3:::mesh-sales/pos/pos_transactions
                      Permissions: + DATA_LOCATION_ACCESS
                      For: role sales-pos-etl (write) in pos-v1.odcs.yaml
                """, """
                  + grant arn:aws:iam::210987654321:role/demand-planning-reader on tables tagged domain=sales, \
                data_product=pos-transactions, classification in (internal, public, unclassified)
                      Permissions: + DESCRIBE, SELECT
                      For: role (read) in pos-v1.odcs.yaml
                  + product record sales/pos-transactions
                Plan: 28 to create, 0 to update, 0 unchanged.
                """);
        assertThat(result.plan().actions()).extracting(PlannedAction::subject)
                .containsSubsequence("lf-tags on column sales_pos.store_inventory.store_id",
                        "data location arn:aws:s3:::mesh-sales/pos/pos_transactions",
                        "grant 345678901234 on databases tagged domain=sales, data_product=pos-transactions",
                        "product record sales/pos-transactions");
        assertThat(grants()).isEqualTo(OTHER_GRANTS + "\n" + READER_GRANTS);
    }

    @Test
    void restrictedColumnsAreVisibleOnlyToRolesThatListTheirClassification() {
        register(Fixtures.withRoles(Fixtures.ROLES));

        ProductRecord record;
        try (CatalogSession session = backend().open(AccessMode.READ_ONLY)) {
            record = session.getProduct("sales", "pos-transactions").orElseThrow();
        }
        assertThat(record.roles()).extracting(r -> r.role() + " " + r.access() + " "
                + r.visibleColumns().get("sales_pos.pos_transactions")).containsExactly(
                "arn:aws:iam::210987654321:role/demand-planning-reader read [sale_id, store_id, amount, sale_date]",
                "sales-pos-etl write [sale_id, store_id, customer_id, amount, sale_date]",
                "345678901234 read [sale_id, customer_id, amount, sale_date]");
        assertThat(record.roles().get(0).firstLevelApprovers()).containsExactly("mmoreau");
        assertThat(record.roles().get(1).secondLevelApprovers()).containsExactly("data-governance");
        assertThat(grants()).doesNotContain("demand-planning-reader on tables tagged domain=sales, "
                + "data_product=pos-transactions, classification in (internal, public, restricted");
    }

    @Test
    void aSecondRegistrationMakesNoWriteCall() {
        register(Fixtures.withRoles(Fixtures.ROLES));
        Map<String, String> before = Fixtures.tree(dir.resolve("catalog"));
        CountingCatalogBackend counting = new CountingCatalogBackend(backend());

        RegistrationResult again = CatalogRegistration.register(Fixtures.withRoles(Fixtures.ROLES), counting,
                RegistrationOptions.DEFAULT, line -> {});

        assertThat(again.plan().summary()).isEqualTo("Plan: 0 to create, 0 to update, 28 unchanged.");
        assertThat(counting.counts().writes()).isZero();
        assertThat(counting.counts().readCalls()).containsEntry("getGrants", 1);
        assertThat(Fixtures.tree(dir.resolve("catalog"))).isEqualTo(before);
    }

    @Test
    void aRoleRemovedFromTheContractHasExactlyItsGrantsRevokedFirst() {
        register(Fixtures.withRoles(Fixtures.ROLES));

        RegistrationResult result = register(withoutReader());

        assertThat(result.plan().render()).startsWith("""
                Plan for product sales/pos-transactions (catalog %s):
                  - grant arn:aws:iam::210987654321:role/demand-planning-reader on databases tagged domain=sales, \
                data_product=pos-transactions (no contract role or approved subscription names it; revoked)
                      Permissions: - DESCRIBE
                  - grant arn:aws:iam::210987654321:role/demand-planning-reader on tables tagged domain=sales, \
                data_product=pos-transactions, classification in (internal, public, unclassified) (no contract role \
                or approved subscription names it; revoked)
                      Permissions: - DESCRIBE, SELECT
                  = lf-tag classification
                """.formatted(backend().describe()));
        assertThat(result.plan().render()).contains("""
                  ~ product record sales/pos-transactions
                      Contracts[urn:datacontract:sales:pos-transactions].Fingerprint: \
                """, """
                      Roles: - arn:aws:iam::210987654321:role/demand-planning-reader
                """);
        assertThat(result.plan().changes()).filteredOn(a -> a.type() == ActionType.DELETE).hasSize(2);
        assertThat(grants()).isEqualTo(OTHER_GRANTS);
    }

    @Test
    void aDryRunWritesNothing() {
        register(Fixtures.withRoles(Fixtures.ROLES));
        Map<String, String> before = Fixtures.tree(dir.resolve("catalog"));

        RegistrationResult result = register(withoutReader(), RegistrationOptions.DEFAULT.withDryRun(true));

        assertThat(result.plan().summary()).isEqualTo("Plan: 0 to create, 3 to update, 2 to delete, 23 unchanged.");
        assertThat(Fixtures.tree(dir.resolve("catalog"))).isEqualTo(before);
    }

    @Test
    void anApprovedSubscriptionIsGrantedReadAccessAsForARoleAndKeptByLaterRegistrations() {
        register(Fixtures.desired("v1"));
        List<String> log = new ArrayList<>();
        Subscriptions subscriptions = subscriptions(log);

        Subscription request = subscriptions.subscribe("sales/pos-transactions", Principal.parse(CONSUMER)
                .orElseThrow(), List.of(), Optional.of("Basket analysis for the spring campaign."), "carol");

        assertThat(request).isEqualTo(new Subscription("sub-1", "sales/pos-transactions", List.of(), CONSUMER,
                Optional.of("Basket analysis for the spring campaign."), "carol", "2026-11-25T10:00:00Z",
                SubscriptionStatus.PENDING, Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
        assertThat(grants()).isEmpty();

        Subscriptions.Approval approval = subscriptions.approve("sub-1", "mmoreau", Optional.empty(),
                AccessConfig.DEFAULT_OPEN_CLASSIFICATIONS);

        assertThat(approval.outcome()).isEqualTo(Subscriptions.Outcome.APPROVED);
        assertThat(approval.subscription().status()).isEqualTo(SubscriptionStatus.APPROVED);
        assertThat(approval.subscription().classifications()).containsExactly("internal", "public");
        assertThat(approval.plan().render()).endsWith("""
                  + grant arn:aws:iam::456789012345:role/marketing-analyst on databases tagged domain=sales, \
                data_product=pos-transactions
                      Permissions: + DESCRIBE
                      For: subscription sub-1
                  + grant arn:aws:iam::456789012345:role/marketing-analyst on tables tagged domain=sales, \
                data_product=pos-transactions, classification in (internal, public, unclassified)
                      Permissions: + DESCRIBE, SELECT
                      For: subscription sub-1
                Plan: 2 to create, 0 to update, 0 unchanged.
                """);
        assertThat(log).containsExactly("Filed subscription request sub-1: " + CONSUMER + " asks for read access to "
                + "sales/pos-transactions (all tables) in " + backend().describe() + ".", approval.plan().render(),
                "Approved subscription request sub-1: " + CONSUMER + " reads sales/pos-transactions (all tables, "
                + "classifications internal, public, unclassified); 2 changes applied.");
        String granted = grants();
        assertThat(granted).isEqualTo("""
                arn:aws:iam::456789012345:role/marketing-analyst on databases tagged domain=sales, \
                data_product=pos-transactions [DESCRIBE]
                arn:aws:iam::456789012345:role/marketing-analyst on tables tagged domain=sales, \
                data_product=pos-transactions, classification in (internal, public, unclassified) [DESCRIBE, SELECT]""");

        RegistrationResult again = register(Fixtures.desired("v1"));

        assertThat(again.plan().hasChanges()).isFalse();
        assertThat(again.plan().render()).contains("  = grant arn:aws:iam::456789012345:role/marketing-analyst on "
                + "tables tagged");
        assertThat(grants()).isEqualTo(granted);
    }

    @Test
    void aSubscriptionToSomeTablesIsGrantedTheirVisibleColumnsByName() {
        register(Fixtures.desired("v1"));
        Subscriptions subscriptions = subscriptions(new ArrayList<>());
        subscriptions.subscribe("sales/pos-transactions", Principal.parse("456789012345").orElseThrow(),
                List.of("pos_transactions"), Optional.empty(), "carol");

        subscriptions.approve("sub-1", "mmoreau", Optional.of("ok"), Set.of("public"));

        assertThat(grants()).isEqualTo("""
                456789012345 on databases tagged domain=sales, data_product=pos-transactions [DESCRIBE]
                456789012345 on table sales_pos.pos_transactions [DESCRIBE]
                456789012345 on columns sales_pos.pos_transactions (store_id, amount, sale_date) [SELECT]""");
        assertThat(register(Fixtures.desired("v1")).plan().hasChanges()).isFalse();
    }

    @Test
    void aRejectedRequestKeepsItsReasonAndCannotBeApproved() {
        register(Fixtures.desired("v1"));
        List<String> log = new ArrayList<>();
        Subscriptions subscriptions = subscriptions(log);
        subscriptions.subscribe("sales/pos-transactions", Principal.parse(CONSUMER).orElseThrow(), List.of(),
                Optional.empty(), "carol");

        Subscription rejected = subscriptions.reject("sub-1", "mmoreau", Optional.of("Use the aggregated product."));

        assertThat(rejected.status()).isEqualTo(SubscriptionStatus.REJECTED);
        assertThat(rejected.decisionReason()).contains("Use the aggregated product.");
        assertThat(log).last().isEqualTo("Rejected subscription request sub-1 of " + CONSUMER
                + " for sales/pos-transactions: Use the aggregated product.");
        assertThatThrownBy(() -> subscriptions.approve("sub-1", "tkowalski", Optional.empty(),
                AccessConfig.DEFAULT_OPEN_CLASSIFICATIONS)).isInstanceOfSatisfying(CatalogException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Subscription request sub-1 was rejected by mmoreau at "
                            + "2026-11-25T10:00:00Z (Use the aggregated product.); it cannot be approved.");
                    assertThat(e.hint()).isEqualTo("ask the consumer to file a new request with mesh:subscribe.");
                });
        assertThat(grants()).isEmpty();
        assertThat(subscriptions.list(Optional.of("sales/pos-transactions"), Set.of(SubscriptionStatus.REJECTED))
                .requests()).extracting(Subscription::id).containsExactly("sub-1");
    }

    @Test
    void approvingTwiceGrantsOnce() {
        register(Fixtures.desired("v1"));
        List<String> log = new ArrayList<>();
        Subscriptions subscriptions = subscriptions(log);
        subscriptions.subscribe("sales/pos-transactions", Principal.parse(CONSUMER).orElseThrow(), List.of(),
                Optional.empty(), "carol");
        subscriptions.approve("sub-1", "mmoreau", Optional.empty(), AccessConfig.DEFAULT_OPEN_CLASSIFICATIONS);
        CountingCatalogBackend counting = new CountingCatalogBackend(backend());

        Subscriptions.Approval again = new Subscriptions(counting, Fixtures.CLOCK, () -> "unused", log::add)
                .approve("sub-1", "tkowalski", Optional.empty(), AccessConfig.DEFAULT_OPEN_CLASSIFICATIONS);

        assertThat(again.outcome()).isEqualTo(Subscriptions.Outcome.ALREADY_APPROVED);
        assertThat(again.subscription().decidedBy()).contains("mmoreau");
        assertThat(counting.counts().writes()).isZero();
        assertThat(log).last().isEqualTo("Subscription request sub-1 was already approved by mmoreau at "
                + "2026-11-25T10:00:00Z; its grants are in place. Nothing changed.");
    }

    @Test
    void twoConcurrentApprovalsOfOneRequestGrantOnce() throws Exception {
        register(Fixtures.desired("v1"));
        subscriptions(new ArrayList<>()).subscribe("sales/pos-transactions", Principal.parse(CONSUMER).orElseThrow(),
                List.of(), Optional.empty(), "carol");
        CountingCatalogBackend first = new CountingCatalogBackend(backend());
        CountingCatalogBackend second = new CountingCatalogBackend(backend());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Subscriptions.Approval>> approvals = new ArrayList<>();
            for (CountingCatalogBackend counting : List.of(first, second)) {
                approvals.add(pool.submit(() -> {
                    start.await();
                    return new Subscriptions(counting, Fixtures.CLOCK, () -> "unused", line -> {})
                            .approve("sub-1", "mmoreau", Optional.empty(), AccessConfig.DEFAULT_OPEN_CLASSIFICATIONS);
                }));
            }
            start.countDown();
            List<Subscriptions.Outcome> outcomes = new ArrayList<>();
            for (Future<Subscriptions.Approval> approval : approvals) {
                outcomes.add(approval.get(60, TimeUnit.SECONDS).outcome());
            }
            assertThat(outcomes).containsExactlyInAnyOrder(Subscriptions.Outcome.APPROVED,
                    Subscriptions.Outcome.ALREADY_APPROVED);
        } finally {
            pool.shutdownNow();
        }
        int granted = first.counts().writeCalls().getOrDefault("grantPermissions", 0)
                + second.counts().writeCalls().getOrDefault("grantPermissions", 0);
        assertThat(granted).isEqualTo(2);
        assertThat(grants().lines()).hasSize(2);
    }

    @Test
    void badInputIsAClearErrorAndWritesNothing() {
        register(Fixtures.desired("v1"));
        Map<String, String> before = Fixtures.tree(dir.resolve("catalog"));
        Subscriptions subscriptions = subscriptions(new ArrayList<>());
        Principal consumer = Principal.parse(CONSUMER).orElseThrow();

        assertThatThrownBy(() -> subscriptions.subscribe("sales/pos-transaction", consumer, List.of(),
                Optional.empty(), "carol")).isInstanceOfSatisfying(CatalogException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("No data product 'sales/pos-transaction' in "
                            + backend().describe() + ".");
                    assertThat(e.hint()).isEqualTo("check -Dmesh.product (<domain>/<data product>, as the "
                            + "product's catalog page shows it), and that the producer registered the product in this "
                            + "catalog.");
                });
        assertThatThrownBy(() -> subscriptions.subscribe("pos-transactions", consumer, List.of(),
                Optional.empty(), "carol")).isInstanceOf(CatalogException.class)
                .hasMessage("'pos-transactions' is not a product id of the form <domain>/<data product>.");
        assertThatThrownBy(() -> subscriptions.subscribe("sales/pos-transactions", consumer,
                List.of("pos_transactions", "returns"), Optional.empty(), "carol"))
                .isInstanceOfSatisfying(CatalogException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Data product sales/pos-transactions has no table "
                            + "'returns'.");
                    assertThat(e.hint()).isEqualTo("set -Dmesh.tables to tables of the product "
                            + "(sales_pos.pos_transactions, sales_pos.store_inventory), as <table> or "
                            + "<database>.<table>, or leave it out to ask for the whole product.");
                });
        assertThatThrownBy(() -> subscriptions.approve("sub-42", "mmoreau", Optional.empty(),
                AccessConfig.DEFAULT_OPEN_CLASSIFICATIONS)).isInstanceOfSatisfying(CatalogException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("No subscription request 'sub-42' in "
                            + backend().describe() + ".");
                    assertThat(e.hint()).isEqualTo("check -Dmesh.request: list the requests of a product with "
                            + "mesh:subscriptions -Dmesh.product=<domain>/<data product>.");
                });
        assertThatThrownBy(() -> subscriptions.reject("sub-42", "mmoreau", Optional.empty()))
                .isInstanceOf(CatalogException.class)
                .hasMessage("No subscription request 'sub-42' in " + backend().describe() + ".");
        Map<String, String> after = Fixtures.tree(dir.resolve("catalog"));
        after.keySet().removeIf(k -> k.contains("catalog.lock"));
        before.keySet().removeIf(k -> k.contains("catalog.lock"));
        assertThat(after).isEqualTo(before);
    }
}
