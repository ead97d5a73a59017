package dev.datamesh.plugin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datamesh.catalog.CatalogException;
import dev.datamesh.catalog.access.SubscriptionStatus;
import dev.datamesh.catalog.access.Subscriptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subscription goals' core on a local catalog: messages, checks of the parameters, and roles by short name. */
class SubscriptionCommandTest {

    static final String CONTRACT = """
            apiVersion: v3.1.0
            kind: DataContract
            id: urn:datacontract:sales:orders
            name: orders
            version: 1.0.0
            status: active
            domain: sales
            dataProduct: orders
            description:
              purpose: Test data, one row per order.
            team:
              name: sales-data
            servers:
              - server: central
                type: glue
                account: "123456789012"
                database: sales_orders
                location: s3://sales-lake/orders/
                format: parquet
            schema:
              - name: orders
                physicalType: table
                properties:
                  - name: order_id
                    logicalType: string
                    required: true
                    primaryKey: true
                    primaryKeyPosition: 1
                    classification: internal
                  - name: customer_email
                    logicalType: string
                    classification: restricted
                  - name: amount
                    logicalType: number
            roles:
              - role: orders-etl
                access: write
                firstLevelApprovers: tkowalski
            """;
    static final String ETL = "arn:aws:iam::123456789012:role/orders-etl";
    static final String CONSUMER = "arn:aws:iam::456789012345:role/marketing-analyst";

    @TempDir
    Path base;

    private final RecordingLog log = new RecordingLog();
    private final AtomicInteger ids = new AtomicInteger();

    private Path catalog() {
        return base.resolve("catalog");
    }

    private SubscriptionCommand command() throws Exception {
        return new SubscriptionCommand(RegisterSettings.builder(catalog()).build(), log,
                Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC), () -> "sub-" + ids.incrementAndGet(),
                "mmoreau", CatalogBackends::create);
    }

    @BeforeEach
    void register() throws Exception {
        Path file = base.resolve("src/main/contracts/orders.odcs.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, CONTRACT);
        new RegisterCommand(MeshConfiguration.builder(base).principals(Map.of("orders-etl", ETL)).build(),
                RegisterSettings.builder(catalog()).build(), log).run();
        log.lines().clear();
    }

    @Test
    void registrationGrantsTheRoleThePomMapsByShortName() throws Exception {
        Path file = base.resolve("src/main/contracts/orders.odcs.yaml");
        Files.writeString(file, CONTRACT.replace("orders-etl", "billing-etl"));

        assertThatThrownBy(() -> new RegisterCommand(MeshConfiguration.builder(base).principals(Map.of("orders-etl",
                ETL)).build(), RegisterSettings.builder(catalog()).build(), log).run())
                .isInstanceOf(InvalidContractsException.class)
                .hasMessage("mesh:register found 1 error in the contracts; nothing was registered. Fix the problems "
                        + "listed above.");
        assertThat(log.visible()).contains("ERROR src/main/contracts/orders.odcs.yaml:36:11: error "
                + "[ODCS-ROLE-PRINCIPAL] Role 'billing-etl' is neither an IAM role ARN nor an account id, and the "
                + "plugin configuration maps no principal of that name.\n  hint: map the name in the plugin's "
                + "configuration, e.g. <principals><billing-etl>arn:aws:iam::123456789012:role/billing-etl"
                + "</billing-etl></principals>, or write the role ARN in 'role'.");
        assertThat(Files.readString(catalog().resolve("grants/sales/orders.json"))).contains(ETL,
                "\"DATA_LOCATION_ACCESS\"", "arn:aws:s3:::sales-lake/orders/orders");
    }

    @Test
    void aPrincipalMappedToSomethingElseIsAConfigurationError() {
        assertThatThrownBy(() -> MeshConfiguration.builder(base).principals(Map.of("orders-etl",
                "arn:aws:iam::1234:role/orders-etl")).build())
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                    assertThat(e.setting()).isEqualTo("<principals><orders-etl>");
                    assertThat(e.getMessage()).isEqualTo("Principal 'orders-etl' in <principals> maps to "
                            + "'arn:aws:iam::1234:role/orders-etl', which is neither an IAM role ARN nor a 12-digit "
                            + "account id (the account id '1234' is not 12 digits): write <principals><orders-etl>"
                            + "arn:aws:iam::123456789012:role/orders-etl</orders-etl> or the account id.");
                });
    }

    @Test
    void subscribeApproveAndListPrintWhatHappened() throws Exception {
        command().subscribe("sales/orders", CONSUMER, null, "Campaign analysis", null);

        assertThat(log.visible()).containsExactly(
                "INFO Filed subscription request sub-1: " + CONSUMER + " asks for read access to sales/orders (all "
                        + "tables) in local:" + catalog() + ".",
                "INFO Request id: sub-1",
                "INFO The producer approves it with -Dmesh.request=sub-1 and the goal approve (or turns it down with "
                        + "reject).");
        log.lines().clear();

        Subscriptions.Approval approval = command().approve("sub-1", null, List.of("public,internal"));

        assertThat(approval.outcome()).isEqualTo(Subscriptions.Outcome.APPROVED);
        assertThat(log.visible()).containsExactly(
                "INFO Plan for product sales/orders (catalog local:" + catalog() + "):",
                "INFO   + grant " + CONSUMER + " on databases tagged domain=sales, data_product=orders",
                "INFO       Permissions: + DESCRIBE",
                "INFO       For: subscription sub-1",
                "INFO   + grant " + CONSUMER + " on tables tagged domain=sales, data_product=orders, classification "
                        + "in (internal, public, unclassified)",
                "INFO       Permissions: + DESCRIBE, SELECT",
                "INFO       For: subscription sub-1",
                "INFO Plan: 2 to create, 0 to update, 0 unchanged.",
                "INFO Approved subscription request sub-1: " + CONSUMER + " reads sales/orders (all tables, "
                        + "classifications internal, public, unclassified); 2 changes applied.");
        log.lines().clear();

        command().list("sales/orders", List.of("approved"));

        assertThat(log.visible()).containsExactly(
                "INFO Subscription requests of sales/orders (approved):",
                "INFO   sub-1 APPROVED " + CONSUMER + " on sales/orders (all tables), requested by mmoreau at "
                        + "2026-11-25T10:00:00Z: Campaign analysis",
                "INFO       approved by mmoreau at 2026-11-25T10:00:00Z",
                "INFO Grants for sales/orders:",
                "INFO   " + ETL + ": DESCRIBE on databases tagged domain=sales, data_product=orders",
                "INFO   " + ETL + ": ALTER, DELETE, DESCRIBE, INSERT, SELECT on tables tagged domain=sales, "
                        + "data_product=orders, classification in (internal, public, unclassified)",
                "INFO   " + ETL + ": DATA_LOCATION_ACCESS on data location arn:aws:s3:::sales-lake/orders/orders",
                "INFO   " + CONSUMER + ": DESCRIBE on databases tagged domain=sales, data_product=orders",
                "INFO   " + CONSUMER + ": DESCRIBE, SELECT on tables tagged domain=sales, data_product=orders, "
                        + "classification in (internal, public, unclassified)");
    }

    @Test
    void aNamedRequestCanBeRejectedAndListedByStatus() throws Exception {
        command().subscribe("sales/orders", "456789012345", List.of("orders"), null, "sub-campaign");
        log.lines().clear();

        assertThat(command().reject("sub-campaign", "Use the aggregates").status())
                .isEqualTo(SubscriptionStatus.REJECTED);
        command().list(null, List.of("pending"));

        assertThatThrownBy(() -> command().subscribe("sales/orders", CONSUMER, null, null, "sub-campaign"))
                .isInstanceOfSatisfying(CatalogException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Subscription request sub-campaign already exists (REJECTED, "
                            + "456789012345 on sales/orders, filed by mmoreau at 2026-11-25T10:00:00Z).");
                    assertThat(e.hint()).isEqualTo("choose another -Dmesh.request, or leave it out for a new id; "
                            + "mesh:subscriptions lists the requests.");
                });
        assertThat(log.visible()).containsExactly(
                "INFO Rejected subscription request sub-campaign of 456789012345 for sales/orders: Use the aggregates",
                "INFO No subscription requests (pending).");
    }

    @Test
    void badParametersAreConfigurationErrorsAndWriteNothing() throws Exception {
        SubscriptionCommand command = command();

        assertThatThrownBy(() -> command.subscribe(null, CONSUMER, null, null, null))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("mesh.product is not set: give the product's id, <domain>/<data product>, e.g. "
                        + "-Dmesh.product=sales/pos-transactions.");
        assertThatThrownBy(() -> command.subscribe("orders", CONSUMER, null, null, null))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("mesh.product 'orders' is not a product id: write <domain>/<data product> as the "
                        + "product's catalog page shows it, e.g. -Dmesh.product=sales/pos-transactions.");
        assertThatThrownBy(() -> command.subscribe("sales/orders", "arn:aws:iam::456789012345:user/carol", null,
                null, null)).isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("mesh.principal 'arn:aws:iam::456789012345:user/carol' is neither an IAM role ARN nor a "
                        + "12-digit account id (it names 'user/carol', but only roles (role/<path/name>) are "
                        + "granted): write arn:aws:iam::<account>:role/<name>, e.g. "
                        + "-Dmesh.principal=arn:aws:iam::210987654321:role/demand-planning-reader, or the consumer "
                        + "account's id.");
        assertThatThrownBy(() -> command.subscribe("sales/orders", CONSUMER, null, null, "../x"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("mesh.request '../x' is not a request id: use 1 to 64 letters, digits, '.', '_' or '-', "
                        + "e.g. sub-3f9c2a7e41d0.");
        assertThatThrownBy(() -> command.approve(" ", null, null))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("mesh.request is not set: give the request id that mesh:subscribe printed, e.g. "
                        + "-Dmesh.request=sub-3f9c2a7e41d0.");
        assertThatThrownBy(() -> command.list("sales/orders", List.of("pending,granted")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("mesh.status 'granted' is no request status: use pending, approved or rejected (or a "
                        + "comma-separated list of them).");
        assertThatThrownBy(() -> command.subscribe("sales/returns", CONSUMER, null, null, null))
                .isInstanceOf(CatalogException.class)
                .hasMessage("No data product 'sales/returns' in local:" + catalog() + ".");
        assertThat(catalog().resolve("subscriptions")).doesNotExist();
        assertThat(log.visible()).isEmpty();
    }
}
