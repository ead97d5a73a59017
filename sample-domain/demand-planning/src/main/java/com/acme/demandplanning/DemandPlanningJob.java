package com.acme.demandplanning;

import com.acme.sales.client.pos_transactions.PosTransactionsClient;
import com.acme.sales.client.pos_transactions.model.PosTransactions;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
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

    /** Prints the demand as a table. */
    static void print(Map<String, SkuDemand> demand, String storeId, LocalDate from, LocalDate to, PrintStream out) {
        out.printf("Demand at store %s from %s to %s%n", storeId, from, to);
        out.printf("%-12s %8s %14s %6s%n", "sku", "units", "net amount", "lines");
        for (SkuDemand d : demand.values()) {
            out.printf("%-12s %8d %14s %6d%n", d.sku(), d.units(), d.netAmount().toPlainString(), d.lines());
        }
    }

    /**
     * Runs the job: {@code <base URI> <store id> <from> <to>}, e.g.
     * {@code http://127.0.0.1:8080 S0042 2025-03-01 2025-03-07}.
     *
     * @param args the base URI of the POS transactions API, the store and the date range
     */
    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: DemandPlanningJob <pos-transactions API base URI> <store id> <from> <to>");
            System.exit(2);
        }
        PosTransactionsClient client = PosTransactionsClient.builder().baseUri(args[0]).build();
        LocalDate from = LocalDate.parse(args[2]);
        LocalDate to = LocalDate.parse(args[3]);
        print(new DemandPlanningJob(client).demand(args[1], from, to), args[1], from, to, System.out);
    }
}
