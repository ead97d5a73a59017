package com.acme.sales.e2e;

import static com.acme.sales.e2e.SampleCsv.bool;
import static com.acme.sales.e2e.SampleCsv.date;
import static com.acme.sales.e2e.SampleCsv.decimal;
import static com.acme.sales.e2e.SampleCsv.integer;
import static com.acme.sales.e2e.SampleCsv.timestamp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.acme.sales.client.pos_transactions.ApiException;
import com.acme.sales.client.pos_transactions.PosTransactionsClient;
import com.acme.sales.client.pos_transactions.model.PosTransactions;
import com.acme.sales.client.pos_transactions.model.PosTransactionsPage;
import com.acme.sales.client.product_master.ProductMasterClient;
import com.acme.sales.client.product_master.model.Products;
import com.acme.sales.client.product_master.model.ProductsDimensions;
import com.acme.sales.client.product_master.model.ProductsPackSizesItem;
import com.acme.sales.client.store_inventory.StoreInventoryClient;
import com.acme.sales.client.store_inventory.model.StoreInventorySnapshots;
import com.acme.sales.client.store_master.StoreMasterClient;
import com.acme.sales.client.store_master.model.Stores;
import com.acme.sales.lambda.local.LocalSalesApi;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The consumer's view of the sales domain, end to end: the generated client, over HTTP on 127.0.0.1, against the
 * local adapter, the generated handlers and their generated JDBC data access over the sample data in DuckDB. Every
 * expected value comes from the CSV files, not from the SQL engine.
 */
class SalesEndToEndTest {

    static LocalSalesApi api;
    static PosTransactionsClient pos;
    static StoreMasterClient stores;
    static ProductMasterClient products;
    static StoreInventoryClient inventory;

    @BeforeAll
    static void start() throws Exception {
        api = LocalSalesApi.start(0);
        pos = PosTransactionsClient.builder().baseUri(api.api("/pos-transactions")).build();
        stores = StoreMasterClient.builder().baseUri(api.api("/store-master")).build();
        products = ProductMasterClient.builder().baseUri(api.api("/product-master")).build();
        inventory = StoreInventoryClient.builder().baseUri(api.api("/store-inventory")).build();
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    /** A CSV line of {@code pos_transactions} as the client must read it. */
    static PosTransactions pos(Map<String, String> r) {
        return new PosTransactions(date(r.get("sale_date")), r.get("transaction_id"), integer(r.get("line_number")),
                timestamp(r.get("sold_at")), r.get("store_id"), r.get("sku"), integer(r.get("quantity")),
                decimal(r.get("unit_price")), decimal(r.get("discount_amount")), decimal(r.get("net_amount")),
                decimal(r.get("tax_amount")), r.get("currency_code"), r.get("payment_method"), r.get("promotion_id"),
                r.get("customer_loyalty_id"), timestamp(r.get("ingested_at")));
    }

    static Stores store(Map<String, String> r) {
        return new Stores(r.get("store_id"), r.get("store_name"), r.get("store_format"), r.get("country_code"),
                r.get("city"), decimal(r.get("latitude")), decimal(r.get("longitude")),
                integer(r.get("selling_area_sqm")), date(r.get("opened_date")), date(r.get("closed_date")),
                bool(r.get("is_active")), timestamp(r.get("updated_at")));
    }

    static StoreInventorySnapshots snapshot(Map<String, String> r) {
        return new StoreInventorySnapshots(date(r.get("snapshot_date")), r.get("store_id"), r.get("sku"),
                integer(r.get("on_hand_qty")), integer(r.get("in_transit_qty")), integer(r.get("reorder_point")),
                integer(r.get("safety_stock")), decimal(r.get("unit_cost")), decimal(r.get("stock_value")),
                r.get("currency_code"), bool(r.get("is_out_of_stock")), date(r.get("last_received_date")),
                timestamp(r.get("snapshot_taken_at")));
    }

    static final Comparator<PosTransactions> POS_KEY = Comparator.comparing(PosTransactions::transactionId)
            .thenComparing(PosTransactions::lineNumber);

    @Test
    void pagesThroughEveryPosLineValueForValueAsInTheCsv() {
        List<PosTransactions> expected = SampleCsv.rows("pos_transactions").stream().map(SalesEndToEndTest::pos)
                .sorted(POS_KEY).toList();
        assertThat(expected).hasSize(148);

        List<PosTransactions> read = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String token = null;
        do {
            PosTransactionsPage page = pos.listPosTransactions(null, null, null, 10, token);
            pageSizes.add(page.items().size());
            read.addAll(page.items());
            token = page.nextToken();
        } while (token != null);

        // every row once, in key order (keyset pagination), each value exactly as in the file: decimals with their
        // scale (BigDecimal.equals), timestamps to the microsecond in UTC, empty fields as null
        assertThat(read).containsExactlyElementsOf(expected);
        assertThat(pageSizes).containsExactly(10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 8);
        assertThat(pos.streamPosTransactions(null, null, null, 1000).toList()).containsExactlyElementsOf(expected);
    }

    @Test
    void streamsEveryStoreAndSnapshotAsInTheCsv() {
        assertThat(stores.streamStores(null, 2).toList()).containsExactlyElementsOf(
                SampleCsv.rows("stores").stream().map(SalesEndToEndTest::store)
                        .sorted(Comparator.comparing(Stores::storeId)).toList());

        List<StoreInventorySnapshots> snapshots = inventory.streamStoreInventorySnapshots(null, null, null, 7).toList();
        assertThat(snapshots).hasSize(88).containsExactlyInAnyOrderElementsOf(
                SampleCsv.rows("store_inventory_snapshots").stream().map(SalesEndToEndTest::snapshot).toList());
        assertThat(products.streamProducts(null, 5).map(Products::sku).toList()).hasSize(12)
                .containsExactlyInAnyOrderElementsOf(SampleCsv.rows("products").stream().map(r -> r.get("sku"))
                        .toList());
    }

    @Test
    void getsOneRowByItsKey() {
        PosTransactions line = pos.getPosTransactions("S0007-R03-20250301-000124", 2);

        assertThat(line).isEqualTo(new PosTransactions(LocalDate.of(2025, 3, 1), "S0007-R03-20250301-000124", 2,
                OffsetDateTime.of(2025, 3, 1, 19, 37, 11, 0, ZoneOffset.UTC), "S0007", "BEV-100388", 6,
                new BigDecimal("2.49"), new BigDecimal("0.00"), new BigDecimal("14.94"), new BigDecimal("2.49"), "EUR",
                "card", null, null, OffsetDateTime.of(2025, 3, 2, 3, 28, 10, 987_654_000, ZoneOffset.UTC)));
        assertThat(pos.findPosTransactions("S0007-R03-20250301-000124", 1)).get()
                .extracting(PosTransactions::promotionId, PosTransactions::netAmount)
                .containsExactly("LOYAL-10", new BigDecimal("26.95"));

        Products lemon = products.getProducts("BEV-100245");
        assertThat(lemon.productName()).isEqualTo("Sparkling Lemon 6x330ml");
        assertThat(lemon.listPrice()).isEqualTo(new BigDecimal("4.99"));
        assertThat(lemon.dimensions()).isEqualTo(new ProductsDimensions(new BigDecimal("12.20"),
                new BigDecimal("20.10"), new BigDecimal("13.40"), new BigDecimal("2.150")));
        assertThat(lemon.barcodes()).isEqualTo(Set.of("5012345678900"));
        assertThat(lemon.packSizes()).containsExactly(new ProductsPackSizesItem("each", 1, null),
                new ProductsPackSizesItem("case", 4, "15012345678907"));
        assertThat(lemon.attributes()).isEqualTo(Map.of("flavour", "lemon", "claim", "no added sugar"));
        assertThat(lemon.updatedAt()).isEqualTo(OffsetDateTime.of(2025, 2, 1, 6, 0, 0, 0, ZoneOffset.UTC));

        assertThat(inventory.getStoreInventorySnapshots(LocalDate.of(2025, 3, 1), "S0042", "BEV-100245"))
                .isEqualTo(SampleCsv.rows("store_inventory_snapshots").stream()
                        .filter(r -> r.get("snapshot_date").equals("2025-03-01") && r.get("store_id").equals("S0042")
                                && r.get("sku").equals("BEV-100245"))
                        .map(SalesEndToEndTest::snapshot).findFirst().orElseThrow());
    }

    @Test
    void filtersOnKeyAndPartitionColumns() {
        List<Map<String, String>> csv = SampleCsv.rows("pos_transactions");

        PosTransactionsPage day = pos.listPosTransactions(null, null, LocalDate.of(2025, 3, 2), 1000, null);
        assertThat(day.items()).hasSize(41).containsExactlyElementsOf(csv.stream()
                .filter(r -> r.get("sale_date").equals("2025-03-02")).map(SalesEndToEndTest::pos).sorted(POS_KEY)
                .toList());
        assertThat(day.nextToken()).isNull();

        assertThat(pos.listPosTransactions("S0007-R03-20250301-000124", null, null, null, null).items())
                .extracting(PosTransactions::lineNumber, PosTransactions::sku)
                .containsExactly(tuple(1, "BEV-100245"),
                        tuple(2, "BEV-100388"));
        assertThat(pos.listPosTransactions("S0007-R03-20250301-000124", 2, LocalDate.of(2025, 3, 2), null, null)
                .items()).isEmpty();

        List<StoreInventorySnapshots> lyon = inventory.streamStoreInventorySnapshots(LocalDate.of(2025, 3, 1),
                "S0042", null, 4).toList();
        assertThat(lyon).hasSize(11).containsExactlyInAnyOrderElementsOf(SampleCsv.rows("store_inventory_snapshots")
                .stream().filter(r -> r.get("snapshot_date").equals("2025-03-01") && r.get("store_id").equals("S0042"))
                .map(SalesEndToEndTest::snapshot).toList());
    }

    @Test
    void decimalsAndTimestampsRoundTripExactly() {
        Stores roermond = stores.getStores("S0088");
        // decimal(9,6) with a trailing zero keeps its scale; not 51.19446, not a double
        assertThat(roermond.latitude()).isEqualTo(new BigDecimal("51.194460"));
        assertThat(roermond.latitude().toPlainString()).isEqualTo("51.194460");
        assertThat(roermond.longitude().toPlainString()).isEqualTo("5.990470");
        assertThat(roermond.updatedAt().toInstant()).isEqualTo(Instant.parse("2025-01-02T09:15:00Z"));

        StoreInventorySnapshots snapshot = inventory.getStoreInventorySnapshots(LocalDate.of(2025, 3, 1), "S0007",
                "BEV-100301");
        assertThat(snapshot.unitCost().toPlainString()).isEqualTo("0.3286");   // decimal(12,4)
        assertThat(snapshot.stockValue().toPlainString()).isEqualTo("1.97");    // decimal(14,2)

        // microseconds survive the trip: DuckDB TIMESTAMP, the handler's ISO-8601 JSON, the client's OffsetDateTime
        List<Map<String, String>> micros = SampleCsv.rows("pos_transactions").stream()
                .filter(r -> !r.get("ingested_at").endsWith(".000000")).toList();
        assertThat(micros).hasSizeGreaterThan(10);
        for (Map<String, String> r : micros) {
            PosTransactions line = pos.getPosTransactions(r.get("transaction_id"), integer(r.get("line_number")));
            assertThat(line.ingestedAt()).isEqualTo(timestamp(r.get("ingested_at")));
            assertThat(line.ingestedAt().toString().replace('T', ' ').replace("Z", ""))
                    .isEqualTo(r.get("ingested_at").replaceAll("0+$", ""));
            assertThat(line.netAmount().toPlainString()).isEqualTo(r.get("net_amount"));
        }
    }

    @Test
    void nullsStayNull() {
        Stores roermond = stores.getStores("S0088");
        assertThat(roermond.sellingAreaSqm()).isNull();
        assertThat(roermond.closedDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(roermond.isActive()).isFalse();
        Stores berlin = stores.getStores("S0113");
        assertThat(berlin.latitude()).isNull();
        assertThat(berlin.longitude()).isNull();
        assertThat(berlin.closedDate()).isNull();

        Products coffee = products.getProducts("BEV-100388");
        assertThat(coffee.discontinuedDate()).isNull();
        assertThat(coffee.packSizes()).isNull();
        assertThat(products.getProducts("BEV-100301").attributes()).isNull();

        long withoutPromotion = SampleCsv.rows("pos_transactions").stream().filter(r -> r.get("promotion_id") == null)
                .count();
        assertThat(pos.streamPosTransactions(null, null, null, 100).filter(l -> l.promotionId() == null).count())
                .isEqualTo(withoutPromotion).isEqualTo(121);
    }

    @Test
    void aBadParameterIsA400WithTheApisError() {
        ApiException limit = catchThrowableOfType(ApiException.class,
                () -> pos.listPosTransactions(null, null, null, 0, null));
        assertThat(limit.statusCode()).isEqualTo(400);
        assertThat(limit.errorCode()).isEqualTo("INVALID_PARAMETER");
        assertThat(limit.getMessage()).isEqualTo("GET " + api.api("/pos-transactions")
                + "/pos_transactions?limit=0 answered 400 INVALID_PARAMETER: Parameter 'limit' must be a whole number"
                + " from 1 to 1000, not '0'.");

        ApiException key = catchThrowableOfType(ApiException.class, () -> pos.getPosTransactions("T-1", 1));
        assertThat(key.statusCode()).isEqualTo(400);
        assertThat(key.errorCode()).isEqualTo("INVALID_PARAMETER");
        assertThat(key.getMessage()).endsWith(" answered 400 INVALID_PARAMETER: Parameter 'transaction_id' must be"
                + " text matching ^S[0-9]{4}-R[0-9]{2}-[0-9]{8}-[0-9]{6}$, not 'T-1'.");

        // a page token is opaque and tamper-evident: one changed character is a 400, never another page
        String token = pos.listPosTransactions(null, null, null, 10, null).nextToken();
        int middle = token.length() / 2;
        String tampered = token.substring(0, middle) + (token.charAt(middle) == 'A' ? 'B' : 'A')
                + token.substring(middle + 1);
        for (String forged : List.of("forged", tampered)) {
            ApiException bad = catchThrowableOfType(ApiException.class,
                    () -> pos.listPosTransactions(null, null, null, 10, forged));
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.errorCode()).isEqualTo("INVALID_NEXT_TOKEN");
            assertThat(bad.responseBody()).doesNotContain("Exception").doesNotContain("at com.");
        }
    }

    @Test
    void aMissingKeyIsA404() {
        ApiException missing = catchThrowableOfType(ApiException.class,
                () -> pos.getPosTransactions("S9999-R01-20250301-000001", 1));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(missing.getMessage()).isEqualTo("GET " + api.api("/pos-transactions")
                + "/pos_transactions/S9999-R01-20250301-000001/1 answered 404 NOT_FOUND: No row of 'pos_transactions'"
                + " has this key.");
        assertThat(pos.findPosTransactions("S9999-R01-20250301-000001", 1)).isEmpty();
        assertThat(stores.findStores("S9999")).isEmpty();
        assertThat(products.findProducts("XXX-999999")).isEmpty();
    }
}
