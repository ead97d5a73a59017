package com.acme.sales.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.sales.api.product_master.ProductMasterHandler;
import com.acme.sales.api.product_master.model.Products;
import com.acme.sales.api.product_master.model.ProductsDimensions;
import com.acme.sales.api.product_master.model.ProductsPackSizesItem;
import com.acme.sales.api.product_master.runtime.Json;
import com.acme.sales.api.product_master.runtime.PageTokens;
import com.acme.sales.api.product_master.runtime.SqlDialect;
import com.acme.sales.lambda.local.SampleDatabase;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonParser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Nested objects, arrays of objects, maps and nulls in the JSON of the product master API. */
class ProductMasterHandlerTest {

    static SampleDatabase database;
    static ProductMasterHandler handler;

    @BeforeAll
    static void load() throws SQLException {
        database = SampleDatabase.load();
        handler = ProductMasterHandler.jdbc(database::open, SqlDialect.DUCKDB,
                new PageTokens("k".repeat(32).getBytes(StandardCharsets.UTF_8)));
    }

    @AfterAll
    static void close() throws SQLException {
        database.close();
    }

    @Test
    void nestedColumnsAreTheSpecsJson() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(Events.get("/products/BEV-100245", ""), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).isEqualTo("{\"sku\":\"BEV-100245\",\"product_name\":\"Sparkling Lemon 6x330ml\","
                + "\"brand\":\"Fizzio\",\"category\":\"Beverages\",\"subcategory\":\"Soft drinks\","
                + "\"lifecycle_status\":\"active\",\"launch_date\":\"2023-04-17\",\"discontinued_date\":null,"
                + "\"is_private_label\":false,\"list_price\":4.99,\"currency_code\":\"EUR\","
                + "\"dimensions\":{\"height_cm\":12.20,\"width_cm\":20.10,\"depth_cm\":13.40,\"weight_kg\":2.150},"
                + "\"barcodes\":[\"5012345678900\"],"
                + "\"pack_sizes\":[{\"pack_type\":\"each\",\"units_per_pack\":1,\"pack_gtin\":null},"
                + "{\"pack_type\":\"case\",\"units_per_pack\":4,\"pack_gtin\":\"15012345678907\"}],"
                + "\"attributes\":{\"claim\":\"no added sugar\",\"flavour\":\"lemon\"},"
                + "\"updated_at\":\"2025-02-01T06:00:00Z\"}");
    }

    @Test
    void nullNestedValuesAreWrittenAsNull() {
        String body = handler.handleRequest(Events.get("/products/SNK-200255", ""), null).getBody();

        assertThat(body).contains("\"list_price\":null", "\"dimensions\":null", "\"pack_sizes\":null",
                "\"attributes\":null", "\"barcodes\":[\"5012345702551\"]");
    }

    @Test
    void theRecordsReadBackWhatTheyWrite() throws Exception {
        String body = handler.handleRequest(Events.get("/products/BEV-100301", ""), null).getBody();
        Products product;
        try (JsonParser parser = Json.FACTORY.createParser(body)) {
            parser.nextToken();
            product = Products.readJson(parser);
        }

        assertThat(product.sku()).isEqualTo("BEV-100301");
        assertThat(product.launchDate()).isEqualTo(LocalDate.of(2021, 1, 4));
        assertThat(product.listPrice()).isEqualTo(new BigDecimal("0.69"));
        assertThat(product.dimensions()).isEqualTo(new ProductsDimensions(new BigDecimal("33.00"),
                new BigDecimal("9.00"), new BigDecimal("9.00"), new BigDecimal("1.540")));
        assertThat(product.barcodes()).containsExactly("5012345679006", "5012345679013");
        assertThat(product.packSizes()).containsExactly(new ProductsPackSizesItem("each", 1, null),
                new ProductsPackSizesItem("inner", 6, "25012345679000"), new ProductsPackSizesItem("pallet", 504, null));
        assertThat(product.attributes()).isNull();
        assertThat(product.updatedAt()).isEqualTo(OffsetDateTime.parse("2025-02-03T08:14:26Z"));
        assertThat(Json.write(product::writeJson)).isEqualTo(body);
    }

    @Test
    void listsEveryProductInSkuOrder() {
        List<String> skus = new java.util.ArrayList<>();
        Events.body(handler.handleRequest(Events.get("/products", "limit=1000"), null)).get("items")
                .forEach(p -> skus.add(p.get("sku").asText()));

        assertThat(skus).hasSize(12).isSorted().startsWith("BEV-100245").endsWith("SNK-200255");
        assertThat(Map.of("sku", skus.get(0))).isNotEmpty();
    }
}
