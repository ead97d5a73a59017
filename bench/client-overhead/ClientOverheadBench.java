import com.acme.sales.client.pos_transactions.PosTransactionsClient;
import com.acme.sales.client.pos_transactions.RetryPolicy;
import com.acme.sales.client.pos_transactions.model.PosTransactionsPage;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;

/**
 * Client overhead per request: the generated sales client's listPosTransactions against the same request made by
 * hand with java.net.http and the same Jackson mapper, on one local server, one HttpClient, one thread. Short
 * rounds alternate between the two so that drift hits both; the report gives the median per-request time of each
 * and the median of the per-round ratios.
 */
public final class ClientOverheadBench {

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(System.getProperty("rows", "20"));
        int perRound = Integer.parseInt(System.getProperty("requests", "250"));
        int rounds = Integer.parseInt(System.getProperty("rounds", "41"));
        byte[] page = page(rows);

        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        PosTransactionsClient client = PosTransactionsClient.builder().baseUri(base).httpClient(http)
                .retryPolicy(RetryPolicy.defaults()).build();
        ObjectMapper mapper = PosTransactionsClient.newObjectMapper();
        URI uri = URI.create(base + "/pos_transactions?sale_date=2025-03-01&limit=" + rows);

        Runnable raw = () -> {
            try {
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/json").GET().build();
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("status " + response.statusCode());
                }
                PosTransactionsPage result = mapper.readValue(response.body(), PosTransactionsPage.class);
                sink(result.items().size());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        Runnable generated = () -> sink(client.listPosTransactions(null, null, java.time.LocalDate.of(2025, 3, 1),
                rows, null).items().size());

        for (int i = 0; i < 3; i++) {
            time(raw, perRound);
            time(generated, perRound);
        }
        double[] rawTimes = new double[rounds];
        double[] clientTimes = new double[rounds];
        double[] ratios = new double[rounds];
        double[] rawCpu = new double[rounds];
        double[] clientCpu = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            // Short rounds in alternating order (ABBA), so that load from elsewhere hits both sides alike.
            if (round % 2 == 0) {
                rawTimes[round] = time(raw, perRound, rawCpu, round);
                clientTimes[round] = time(generated, perRound, clientCpu, round);
            } else {
                clientTimes[round] = time(generated, perRound, clientCpu, round);
                rawTimes[round] = time(raw, perRound, rawCpu, round);
            }
            ratios[round] = clientTimes[round] / rawTimes[round];
        }
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();

        double rawMedian = median(rawTimes);
        double clientMedian = median(clientTimes);
        System.out.printf(Locale.ROOT, "page of %d rows (%d bytes), %d rounds x %d requests, JDK %s%n", rows,
                page.length, rounds, perRound, System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "raw java.net.http + Jackson : %8.1f us/request (median)%n", rawMedian);
        System.out.printf(Locale.ROOT, "generated client            : %8.1f us/request (median)%n", clientMedian);
        System.out.printf(Locale.ROOT, "calling-thread CPU, raw     : %8.1f us/request (median)%n", median(rawCpu));
        System.out.printf(Locale.ROOT, "calling-thread CPU, client  : %8.1f us/request (median)%n", median(clientCpu));
        double ratio = median(ratios);
        System.out.printf(Locale.ROOT, "ratio client / raw          : %8.3f (median of the %d paired rounds; target <= 1.1)%n",
                ratio, rounds);
        System.exit(ratio <= Double.parseDouble(System.getProperty("maxRatio", "1.1")) ? 0 : 1);
    }

    private static volatile long sink;

    private static void sink(long value) {
        sink += value;
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** Wall-clock microseconds per call. */
    private static double time(Runnable call, int count) {
        return time(call, count, new double[1], 0);
    }

    /** Wall-clock microseconds per call; the calling thread's CPU microseconds per call go to {@code cpu[index]}. */
    private static double time(Runnable call, int count, double[] cpu, int index) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            call.run();
        }
        long wall = System.nanoTime() - start;
        cpu[index] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1000.0 / count;
        return wall / 1000.0 / count;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static byte[] page(int rows) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            items.add(("{\"sale_date\": \"2025-03-01\", \"transaction_id\": \"S0042-R03-20250301-%06d\","
                    + " \"line_number\": 1, \"sold_at\": \"2025-03-01T10:42:17.123456Z\", \"store_id\": \"S0042\","
                    + " \"sku\": \"BEV-100245\", \"quantity\": 2, \"unit_price\": 3.49, \"discount_amount\": 0.50,"
                    + " \"net_amount\": 6.48, \"tax_amount\": 1.08, \"currency_code\": \"EUR\","
                    + " \"payment_method\": \"card\", \"promotion_id\": null, \"customer_loyalty_id\": null,"
                    + " \"ingested_at\": \"2025-03-02T01:00:00Z\"}").formatted(i));
        }
        return ("{\"items\": [" + String.join(",", items) + "], \"nextToken\": null}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
