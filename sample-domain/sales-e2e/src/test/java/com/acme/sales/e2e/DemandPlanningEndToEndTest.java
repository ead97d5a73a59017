package com.acme.sales.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.demandplanning.DemandPlanningJob;
import com.acme.demandplanning.DemandPlanningJob.Report;
import com.acme.demandplanning.DemandPlanningJob.SkuDemand;
import com.acme.demandplanning.DemandPlanningJob.StoreSales;
import com.acme.sales.client.pos_transactions.PosTransactionsClient;
import com.acme.sales.lambda.local.LocalSalesApi;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demand-planning job against the locally served sales API: its sums are the CSV's, to the cent. */
class DemandPlanningEndToEndTest {

    static final List<Map<String, String>> CSV = SampleCsv.rows("pos_transactions");

    static SkuDemand sum(String sku, List<Map<String, String>> lines) {
        return new SkuDemand(sku, lines.stream().mapToLong(r -> Long.parseLong(r.get("quantity"))).sum(),
                lines.stream().map(r -> new BigDecimal(r.get("net_amount"))).reduce(BigDecimal.ZERO, BigDecimal::add),
                lines.size());
    }

    @Test
    void demandOfOneStoreIsTheCsvsSum() throws Exception {
        Map<String, SkuDemand> expected = CSV.stream().filter(r -> r.get("store_id").equals("S0042"))
                .collect(Collectors.groupingBy(r -> r.get("sku"), TreeMap::new, Collectors.toList())).entrySet()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, e -> sum(e.getKey(), e.getValue()),
                        (a, b) -> a, TreeMap::new));
        assertThat(expected).hasSizeGreaterThan(5);

        try (LocalSalesApi api = LocalSalesApi.start(0)) {
            PosTransactionsClient client = PosTransactionsClient.builder().baseUri(api.api("/pos-transactions"))
                    .build();
            Map<String, SkuDemand> demand = new DemandPlanningJob(client).demand("S0042", LocalDate.of(2025, 3, 1),
                    LocalDate.of(2025, 3, 3));
            assertThat(demand).containsExactlyEntriesOf(expected);
        }
    }

    @Test
    void theMainJobsRunReportsEveryLineWithExactAmounts() throws Exception {
        List<SkuDemand> skus = CSV.stream().collect(Collectors.groupingBy(r -> r.get("sku"))).entrySet().stream()
                .map(e -> sum(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(SkuDemand::units).reversed().thenComparing(SkuDemand::sku)).toList();
        List<StoreSales> stores = CSV.stream().collect(Collectors.groupingBy(r -> r.get("store_id"), TreeMap::new,
                Collectors.toList())).entrySet().stream().map(e -> new StoreSales(e.getKey(), "EUR",
                        sum(e.getKey(), e.getValue()).netAmount(), e.getValue().size())).toList();
        Report expected = new Report(148, 6, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 3),
                skus.stream().mapToLong(SkuDemand::units).sum(), skus, stores);
        assertThat(CSV.stream().map(r -> LocalDate.parse(r.get("sale_date"))).distinct().sorted().toList())
                .containsExactly(expected.firstDay(), expected.firstDay().plusDays(1), expected.lastDay());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Report report = LocalDemandPlanning.run(25, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(report).isEqualTo(expected);
        assertThat(out.toString(StandardCharsets.UTF_8).replaceAll("127\\.0\\.0\\.1:[0-9]+", "127.0.0.1:PORT"))
                .isEqualTo("""
                        Demand planning: read 148 POS lines over 6 pages from http://127.0.0.1:PORT/pos-transactions
                          sale days 2025-03-01 to 2025-03-03: 4 stores, 11 SKUs, 349 units
                          top 5 SKUs by units    units  lines
                            BEV-100388              50     20
                            PCR-400019              46     16
                            SNK-200117              41     14
                            BEV-100245              38     18
                            PCR-400003              38     16
                          net sales by store: S0007 239.63 EUR, S0021 150.92 EUR, S0042 276.95 EUR, S0113 438.27 EUR
                        """.replace("\n", System.lineSeparator()));
    }
}
