package com.acme.sales.e2e;

import com.acme.demandplanning.DemandPlanningJob;
import com.acme.demandplanning.DemandPlanningJob.Report;
import com.acme.sales.lambda.local.LocalSalesApi;
import java.io.PrintStream;

/**
 * The end of the main job ({@code ./mvnw -B install}): the sales APIs served on a free loopback port by their
 * generated handlers over the sample data, the demand-planning job reading every POS line through the generated
 * client, the server stopped.
 */
public final class LocalDemandPlanning {

    private LocalDemandPlanning() {}

    /**
     * Serves, runs the job, stops.
     *
     * @param pageSize the page size the job asks for
     * @param out where the job prints its report
     * @return the job's report
     * @throws Exception when the sample data cannot be loaded or the server cannot start
     */
    static Report run(int pageSize, PrintStream out) throws Exception {
        try (LocalSalesApi api = LocalSalesApi.start(0)) {
            return DemandPlanningJob.run(api.api("/pos-transactions").toString(), pageSize, out);
        }
    }

    /**
     * {@code [page size]}, 25 by default.
     *
     * @param args the page size, optional
     * @throws Exception when the sample data cannot be loaded or the server cannot start
     */
    public static void main(String[] args) throws Exception {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 25, System.out);
    }
}
