package com.acme.sales.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.sales.lambda.local.LocalSalesApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local adapter serves the generated handlers over HTTP on 127.0.0.1, as API Gateway would. */
class LocalSalesApiTest {

    static LocalSalesApi api;
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        api = LocalSalesApi.start(0);
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(api.uri() + pathAndQuery)).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesEveryApiUnderItsPrefix() throws Exception {
        HttpResponse<String> stores = get("/store-master/stores?limit=2");
        assertThat(stores.statusCode()).isEqualTo(200);
        assertThat(stores.headers().firstValue("content-type")).hasValue("application/json");
        JsonNode page = Events.JSON.readTree(stores.body());
        assertThat(page.get("items")).extracting(s -> s.get("store_id").asText()).containsExactly("S0007", "S0021");

        HttpResponse<String> next = get("/store-master/stores?limit=2&nextToken=" + page.get("nextToken").asText());
        assertThat(Events.JSON.readTree(next.body()).get("items")).extracting(s -> s.get("store_id").asText())
                .containsExactly("S0042", "S0088");

        assertThat(get("/pos-transactions/pos_transactions/S0007-R03-20250301-000124/1").body())
                .contains("\"net_amount\":26.95");
        assertThat(get("/product-master/products/BEV-100245").body()).contains("\"height_cm\":12.20");
        assertThat(get("/store-inventory/store_inventory_snapshots/2025-03-01/S0042/BEV-100245").statusCode())
                .isEqualTo(200);
    }

    @Test
    void errorsKeepTheirStatusAndBody() throws Exception {
        HttpResponse<String> bad = get("/store-master/stores?limit=abc");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Events.JSON.readTree(bad.body()).get("code").asText()).isEqualTo("INVALID_PARAMETER");

        assertThat(get("/store-master/stores/S9999").statusCode()).isEqualTo(404);
        assertThat(get("/store-masterx/stores").statusCode()).isEqualTo(404);
        assertThat(get("/nowhere").statusCode()).isEqualTo(404);
    }

    @Test
    void percentEncodedValuesArriveDecoded() throws Exception {
        HttpResponse<String> response = get("/store-inventory/store_inventory_snapshots?snapshot_date=2025-03-01"
                + "&store_id=S0042&sku=BEV%2D100245");
        JsonNode items = Events.JSON.readTree(response.body()).get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("unit_cost").decimalValue()).isEqualByComparingTo("2.3762");
    }
}
