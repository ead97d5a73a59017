package dev.datamesh.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datamesh.catalog.model.DesiredCatalog;
import dev.datamesh.catalog.model.GlueObject;
import dev.datamesh.catalog.model.TableState;
import dev.datamesh.catalog.plan.ActionType;
import dev.datamesh.catalog.plan.PlannedAction;
import dev.datamesh.catalog.plan.RegistrationPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistrationTest {

    @TempDir
    Path dir;

    private Path catalog() {
        return dir.resolve("catalog");
    }

    private RegistrationResult register(CatalogBackend backend, String version, RegistrationOptions options) {
        List<String> log = new ArrayList<>();
        RegistrationResult result = CatalogRegistration.register(Fixtures.desired(version), backend, options,
                log::add);
        assertThat(log.get(0)).isEqualTo(result.plan().render());
        return result;
    }

    private RegistrationResult register(String version) {
        return register(Fixtures.local(catalog()), version, RegistrationOptions.DEFAULT);
    }

    private String render(RegistrationPlan plan) {
        return plan.render().replace(catalog().toString(), "<catalog>");
    }

    @Test
    void firstRegistrationCreatesEverythingInDependencyOrder() {
        RegistrationResult result = register("v1");

        assertThat(render(result.plan())).isEqualTo("""
                Plan for product sales/pos-transactions (catalog local:<catalog>):
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
                  + product record sales/pos-transactions
                Plan: 20 to create, 0 to update, 0 unchanged.
                """);
        assertThat(result.applied()).isTrue();
        assertThat(result.changesWritten()).isEqualTo(20);
    }

    @Test
    void registeringAnUnchangedProductOnlyReads() {
        register("v1");
        Map<String, String> before = Fixtures.tree(catalog());
        CountingCatalogBackend counting = new CountingCatalogBackend(Fixtures.local(catalog()));

        RegistrationResult again = register(counting, "v1", RegistrationOptions.DEFAULT);

        assertThat(again.plan().actions()).extracting(PlannedAction::type).containsOnly(ActionType.UNCHANGED);
        assertThat(again.plan().summary()).isEqualTo("Plan: 0 to create, 0 to update, 20 unchanged.");
        assertThat(again.changesWritten()).isZero();
        assertThat(counting.counts().writes()).isZero();
        assertThat(counting.counts().readCalls()).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
                Map.entry("getDataLocations", 1), Map.entry("getDatabase", 1), Map.entry("getDatabaseLfTags", 1),
                Map.entry("getGrants", 1), Map.entry("getJob", 1), Map.entry("getLfTag", 3),
                Map.entry("getProduct", 1), Map.entry("getRegistry", 1), Map.entry("getSchema", 2),
                Map.entry("getSchemaVersionByDefinition", 2), Map.entry("getSubscriptions", 1),
                Map.entry("getTableLfTags", 2), Map.entry("getTables", 1))));
        assertThat(Fixtures.tree(catalog())).isEqualTo(before);
    }

    @Test
    void anAddedColumnUpdatesThatTableWithReadableDifferences() {
        register("v1");

        RegistrationResult result = register("v2");

        String plan = render(result.plan());
        assertThat(plan).contains("""
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
                  = schema sales/sales.store_inventory.StoreInventory
                """);
        assertThat(plan).contains("""
                  + lf-tags on column sales_pos.pos_transactions.loyalty_tier
                      classification: + internal
                """);
        assertThat(plan).contains("""
                  ~ database sales_pos
                      Parameters.contract.fingerprint: \
                "9419a04a281b7803039764dfe30133464452ebb21b01ec69b09f35d1d3f0953b,698c41ed0de270a16f01dd30172c014f23878\
                c8be04b54e836..." -> "5821127cf7f92c829b6d82915f81ec1391f380e1637b28424e2bb7c2783687e1,698c41ed0de2\
                70a16f01dd30172c014f23878c8be04b54e836..."
                      Parameters.contract.version: 1.0.0,1.0.0 -> 1.1.0,1.0.0
                """);
        assertThat(plan).endsWith("""
                  ~ product record sales/pos-transactions
                      Contracts[urn:datacontract:sales:pos-transactions].Version: 1.0.0 -> 1.1.0
                      Contracts[urn:datacontract:sales:pos-transactions].Fingerprint: \
                9419a04a281b7803039764dfe30133464452ebb21b01ec69b09f35d1d3f0953b -> \
                5821127cf7f92c829b6d82915f81ec1391f380e1637b28424e2bb7c2783687e1
                Plan: 1 to create, 4 to update, 16 unchanged.
                """);
        assertThat(result.plan().changes()).extracting(PlannedAction::subject).containsExactly(
                "database sales_pos", "table sales_pos.pos_transactions",
                "schema sales/sales.pos_transactions.PosTransaction",
                "lf-tags on column sales_pos.pos_transactions.loyalty_tier", "product record sales/pos-transactions");

        TableState table = table("pos_transactions").orElseThrow();
        assertThat(table.versionId()).isEqualTo("2");
        assertThat(table.table().parameters()).containsEntry("contract.version", "1.1.0");
    }

    @Test
    void aTableThatLeftTheContractsIsReportedAndKept() {
        register("v2");

        RegistrationResult result = register("v3");

        assertThat(render(result.plan())).contains(
                "  ! table sales_pos.store_inventory (not in any contract; kept, use allowDeletes to drop)\n");
        assertThat(result.plan().summary()).isEqualTo("Plan: 0 to create, 2 to update, 14 unchanged, 1 reported.");
        assertThat(table("store_inventory")).isPresent();
    }

    @Test
    void aTableThatLeftTheContractsIsDeletedOnlyWithAllowDeletes() {
        register("v1");
        register("v3");

        RegistrationResult result = register(Fixtures.local(catalog()), "v3",
                RegistrationOptions.DEFAULT.withAllowDeletes(true));

        assertThat(render(result.plan())).contains(
                "  - table sales_pos.store_inventory (not in any contract; allowDeletes is set)\n");
        assertThat(result.plan().summary()).isEqualTo("Plan: 0 to create, 0 to update, 1 to delete, 16 unchanged.");
        assertThat(table("store_inventory")).isEmpty();
        assertThat(catalog().resolve("databases/sales_pos/table-lf-tags/store_inventory.json")).doesNotExist();
    }

    @Test
    void aDroppedColumnIsKeptAndReportedUnlessDeletesAreAllowed() {
        register("v2");

        RegistrationResult kept = register("v1");

        assertThat(render(kept.plan())).contains("""
                  ~ table sales_pos.pos_transactions
                      Parameters.contract.fingerprint: 5821127cf7f92c829b6d82915f81ec1391f380e1637b28424e2bb7c2783687e1 \
                -> 9419a04a281b7803039764dfe30133464452ebb21b01ec69b09f35d1d3f0953b
                      Parameters.contract.version: 1.1.0 -> 1.0.0
                  = table sales_pos.store_inventory
                  ! column sales_pos.pos_transactions.loyalty_tier (not in the contract; kept, use allowDeletes to drop)
                """);
        assertThat(columns()).contains("loyalty_tier");

        RegistrationResult dropped = register(Fixtures.local(catalog()), "v1",
                RegistrationOptions.DEFAULT.withAllowDeletes(true));

        assertThat(render(dropped.plan())).contains("""
                  ~ table sales_pos.pos_transactions
                      Columns: - loyalty_tier string
                  = table sales_pos.store_inventory
                """);
        assertThat(columns()).doesNotContain("loyalty_tier");
        assertThat(session(s -> s.getTableLfTags("sales_pos", "pos_transactions")).columns())
                .doesNotContainKey("loyalty_tier");
    }

    private List<String> columns() {
        GlueObject table = table("pos_transactions").orElseThrow().table();
        return table.object("StorageDescriptor").orElseThrow().objects("Columns").stream().map(GlueObject::name)
                .toList();
    }

    @Test
    void aDryRunOfAFirstRegistrationCreatesNothingOnDisk() {
        CountingCatalogBackend counting = new CountingCatalogBackend(Fixtures.local(catalog()));
        List<String> log = new ArrayList<>();

        RegistrationResult result = CatalogRegistration.register(Fixtures.desired("v1"), counting,
                RegistrationOptions.DEFAULT.withDryRun(true), log::add);

        assertThat(result.applied()).isFalse();
        assertThat(result.plan().summary()).isEqualTo("Plan: 20 to create, 0 to update, 0 unchanged.");
        assertThat(log).containsExactly(result.plan().render(), "Dry run: nothing was changed.");
        assertThat(counting.counts().writes()).isZero();
        assertThat(catalog()).doesNotExist();
    }

    @Test
    void aDryRunOfAChangeLeavesTheCatalogByteForByte() {
        register("v1");
        Map<String, String> before = Fixtures.tree(catalog());

        RegistrationResult result = register(Fixtures.local(catalog()), "v2",
                RegistrationOptions.DEFAULT.withDryRun(true));

        assertThat(result.plan().summary()).isEqualTo("Plan: 1 to create, 4 to update, 16 unchanged.");
        assertThat(Fixtures.tree(catalog())).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource({"none, 0", "none, 1", "none, 4", "none, 9", "none, 19", "v1, 0", "v1, 2", "v1, 4"})
    void aRunThatFailsHalfWayIsCompletedByTheNextRun(String start, int writesBeforeFailure) {
        Path clean = dir.resolve("clean");
        if (!start.equals("none")) {
            register(Fixtures.local(clean), start, RegistrationOptions.DEFAULT);
            register(start);
        }
        register(Fixtures.local(clean), "v2", RegistrationOptions.DEFAULT);
        int changes = start.equals("none") ? 21 : 5;

        assertThatThrownBy(() -> register(new FailingCatalogBackend(Fixtures.local(catalog()), writesBeforeFailure),
                "v2", RegistrationOptions.DEFAULT)).isInstanceOfSatisfying(ApplyException.class, e -> {
                    assertThat(e.resumable()).isTrue();
                    assertThat(e.applied()).isEqualTo(writesBeforeFailure);
                    assertThat(e.total()).isEqualTo(changes);
                });
        RegistrationResult resumed = register("v2");

        assertThat(resumed.changesWritten()).isEqualTo(changes - writesBeforeFailure);
        assertThat(Fixtures.tree(catalog())).isEqualTo(Fixtures.tree(clean));
    }

    @Test
    void aFailedRunSaysWhatFailedAndThatARerunResumes() {
        register("v1");

        assertThatThrownBy(() -> register(new FailingCatalogBackend(Fixtures.local(catalog()), 2), "v2",
                RegistrationOptions.DEFAULT)).isInstanceOfSatisfying(ApplyException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Registration stopped at update of schema "
                            + "sales/sales.pos_transactions.PosTransaction (2 of 5 changes applied): simulated outage "
                            + "during registerSchemaVersion");
                    assertThat(e.hint()).isEqualTo("Run register again: it reads the catalog afresh and resumes "
                            + "with the 3 remaining changes, without repeating the applied ones.");
                    assertThat(e.resource()).contains("schema sales/sales.pos_transactions.PosTransaction");
                    assertThat(e.applied()).isEqualTo(2);
                    assertThat(e.total()).isEqualTo(5);
                });
    }

    @Test
    void databaseAndTablesCarryTheProductRecord() {
        register("v1");

        GlueObject database = session(s -> s.getDatabase("sales_pos")).orElseThrow();
        assertThat(database.parameters()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "domain", "sales",
                "product.id", "sales/pos-transactions",
                "product.domain", "sales",
                "product.data_product", "pos-transactions",
                "product.owner", "sales-data",
                "contract.id", "urn:datacontract:sales:pos-transactions,urn:datacontract:sales:pos-transactions:inventory",
                "contract.version", "1.0.0,1.0.0",
                "contract.fingerprint", "9419a04a281b7803039764dfe30133464452ebb21b01ec69b09f35d1d3f0953b,"
                        + "698c41ed0de270a16f01dd30172c014f23878c8be04b54e83607511b8f664c5e"));
        GlueObject table = table("store_inventory").orElseThrow().table();
        assertThat(table.parameters()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "classification", "parquet",
                "EXTERNAL", "TRUE",
                "product.id", "sales/pos-transactions",
                "product.domain", "sales",
                "product.data_product", "pos-transactions",
                "product.owner", "sales-data",
                "contract.id", "urn:datacontract:sales:pos-transactions:inventory",
                "contract.version", "1.0.0",
                "contract.fingerprint", "698c41ed0de270a16f01dd30172c014f23878c8be04b54e83607511b8f664c5e"));
    }

    @Test
    void anotherProductsDatabaseAndTableAreLeftAsTheyAre() {
        register("v1");
        DesiredCatalog other = TestProducts.desired("other", "sales_pos", "pos_transactions");

        RegistrationResult result = CatalogRegistration.register(other, Fixtures.local(catalog()),
                RegistrationOptions.DEFAULT, line -> {});

        assertThat(render(result.plan())).isEqualTo("""
                Plan for product sales/other (catalog local:<catalog>):
                  = lf-tag classification
                  ~ lf-tag data_product
                      TagValues: + other
                  = lf-tag domain
                  = database sales_pos (owned by product sales/pos-transactions; left as it is)
                  ! table sales_pos.pos_transactions (belongs to product sales/pos-transactions; not changed, rename \
                the table in one of the contracts)
                  + product record sales/other
                Plan: 1 to create, 1 to update, 3 unchanged, 1 reported.
                """);
        assertThat(table("pos_transactions").orElseThrow().table().parameters())
                .containsEntry("product.id", "sales/pos-transactions");
    }

    private Optional<TableState> table(String name) {
        return session(s -> s.getTable("sales_pos", name));
    }

    private <T> T session(Function<CatalogSession, T> read) {
        try (CatalogSession session = Fixtures.local(catalog()).open(AccessMode.READ_ONLY)) {
            return read.apply(session);
        }
    }

    @Test
    void theHtmlCatalogIsWrittenAndOnlyRewrittenWhenSomethingChanged() throws Exception {
        register("v1");
        Path index = catalog().resolve("site/index.html");
        Path page = catalog().resolve("site/sales/pos-transactions.html");
        assertThat(index).exists();
        assertThat(Fixtures.read(page)).contains("<h1>POS transactions</h1>",
                "Stock on hand per store &amp; product, end of day.");
        Files.setLastModifiedTime(page, FileTime.fromMillis(0));

        register("v1");

        assertThat(Files.getLastModifiedTime(page).toMillis()).isZero();
    }
}
