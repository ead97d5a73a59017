package com.acme.sales.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.sales.api.pos_transactions.PosTransactionsHandler;
import com.acme.sales.api.pos_transactions.runtime.AthenaQueries;
import com.acme.sales.api.pos_transactions.runtime.PageTokens;
import com.acme.sales.api.pos_transactions.runtime.Values;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datamesh.catalog.testing.MotoServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.QueryExecution;

/**
 * The generated Athena data access against moto's Athena: the SQL text carries quoted identifiers and {@code ?}
 * placeholders only, every request value travels as an execution parameter, and text results become typed rows.
 */
class PosTransactionsAthenaTest {

    static MotoServer moto;
    static AthenaClient client;
    static PosTransactionsHandler handler;

    static final String COLUMNS = "sale_date,transaction_id,line_number,sold_at,store_id,sku,quantity,unit_price,"
            + "discount_amount,net_amount,tax_amount,currency_code,payment_method,promotion_id,customer_loyalty_id,"
            + "ingested_at";

    @BeforeAll
    static void start() throws Exception {
        moto = MotoServer.start();
        client = AthenaClient.builder().endpointOverride(moto.endpointUri()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create()).build();
        handler = new PosTransactionsHandler(new AthenaQueries(client, "AwsDataCatalog", "sales_pos", "primary",
                "s3://acme-results/pos/", 10_000), new PageTokens("athena-test-key".getBytes(StandardCharsets.UTF_8)));
    }

    @AfterAll
    static void stop() {
        client.close();
        moto.close();
    }

    @BeforeEach
    void reset() throws IOException {
        moto.reset();
    }

    @Test
    void requestValuesReachAthenaOnlyAsExecutionParameters() throws Exception {
        results(List.of(
                row("2025-03-01", "S0007-R03-20250301-000124", "1", "2025-03-01 19:37:11.000", "S0007", "BEV-100245",
                        "6", "4.99", "2.99", "26.95", "4.49", "EUR", "card", "LOYAL-10", null,
                        "2025-03-02 03:36:21.000"),
                row("2025-03-01", "S0007-R03-20250301-000124", "2", "2025-03-01 19:37:11.000", "S0007", "BEV-100388",
                        "6", "2.49", "0.00", "14.94", "2.49", "EUR", "card", null, null, "2025-03-02 03:28:10.987654"),
                row("2025-03-01", "S0007-R03-20250301-000124", "3", "2025-03-01 19:37:11.000", "S0007", "SNK-200117",
                        "1", "1.99", "0", "1.99", "0.33", "EUR", "card", null, null, "2025-03-02 03:28:11.000")));

        APIGatewayV2HTTPResponse response = handler.handleRequest(Events.get("/pos_transactions",
                "transaction_id=S0007-R03-20250301-000124&sale_date=2025-03-01&limit=2"), null);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        JsonNode page = Events.body(response);
        assertThat(page.get("items")).hasSize(2);
        assertThat(response.getBody()).contains("\"sold_at\":\"2025-03-01T19:37:11Z\"", "\"unit_price\":4.99",
                "\"discount_amount\":0.00", "\"ingested_at\":\"2025-03-02T03:28:10.987654Z\"",
                "\"promotion_id\":null");
        String token = page.get("nextToken").asText();

        QueryExecution first = onlyExecution();
        assertThat(first.query()).isEqualTo("SELECT \"sale_date\", \"transaction_id\", \"line_number\", \"sold_at\","
                + " \"store_id\", \"sku\", \"quantity\", \"unit_price\", \"discount_amount\", \"net_amount\","
                + " \"tax_amount\", \"currency_code\", \"payment_method\", \"promotion_id\", \"customer_loyalty_id\","
                + " \"ingested_at\" FROM \"pos_transactions\" WHERE \"transaction_id\" = ? AND \"sale_date\" = ?"
                + " ORDER BY \"transaction_id\", \"line_number\" LIMIT ?");
        assertOnlyPlaceholders(first.query());
        assertThat(first.executionParameters()).containsExactly("'S0007-R03-20250301-000124'", "DATE '2025-03-01'",
                "3");
        assertThat(first.queryExecutionContext().database()).isEqualTo("sales_pos");
        assertThat(first.queryExecutionContext().catalog()).isEqualTo("AwsDataCatalog");
        assertThat(first.workGroup()).isEqualTo("primary");

        moto.reset();
        results(List.of());
        APIGatewayV2HTTPResponse second = handler.handleRequest(Events.get("/pos_transactions",
                "limit=2&nextToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8)), null);
        assertThat(second.getStatusCode()).as(second.getBody()).isEqualTo(200);
        assertThat(Events.body(second).get("items")).isEmpty();
        QueryExecution next = onlyExecution();
        assertThat(next.query()).endsWith(" FROM \"pos_transactions\" WHERE (\"transaction_id\" > ? OR"
                + " (\"transaction_id\" = ? AND \"line_number\" > ?)) ORDER BY \"transaction_id\", \"line_number\""
                + " LIMIT ?");
        assertOnlyPlaceholders(next.query());
        assertThat(next.executionParameters()).containsExactly("'S0007-R03-20250301-000124'",
                "'S0007-R03-20250301-000124'", "2", "3");
    }

    @Test
    void getByKeyIsOneParameterisedQuery() throws Exception {
        results(List.of(row("2025-03-02", "S0042-R01-20250302-000150", "1", "2025-03-02 09:00:00.000", "S0042",
                "HOM-300010", "2", "1.49", "0.00", "2.98", "0.50", "EUR", "cash", null, "LC0123456789",
                "2025-03-03 03:00:00.000")));

        APIGatewayV2HTTPResponse response = handler.handleRequest(
                Events.get("/pos_transactions/S0042-R01-20250302-000150/1", ""), null);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(Events.body(response).get("customer_loyalty_id").asText()).isEqualTo("LC0123456789");
        QueryExecution execution = onlyExecution();
        assertOnlyPlaceholders(execution.query());
        assertThat(execution.query()).endsWith(" WHERE \"transaction_id\" = ? AND \"line_number\" = ? LIMIT ?");
        assertThat(execution.executionParameters()).containsExactly("'S0042-R01-20250302-000150'", "1", "1");
    }

    @Test
    void aMissingRowIs404() throws Exception {
        results(List.of());
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                Events.get("/pos_transactions/S0042-R01-20250302-000999/1", ""), null);

        PosTransactionsHandlerTest.assertError(response, 404, "NOT_FOUND", "No row of 'pos_transactions' has this key.");
    }

    @Test
    void literalsAreTypedAndQuotesDoubled() {
        assertThat(Values.literal("it's'; DROP TABLE x; --")).isEqualTo("'it''s''; DROP TABLE x; --'");
        assertThat(Values.literal(new BigDecimal("-12.50"))).isEqualTo("DECIMAL '-12.50'");
        assertThat(Values.literal(LocalDate.of(2025, 3, 1))).isEqualTo("DATE '2025-03-01'");
        assertThat(Values.literal(OffsetDateTime.parse("2025-03-01T11:42:17.5+01:00")))
                .isEqualTo("TIMESTAMP '2025-03-01 10:42:17.500000'");
        assertThat(Values.literal(42)).isEqualTo("42");
        assertThat(Values.literal(Boolean.TRUE)).isEqualTo("true");
        assertThat(Values.literal(null)).isEqualTo("NULL");
    }

    /** Outside double-quoted identifiers: no string literal, no number, only {@code ?} for values. */
    static void assertOnlyPlaceholders(String query) {
        String outsideIdentifiers = query.replaceAll("\"(?:[^\"]|\"\")*\"", "\"\"");
        assertThat(outsideIdentifiers).doesNotContain("'").doesNotContainPattern("[0-9]").contains("?");
    }

    private static QueryExecution onlyExecution() {
        List<String> ids = client.listQueryExecutions(r -> r.workGroup("primary")).queryExecutionIds();
        assertThat(ids).hasSize(1);
        return client.getQueryExecution(r -> r.queryExecutionId(ids.get(0))).queryExecution();
    }

    private static List<String> row(String... values) {
        List<String> row = new ArrayList<>();
        for (String value : values) {
            row.add(value);
        }
        return row;
    }

    /** Queues the result of the next query in moto: a header row (as Athena sends for SELECT), then the rows. */
    private static void results(List<List<String>> rows) throws Exception {
        ObjectNode body = Events.JSON.createObjectNode();
        ObjectNode result = body.putArray("results").addObject();
        ArrayNode data = result.putArray("rows");
        ArrayNode header = data.addObject().putArray("Data");
        for (String column : COLUMNS.split(",")) {
            header.addObject().put("VarCharValue", column);
        }
        for (List<String> row : rows) {
            ArrayNode cells = data.addObject().putArray("Data");
            for (String value : row) {
                ObjectNode cell = cells.addObject();
                if (value != null) {
                    cell.put("VarCharValue", value);
                }
            }
        }
        result.putArray("column_info");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(moto.endpoint() + "/moto-api/static/athena/query-results"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Events.JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
