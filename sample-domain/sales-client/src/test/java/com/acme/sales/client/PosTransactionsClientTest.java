package com.acme.sales.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.sales.client.CannedServer.Answer;
import com.acme.sales.client.pos_transactions.ApiException;
import com.acme.sales.client.pos_transactions.PosTransactionsClient;
import com.acme.sales.client.pos_transactions.RetryPolicy;
import com.acme.sales.client.pos_transactions.model.PosTransactions;
import com.acme.sales.client.pos_transactions.model.PosTransactionsPage;
import java.math.BigDecimal;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The generated POS client against a local server: pages, retries, timeouts, errors and exact values. */
class PosTransactionsClientTest {

    private final CannedServer server = new CannedServer();

    @AfterEach
    void stop() {
        server.close();
    }

    static String row(String transaction, int line, String unitPrice, String soldAt, String promotion) {
        return """
                {"sale_date": "2025-03-01", "transaction_id": "%s", "line_number": %d, "sold_at": "%s",
                 "store_id": "S0042", "sku": "BEV-100245", "quantity": 2, "unit_price": %s,
                 "discount_amount": 0.50, "net_amount": 6.48, "tax_amount": 1.08, "currency_code": "EUR",
                 "payment_method": "card", "promotion_id": %s, "customer_loyalty_id": null,
                 "ingested_at": "2025-03-02T01:00:00Z"}"""
                .formatted(transaction, line, soldAt, unitPrice, promotion == null ? "null" : "\"" + promotion + "\"");
    }

    static String page(String nextToken, String... rows) {
        return "{\"items\": [" + String.join(",", rows) + "], \"nextToken\": "
                + (nextToken == null ? "null" : "\"" + nextToken + "\"") + "}";
    }

    private PosTransactionsClient client() {
        return PosTransactionsClient.builder().baseUri(server.baseUri())
                .retryPolicy(RetryPolicy.defaults().withDelays(Duration.ofMillis(1), Duration.ofMillis(5))).build();
    }

    private void threePages() {
        server.answer(Answer.json(200, page("t1", row("T-1", 1, "3.49", "2025-03-01T10:00:00Z", null),
                        row("T-1", 2, "1.00", "2025-03-01T10:00:01Z", null))),
                Answer.json(200, page("t2", row("T-2", 1, "2.00", "2025-03-01T11:00:00Z", "PROMO-1"))),
                Answer.json(200, page(null, row("T-3", 1, "4.00", "2025-03-01T12:00:00Z", null))));
    }

    @Test
    void streamWalksEveryPage() {
        threePages();

        List<PosTransactions> rows = client().streamPosTransactions(null, null, LocalDate.of(2025, 3, 1), 2)
                .toList();

        assertThat(rows).extracting(r -> r.transactionId() + "/" + r.lineNumber())
                .containsExactly("T-1/1", "T-1/2", "T-2/1", "T-3/1");
        assertThat(server.requests()).extracting(r -> r.method() + " " + r.uri()).containsExactly(
                "GET /v1/pos_transactions?sale_date=2025-03-01&limit=2",
                "GET /v1/pos_transactions?sale_date=2025-03-01&limit=2&nextToken=t1",
                "GET /v1/pos_transactions?sale_date=2025-03-01&limit=2&nextToken=t2");
        assertThat(server.requests().get(0).header("Accept")).isEqualTo("application/json");
    }

    @Test
    void iteratorFetchesPagesOnlyWhenNeeded() {
        threePages();

        Iterator<PosTransactions> rows = client().iteratePosTransactions(null, null, null, 2);
        assertThat(server.requests()).isEmpty();
        assertThat(rows.next().transactionId()).isEqualTo("T-1");
        assertThat(rows.next().transactionId()).isEqualTo("T-1");
        assertThat(server.requests()).hasSize(1);
        assertThat(rows.next().transactionId()).isEqualTo("T-2");
        assertThat(server.requests()).hasSize(2);
        assertThat(rows.next().transactionId()).isEqualTo("T-3");
        assertThat(rows.hasNext()).isFalse();
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void decimalsDatesAndTimestampsRoundTripExactly() throws Exception {
        server.answer(Answer.json(200, page(null,
                row("T-1", 1, "12345678901234567.89", "2025-03-01T10:42:17.123456+01:00", null))));

        PosTransactionsPage page = client().listPosTransactions(null, null, null, null, null);

        PosTransactions row = page.items().get(0);
        assertThat(row.unitPrice()).isEqualTo(new BigDecimal("12345678901234567.89"));
        assertThat(row.unitPrice().scale()).isEqualTo(2);
        assertThat(row.discountAmount()).isEqualTo(new BigDecimal("0.50"));
        assertThat(row.saleDate()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(row.soldAt()).isEqualTo(OffsetDateTime.of(2025, 3, 1, 10, 42, 17, 123_456_000,
                ZoneOffset.ofHours(1)));
        assertThat(row.promotionId()).isNull();
        assertThat(row.customerLoyaltyId()).isNull();
        assertThat(page.nextToken()).isNull();

        String json = client().objectMapper().writeValueAsString(row);
        assertThat(json).contains("\"unit_price\":12345678901234567.89")
                .contains("\"sold_at\":\"2025-03-01T10:42:17.123456+01:00\"")
                .contains("\"sale_date\":\"2025-03-01\"");
        assertThat(client().objectMapper().readValue(json, PosTransactions.class)).isEqualTo(row);
        assertThat(client().objectMapper().writeValueAsString(new BigDecimal("1E+3"))).isEqualTo("1000");
    }

    @Test
    void unknownPropertiesFromANewerContractAreIgnored() {
        String row = row("T-1", 1, "1.00", "2025-03-01T10:00:00Z", null);
        server.answer(Answer.json(200, page(null, row.substring(0, row.length() - 1) + ", \"new_column\": 1}")));

        assertThat(client().listPosTransactions(null, null, null, null, null).items()).hasSize(1);
    }

    @Test
    void retriesOn503ThenSucceeds() {
        server.answer(Answer.json(503, "{\"code\":\"UNAVAILABLE\",\"message\":\"busy\"}"),
                new Answer(429, "{\"code\":\"THROTTLED\",\"message\":\"slow down\"}", Map.of("Retry-After", "0"),
                        Duration.ZERO),
                Answer.json(200, row("T-1", 1, "1.00", "2025-03-01T10:00:00Z", null)));

        PosTransactions row = client().getPosTransactions("T-1", 1);

        assertThat(row.transactionId()).isEqualTo("T-1");
        assertThat(server.requests()).extracting(r -> r.uri().toString())
                .containsExactly("/v1/pos_transactions/T-1/1", "/v1/pos_transactions/T-1/1", "/v1/pos_transactions/T-1/1");
    }

    @Test
    void givesUpAfterMaxAttemptsAndDoesNotRetryOtherErrors() {
        server.answer(Answer.json(503, "{}"), Answer.json(503, "{}"), Answer.json(503, "{}"));
        assertThatThrownBy(() -> client().getPosTransactions("T-1", 1))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(503));
        assertThat(server.requests()).hasSize(3);

        server.answer(Answer.json(400, "{\"code\":\"BAD_REQUEST\",\"message\":\"limit must be at most 1000\","
                + "\"requestId\":\"r-1\"}"));
        assertThatThrownBy(() -> client().listPosTransactions(null, null, null, 5000, null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.errorCode()).isEqualTo("BAD_REQUEST");
                    assertThat(e.requestId()).isEqualTo("r-1");
                    assertThat(e.getMessage()).isEqualTo("GET " + server.baseUri()
                            + "/pos_transactions?limit=5000 answered 400 BAD_REQUEST: limit must be at most 1000");
                });
        assertThat(server.requests()).hasSize(4);
    }

    @Test
    void missingKeyIs404OrEmpty() {
        server.answer(Answer.json(404, "{\"code\":\"NOT_FOUND\",\"message\":\"no row\"}"),
                Answer.json(404, "{\"code\":\"NOT_FOUND\",\"message\":\"no row\"}"));

        assertThatThrownBy(() -> client().getPosTransactions("S0042-R03-20250301-000187", 9))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errorCode()).isEqualTo("NOT_FOUND"));
        assertThat(client().findPosTransactions("S0042-R03-20250301-000187", 9)).isEmpty();
    }

    @Test
    void pathAndQueryValuesAreEncoded() {
        server.answer(Answer.json(200, page(null)));

        client().listPosTransactions("a b/c?d&e", null, null, null, null);

        assertThat(server.requests().get(0).uri().getRawQuery()).isEqualTo("transaction_id=a%20b%2Fc%3Fd%26e");
    }

    @Test
    void slowAnswerTimesOut() {
        server.answer(new Answer(200, page(null), Map.of(), Duration.ofSeconds(3)));
        PosTransactionsClient client = PosTransactionsClient.builder().baseUri(server.baseUri())
                .requestTimeout(Duration.ofMillis(200)).retryPolicy(RetryPolicy.none()).build();

        long start = System.nanoTime();
        assertThatThrownBy(() -> client.listPosTransactions(null, null, null, null, null))
                .isInstanceOf(ApiException.class).hasCauseInstanceOf(HttpTimeoutException.class)
                .satisfies(e -> assertThat(((ApiException) e).statusCode()).isZero());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void retryDelaysUseFullJitterWithinTheCeiling() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(250),
                RetryPolicy.DEFAULT_RETRY_STATUSES);

        assertThat(policy.delay(1, -1)).isBetween(Duration.ZERO, Duration.ofMillis(100));
        assertThat(policy.delay(2, -1)).isBetween(Duration.ZERO, Duration.ofMillis(200));
        assertThat(policy.delay(9, -1)).isBetween(Duration.ZERO, Duration.ofMillis(250));
        assertThat(policy.delay(1, 60)).isEqualTo(Duration.ofMillis(250));
        assertThat(java.util.stream.IntStream.range(0, 200).mapToObj(i -> policy.delay(3, -1))
                .collect(Collectors.toSet())).hasSizeGreaterThan(20);
        assertThat(policy.canRetry(4)).isTrue();
        assertThat(policy.canRetry(5)).isFalse();
        assertThat(RetryPolicy.none().canRetry(1)).isFalse();
    }
}
