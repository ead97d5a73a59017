package com.acme.sales.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.sales.api.pos_transactions.PosTransactionsHandler;
import com.acme.sales.api.pos_transactions.data.PosTransactionsDataAccess;
import com.acme.sales.api.pos_transactions.model.PosTransactions;
import com.acme.sales.api.pos_transactions.runtime.DataAccessException;
import com.acme.sales.api.pos_transactions.runtime.PageTokens;
import com.acme.sales.api.pos_transactions.runtime.SqlDialect;
import com.acme.sales.lambda.local.SampleDatabase;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generated POS handler on synthetic events, over the sample data through the generated JDBC access. */
class PosTransactionsHandlerTest {

    static final byte[] KEY = "test-key-test-key-test-key-test-key".getBytes(StandardCharsets.UTF_8);
    static SampleDatabase database;
    static PosTransactionsHandler handler;

    @BeforeAll
    static void load() throws SQLException {
        database = SampleDatabase.load();
        handler = PosTransactionsHandler.jdbc(database::open, SqlDialect.DUCKDB, new PageTokens(KEY));
    }

    @AfterAll
    static void close() throws SQLException {
        database.close();
    }

    static APIGatewayV2HTTPResponse get(String path, String query) {
        return handler.handleRequest(Events.get(path, query), null);
    }

    static long count(String sql) throws SQLException {
        try (Connection connection = database.open(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Test
    void pagesThroughEveryRowInKeyOrderWithoutRepeats() throws SQLException {
        List<String> keys = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            APIGatewayV2HTTPResponse response = get("/pos_transactions",
                    "limit=40" + (token == null ? "" : "&nextToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
            assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
            assertThat(response.getHeaders()).containsEntry("content-type", "application/json");
            JsonNode page = Events.body(response);
            assertThat(page.get("items").size()).isLessThanOrEqualTo(40);
            page.get("items").forEach(item -> keys.add(item.get("transaction_id").asText() + "#"
                    + String.format("%03d", item.get("line_number").asInt())));
            token = page.get("nextToken").isNull() ? null : page.get("nextToken").asText();
            pages++;
        } while (token != null);

        assertThat(keys).hasSize((int) count("SELECT count(*) FROM pos_transactions")).doesNotHaveDuplicates()
                .isSorted();
        assertThat(pages).isEqualTo((keys.size() + 39) / 40);
    }

    @Test
    void rowJsonMatchesTheSpec() {
        APIGatewayV2HTTPResponse response = get("/pos_transactions/S0007-R03-20250301-000124/1", null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).isEqualTo("{\"sale_date\":\"2025-03-01\","
                + "\"transaction_id\":\"S0007-R03-20250301-000124\",\"line_number\":1,"
                + "\"sold_at\":\"2025-03-01T19:37:11Z\",\"store_id\":\"S0007\",\"sku\":\"BEV-100245\",\"quantity\":6,"
                + "\"unit_price\":4.99,\"discount_amount\":2.99,\"net_amount\":26.95,\"tax_amount\":4.49,"
                + "\"currency_code\":\"EUR\",\"payment_method\":\"card\",\"promotion_id\":\"LOYAL-10\","
                + "\"customer_loyalty_id\":null,\"ingested_at\":\"2025-03-02T03:36:21Z\"}");
    }

    @Test
    void decimalsAndTimestampsAreExact() {
        String body = get("/pos_transactions/S0007-R03-20250301-000124/2", null).getBody();

        assertThat(body).contains("\"unit_price\":2.49,\"discount_amount\":0.00,\"net_amount\":14.94")
                .contains("\"ingested_at\":\"2025-03-02T03:28:10.987654Z\"");
    }

    @Test
    void filtersAreEqualityMatchesThatAllHold() throws SQLException {
        JsonNode page = Events.body(get("/pos_transactions", "sale_date=2025-03-02&limit=1000"));
        assertThat(page.get("items").size())
                .isEqualTo(count("SELECT count(*) FROM pos_transactions WHERE sale_date = DATE '2025-03-02'"));
        page.get("items").forEach(item -> assertThat(item.get("sale_date").asText()).isEqualTo("2025-03-02"));

        JsonNode lines = Events.body(get("/pos_transactions",
                "transaction_id=S0007-R03-20250301-000124&sale_date=2025-03-01"));
        assertThat(lines.get("items")).extracting(i -> i.get("line_number").asInt()).containsExactly(1, 2);
        assertThat(lines.get("nextToken").isNull()).isTrue();

        JsonNode none = Events.body(get("/pos_transactions",
                "transaction_id=S0007-R03-20250301-000124&sale_date=2025-03-02"));
        assertThat(none.get("items")).isEmpty();
    }

    @Test
    void limitDefaultsTo100AndBoundsAreChecked() {
        assertThat(Events.body(get("/pos_transactions", null)).get("items").size()).isEqualTo(100);
        assertThat(Events.body(get("/pos_transactions", "limit=1")).get("items").size()).isEqualTo(1);
        assertThat(Events.body(get("/pos_transactions", "limit=1000")).get("items").size()).isEqualTo(148);
        assertError(get("/pos_transactions", "limit=0"), 400, "INVALID_PARAMETER",
                "Parameter 'limit' must be a whole number from 1 to 1000, not '0'.");
        assertError(get("/pos_transactions", "limit=1001"), 400, "INVALID_PARAMETER",
                "Parameter 'limit' must be a whole number from 1 to 1000, not '1001'.");
        assertError(get("/pos_transactions", "limit=ten"), 400, "INVALID_PARAMETER",
                "Parameter 'limit' must be a whole number from 1 to 1000, not 'ten'.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "line_number=0|Parameter 'line_number' must be a whole number from 1 to 2147483647, not '0'.",
        "line_number=1.5|Parameter 'line_number' must be a whole number from 1 to 2147483647, not '1.5'.",
        "sale_date=2025-02-30|Parameter 'sale_date' must be a date such as 2025-03-01, not '2025-02-30'.",
        "sale_date=01%2F03%2F2025|Parameter 'sale_date' must be a date such as 2025-03-01, not '01/03/2025'.",
        "transaction_id=S7-R3|Parameter 'transaction_id' must be text matching ^S[0-9]{4}-R[0-9]{2}-[0-9]{8}-[0-9]{6}$,"
                + " not 'S7-R3'."})
    void badParametersAre400WithTheErrorBody(String query, String message) {
        assertError(get("/pos_transactions", query), 400, "INVALID_PARAMETER", message);
    }

    @Test
    void unknownAndRepeatedParametersAre400() {
        assertError(get("/pos_transactions", "store=S0007"), 400, "UNKNOWN_PARAMETER",
                "Unknown query parameter 'store'; this operation takes: limit, line_number, nextToken, sale_date,"
                        + " transaction_id.");
        assertError(get("/pos_transactions", "limit=1&limit=2"), 400, "DUPLICATE_PARAMETER",
                "Query parameter 'limit' is given more than once.");
        assertError(get("/pos_transactions/S0007-R03-20250301-000124/1", "x=1"), 400, "UNKNOWN_PARAMETER",
                "Unknown query parameter 'x'; this operation takes none.");
    }

    @Test
    void badPathParametersAre400AndMissingRowsAre404() {
        assertError(get("/pos_transactions/S0007-R03-20250301-000124/first", null), 400, "INVALID_PARAMETER",
                "Parameter 'line_number' must be a whole number from 1 to 2147483647, not 'first'.");
        assertError(get("/pos_transactions/S0007-R03-20250301-000124/99", null), 404, "NOT_FOUND",
                "No row of 'pos_transactions' has this key.");
        assertError(get("/no_such_table", null), 404, "NOT_FOUND", "No resource at this path.");
        assertError(get("/pos_transactions/a/b/c", null), 404, "NOT_FOUND", "No resource at this path.");
    }

    @Test
    void routesByApiGatewaysRouteKeyAndPathParameters() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(Events.routed(
                "GET /pos_transactions/{transaction_id}/{line_number}", "/v1/pos_transactions/x/y",
                Map.of("transaction_id", "S0007-R03-20250301-000124", "line_number", "2")), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(Events.body(response).get("sku").asText()).isEqualTo("BEV-100388");
        assertError(handler.handleRequest(Events.routed("GET /elsewhere", "/elsewhere", null), null), 404,
                "NOT_FOUND", "No operation of this API matches the route.");
    }

    @Test
    void malformedAndForgedTokensAre400() {
        String token = Events.body(get("/pos_transactions", "limit=2")).get("nextToken").asText();
        String message = "Parameter 'nextToken' is not a token this API issued (or it has expired); omit it to start"
                + " from the first page.";
        assertThat(get("/pos_transactions", "limit=2&nextToken=" + token).getStatusCode()).isEqualTo(200);

        String payload = token.substring(0, token.indexOf('.'));
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "[\"S9999-R99-20991231-999999\",\"1\"]".getBytes(StandardCharsets.UTF_8));
        for (String bad : List.of("garbage", "", "a.b", forgedPayload + token.substring(token.indexOf('.')),
                payload + ".AAAA", token + "x", token.replace('.', '!'))) {
            assertError(get("/pos_transactions", "nextToken=" + URLEncoder.encode(bad, StandardCharsets.UTF_8)), 400,
                    "INVALID_NEXT_TOKEN", message);
        }
        PosTransactionsHandler otherKey = PosTransactionsHandler.jdbc(database::open, SqlDialect.DUCKDB,
                new PageTokens("another key".getBytes(StandardCharsets.UTF_8)));
        assertError(otherKey.handleRequest(Events.get("/pos_transactions", "nextToken=" + token), null), 400,
                "INVALID_NEXT_TOKEN", message);
    }

    @Test
    void failuresAre500And429WithoutAStackTrace() {
        PosTransactionsDataAccess failing = new Failing(new IllegalStateException("secret detail at db.internal:5432"));
        APIGatewayV2HTTPResponse response = new PosTransactionsHandler(failing, new PageTokens(KEY))
                .handleRequest(Events.get("/pos_transactions", null), null);
        assertError(response, 500, "INTERNAL_ERROR", "The service failed; the request may be retried.");
        assertThat(response.getBody()).doesNotContain("secret", "Exception", "at com.");
        assertThat(Events.body(response).get("requestId").asText()).isEqualTo("req-1");

        PosTransactionsDataAccess throttled = new Failing(new DataAccessException("Rate exceeded", null, true));
        assertError(new PosTransactionsHandler(throttled, new PageTokens(KEY))
                .handleRequest(Events.get("/pos_transactions/S0007-R03-20250301-000124/1", null), null),
                429, "TOO_MANY_REQUESTS", "The data source is busy; retry later, with backoff.");
    }

    @Test
    void onlyGetIsAnswered() {
        assertError(handler.handleRequest(Events.event("POST", "/pos_transactions", "", "$default", null), null),
                405, "METHOD_NOT_ALLOWED", "This API only answers GET.");
    }

    static void assertError(APIGatewayV2HTTPResponse response, int status, String code, String message) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        JsonNode body = Events.body(response);
        Set<String> names = new HashSet<>();
        body.fieldNames().forEachRemaining(names::add);
        assertThat(names).isSubsetOf("code", "message", "requestId").contains("code", "message");
        assertThat(body.get("code").asText()).isEqualTo(code);
        assertThat(body.get("message").asText()).isEqualTo(message);
    }

    /** A data access that always fails. */
    record Failing(RuntimeException failure) implements PosTransactionsDataAccess {
        @Override
        public List<PosTransactions> list(Filter filter, Key after, int limit) {
            throw failure;
        }

        @Override
        public Optional<PosTransactions> get(Key key) {
            throw failure;
        }
    }
}
