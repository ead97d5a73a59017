package com.acme.demandplanning;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.demandplanning.DemandPlanningJob.Report;
import com.acme.demandplanning.DemandPlanningJob.SkuDemand;
import com.acme.demandplanning.DemandPlanningJob.StoreSales;
import com.acme.sales.client.pos_transactions.PosTransactionsClient;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The job against a local server that answers like the POS transactions API, two pages for the first day. */
class DemandPlanningJobTest {

    private HttpServer server;
    private final List<String> queries = new CopyOnWriteArrayList<>();

    private static String line(String date, String transaction, String store, String sku, int quantity,
            String net) {
        return """
                {"sale_date": "%s", "transaction_id": "%s", "line_number": 1, "sold_at": "%sT10:00:00Z",
                 "store_id": "%s", "sku": "%s", "quantity": %d, "unit_price": 1.00, "discount_amount": 0.00,
                 "net_amount": %s, "tax_amount": 0.00, "currency_code": "EUR", "payment_method": "card",
                 "ingested_at": "%sT23:00:00Z"}""".formatted(date, transaction, date, store, sku, quantity, net, date);
    }

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/pos_transactions", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            queries.add(query);
            String body;
            if (query.equals("limit=2")) {
                body = "{\"items\": [" + line("2025-03-02", "T-1", "S0042", "BEV-100245", 2, "6.98") + ","
                        + line("2025-03-01", "T-2", "S0007", "SNK-200001", 5, "0.50") + "], \"nextToken\": \"p2\"}";
            } else if (query.equals("limit=2&nextToken=p2")) {
                body = "{\"items\": [" + line("2025-03-03", "T-3", "S0042", "BEV-100245", 1, "3.49")
                        + "], \"nextToken\": null}";
            } else if (query.contains("sale_date=2025-03-01") && !query.contains("nextToken")) {
                body = "{\"items\": [" + line("2025-03-01", "T-1", "S0042", "BEV-100245", 2, "6.98") + ","
                        + line("2025-03-01", "T-2", "S0007", "BEV-100245", 5, "17.45") + "], \"nextToken\": \"p2\"}";
            } else if (query.contains("sale_date=2025-03-01")) {
                body = "{\"items\": [" + line("2025-03-01", "T-3", "S0042", "SNK-200001", 1, "0.10") + "]}";
            } else {
                body = "{\"items\": [" + line("2025-03-02", "T-4", "S0042", "BEV-100245", 3, "10.47")
                        + "], \"nextToken\": null}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void sumsUnitsAndExactAmountsPerSkuOverEveryPage() {
        PosTransactionsClient client = PosTransactionsClient.builder()
                .baseUri("http://127.0.0.1:" + server.getAddress().getPort()).build();

        Map<String, SkuDemand> demand = new DemandPlanningJob(client)
                .demand("S0042", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 2));

        assertThat(demand.values()).containsExactly(
                new SkuDemand("BEV-100245", 5, new BigDecimal("17.45"), 2),
                new SkuDemand("SNK-200001", 1, new BigDecimal("0.10"), 1));
        assertThat(queries).containsExactly("sale_date=2025-03-01&limit=500",
                "sale_date=2025-03-01&limit=500&nextToken=p2", "sale_date=2025-03-02&limit=500");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DemandPlanningJob.print(demand, "S0042", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 2),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
                Demand at store S0042 from 2025-03-01 to 2025-03-02
                sku             units     net amount  lines
                BEV-100245          5          17.45      2
                SNK-200001          1           0.10      1
                """.replace("\n", System.lineSeparator()));
    }

    @Test
    void reportsEveryLineOfEveryPageWithExactAmounts() {
        String uri = "http://127.0.0.1:" + server.getAddress().getPort();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Report report = DemandPlanningJob.run(uri, 2, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(report).isEqualTo(new Report(3, 2, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 3), 8,
                List.of(new SkuDemand("SNK-200001", 5, new BigDecimal("0.50"), 1),
                        new SkuDemand("BEV-100245", 3, new BigDecimal("10.47"), 2)),
                List.of(new StoreSales("S0007", "EUR", new BigDecimal("0.50"), 1),
                        new StoreSales("S0042", "EUR", new BigDecimal("10.47"), 2))));
        assertThat(queries).containsExactly("limit=2", "limit=2&nextToken=p2");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
                Demand planning: read 3 POS lines over 2 pages from %s
                  sale days 2025-03-01 to 2025-03-03: 2 stores, 2 SKUs, 8 units
                  top 2 SKUs by units    units  lines
                    SNK-200001               5      1
                    BEV-100245               3      2
                  net sales by store: S0007 0.50 EUR, S0042 10.47 EUR
                """.formatted(uri).replace("\n", System.lineSeparator()));
    }
}
