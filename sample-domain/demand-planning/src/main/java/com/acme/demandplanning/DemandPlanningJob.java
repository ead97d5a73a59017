package com.acme.demandplanning;

import com.acme.sales.client.pos_transactions.PosTransactionsClient;
import com.acme.sales.client.pos_transactions.model.PosTransactions;
import com.acme.sales.client.pos_transactions.model.PosTransactionsPage;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The demand-planning domain's daily job: per SKU, how many units a store sold and for how much over a range of
 * days, read from the sales domain's POS transactions through its generated client, page by page, one sale date
 * (the API's partition filter) at a time.
 */
public final class DemandPlanningJob {

    /** The largest page the job asks for. */
    static final int PAGE_SIZE = 500;

    /**
     * What one SKU sold at one store over the range.
     *
     * @param sku the product
     * @param units units sold
     * @param netAmount net sales, exact
     * @param lines transaction lines
     */
    public record SkuDemand(String sku, long units, BigDecimal netAmount, int lines) {

        SkuDemand add(PosTransactions line) {
            return new SkuDemand(sku, units + line.quantity(), netAmount.add(line.netAmount()), lines + 1);
        }
    }

    /**
     * What one store sold in one currency over the range.
     *
     * @param storeId the store
     * @param currencyCode the currency of the amounts
     * @param netAmount net sales, exact
     * @param lines transaction lines
     */
    public record StoreSales(String storeId, String currencyCode, BigDecimal netAmount, int lines) {}

    /**
     * Every POS line the API holds, summed up.
     *
     * @param lines the lines read
     * @param pages the pages they came in
     * @param firstDay the earliest sale date, or null when there was no line
     * @param lastDay the latest sale date, or null when there was no line
     * @param units the units sold
     * @param skus every SKU sold, most units first (then by SKU); their net amounts add up lines of any currency
     * @param stores every store and currency, by store then currency
     */
    public record Report(int lines, int pages, LocalDate firstDay, LocalDate lastDay, long units, List<SkuDemand> skus,
            List<StoreSales> stores) {

        public Report {
            skus = List.copyOf(skus);
            stores = List.copyOf(stores);
        }
    }

    private final PosTransactionsClient sales;

    public DemandPlanningJob(PosTransactionsClient sales) {
        this.sales = Objects.requireNonNull(sales, "sales == null");
    }

    /**
     * Demand per SKU, sorted by SKU.
     *
     * @param storeId the store, e.g. {@code S0042}
     * @param from the first sale date
     * @param to the last sale date, inclusive
     * @return one entry per SKU sold
     */
    public Map<String, SkuDemand> demand(String storeId, LocalDate from, LocalDate to) {
        Map<String, SkuDemand> demand = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            sales.streamPosTransactions(null, null, day, PAGE_SIZE)
                    .filter(line -> storeId.equals(line.storeId()))
                    .forEach(line -> demand.merge(line.sku(), new SkuDemand(line.sku(), 0, BigDecimal.ZERO, 0)
                            .add(line), (a, b) -> new SkuDemand(a.sku(), a.units() + b.units(),
                                    a.netAmount().add(b.netAmount()), a.lines() + b.lines())));
        }
        return demand;
    }

    /**
     * Reads every POS line, page by page, and sums units per SKU and net sales per store.
     *
     * @param pageSize the largest page to ask for, from 1 to 1000
     * @return the report
     */
    public Report report(int pageSize) {
        Map<String, SkuDemand> skus = new HashMap<>();
        Map<List<String>, StoreSales> stores = new HashMap<>();
        Set<String> seenTokens = new HashSet<>();
        int lines = 0;
        int pages = 0;
        long units = 0;
        LocalDate first = null;
        LocalDate last = null;
        String token = null;
        do {
            PosTransactionsPage page = sales.listPosTransactions(null, null, null, pageSize, token);
            pages++;
            for (PosTransactions line : page.items()) {
                lines++;
                units += line.quantity();
                first = first == null || line.saleDate().isBefore(first) ? line.saleDate() : first;
                last = last == null || line.saleDate().isAfter(last) ? line.saleDate() : last;
                skus.merge(line.sku(), new SkuDemand(line.sku(), 0, BigDecimal.ZERO, 0).add(line),
                        (a, b) -> new SkuDemand(a.sku(), a.units() + b.units(), a.netAmount().add(b.netAmount()),
                                a.lines() + b.lines()));
                stores.merge(List.of(line.storeId(), line.currencyCode()),
                        new StoreSales(line.storeId(), line.currencyCode(), line.netAmount(), 1),
                        (a, b) -> new StoreSales(a.storeId(), a.currencyCode(), a.netAmount().add(b.netAmount()),
                                a.lines() + b.lines()));
            }
            token = page.nextToken() == null || page.nextToken().isEmpty() ? null : page.nextToken();
            if (token != null && !seenTokens.add(token)) {
                throw new IllegalStateException("the POS transactions API handed out the page token " + token
                        + " twice");
            }
        } while (token != null);
        List<SkuDemand> byUnits = skus.values().stream()
                .sorted(Comparator.comparingLong(SkuDemand::units).reversed().thenComparing(SkuDemand::sku)).toList();
        List<StoreSales> byStore = stores.values().stream()
                .sorted(Comparator.comparing(StoreSales::storeId).thenComparing(StoreSales::currencyCode)).toList();
        return new Report(lines, pages, first, last, units, byUnits, byStore);
    }

    /**
     * Prints the report in a few lines: what was read from where, the {@code top} SKUs by units and the net sales
     * of every store, amounts exact.
     */
    static void print(Report report, String source, int top, PrintStream out) {
        out.printf(Locale.ROOT, "Demand planning: read %,d POS lines over %,d pages from %s%n", report.lines(),
                report.pages(), source);
        out.printf(Locale.ROOT, "  sale days %s to %s: %,d stores, %,d SKUs, %,d units%n", report.firstDay(),
                report.lastDay(), report.stores().stream().map(StoreSales::storeId).distinct().count(),
                report.skus().size(), report.units());
        out.printf(Locale.ROOT, "  top %d SKUs by units    units  lines%n", Math.min(top, report.skus().size()));
        for (SkuDemand sku : report.skus().subList(0, Math.min(top, report.skus().size()))) {
            out.printf(Locale.ROOT, "    %-18s %7d %6d%n", sku.sku(), sku.units(), sku.lines());
        }
        StringBuilder stores = new StringBuilder();
        for (StoreSales store : report.stores()) {
            stores.append(stores.length() == 0 ? "" : ", ").append(store.storeId()).append(' ')
                    .append(store.netAmount().toPlainString()).append(' ').append(store.currencyCode());
        }
        out.printf(Locale.ROOT, "  net sales by store: %s%n", stores);
    }

    /** Prints the demand as a table. */
    static void print(Map<String, SkuDemand> demand, String storeId, LocalDate from, LocalDate to, PrintStream out) {
        out.printf("Demand at store %s from %s to %s%n", storeId, from, to);
        out.printf("%-12s %8s %14s %6s%n", "sku", "units", "net amount", "lines");
        for (SkuDemand d : demand.values()) {
            out.printf("%-12s %8d %14s %6d%n", d.sku(), d.units(), d.netAmount().toPlainString(), d.lines());
        }
    }

    /**
     * Reads every POS line from the API at {@code baseUri}, {@code pageSize} lines a page, and prints the report with
     * the top 5 SKUs.
     *
     * @param baseUri the base URI of the POS transactions API
     * @param pageSize the largest page to ask for, from 1 to 1000
     * @param out where to print
     * @return the report
     */
    public static Report run(String baseUri, int pageSize, PrintStream out) {
        Report report = new DemandPlanningJob(PosTransactionsClient.builder().baseUri(baseUri).build())
                .report(pageSize);
        print(report, baseUri, 5, out);
        return report;
    }

    /**
     * Runs the job: {@code <base URI>} prints the report over every POS line; {@code <base URI> <store id> <from>
     * <to>}, e.g. {@code http://127.0.0.1:8080/pos-transactions S0042 2025-03-01 2025-03-07}, the demand of one
     * store.
     *
     * @param args the base URI of the POS transactions API, then the store and the date range
     */
    public static void main(String[] args) {
        if (args.length == 1) {
            run(args[0], PAGE_SIZE, System.out);
            return;
        }
        if (args.length != 4) {
            System.err.println("usage: DemandPlanningJob <pos-transactions API base URI> [<store id> <from> <to>]");
            System.exit(2);
        }
        PosTransactionsClient client = PosTransactionsClient.builder().baseUri(args[0]).build();
        LocalDate from = LocalDate.parse(args[2]);
        LocalDate to = LocalDate.parse(args[3]);
        print(new DemandPlanningJob(client).demand(args[1], from, to), args[1], from, to, System.out);
    }
}
