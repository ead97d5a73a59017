package com.acme.sales.lambda.local;

import com.acme.sales.api.pos_transactions.PosTransactionsHandler;
import com.acme.sales.api.pos_transactions.runtime.LocalServer;
import com.acme.sales.api.pos_transactions.runtime.PageTokens;
import com.acme.sales.api.pos_transactions.runtime.SqlDialect;
import com.acme.sales.api.product_master.ProductMasterHandler;
import com.acme.sales.api.store_inventory.StoreInventoryHandler;
import com.acme.sales.api.store_master.StoreMasterHandler;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sales domain's four read APIs served on localhost by their generated handlers, over the sample data in
 * DuckDB (through the generated JDBC data access): {@code /pos-transactions}, {@code /product-master},
 * {@code /store-inventory} and {@code /store-master}, each the base URL of its API.
 *
 * <pre>./mvnw -pl sample-domain/sales-lambda exec:java [-Dexec.args=PORT]</pre>
 */
public final class LocalSalesApi implements AutoCloseable {

    /** The key of the local page tokens (a deployed API gets its own from Secrets Manager). */
    static final byte[] TOKEN_KEY = "local-sales-api-page-token-key-not-secret".getBytes(StandardCharsets.UTF_8);

    /** The APIs' path prefixes: the contract keys. */
    public static final List<String> PREFIXES = List.of("/pos-transactions", "/product-master", "/store-inventory",
            "/store-master");

    private final SampleDatabase database;
    private final LocalServer server;

    private LocalSalesApi(SampleDatabase database, LocalServer server) {
        this.database = database;
        this.server = server;
    }

    /** Starts on {@code port} (0: a free one). */
    public static LocalSalesApi start(int port) throws IOException, SQLException {
        SampleDatabase database = SampleDatabase.load();
        try {
            LocalServer server = LocalServer.start(port, handlers(database));
            return new LocalSalesApi(database, server);
        } catch (IOException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Every API by its path prefix (the contract key), over JDBC on the sample database. */
    public static Map<String, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlers(
            SampleDatabase database) {
        Map<String, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlers = new LinkedHashMap<>();
        handlers.put(PREFIXES.get(0), PosTransactionsHandler.jdbc(database::open, SqlDialect.DUCKDB,
                new PageTokens(TOKEN_KEY)));
        handlers.put(PREFIXES.get(1), ProductMasterHandler.jdbc(database::open,
                com.acme.sales.api.product_master.runtime.SqlDialect.DUCKDB,
                new com.acme.sales.api.product_master.runtime.PageTokens(TOKEN_KEY)));
        handlers.put(PREFIXES.get(2), StoreInventoryHandler.jdbc(database::open,
                com.acme.sales.api.store_inventory.runtime.SqlDialect.DUCKDB,
                new com.acme.sales.api.store_inventory.runtime.PageTokens(TOKEN_KEY)));
        handlers.put(PREFIXES.get(3), StoreMasterHandler.jdbc(database::open,
                com.acme.sales.api.store_master.runtime.SqlDialect.DUCKDB,
                new com.acme.sales.api.store_master.runtime.PageTokens(TOKEN_KEY)));
        return handlers;
    }

    /** {@code http://127.0.0.1:PORT}; an API's base URL is this plus its prefix. */
    public URI uri() {
        return server.uri();
    }

    public URI api(String prefix) {
        return URI.create(server.uri() + prefix);
    }

    @Override
    public void close() throws SQLException {
        server.close();
        database.close();
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        LocalSalesApi api = start(port);
        System.out.println("Sales APIs on " + api.uri() + " over the sample data (DuckDB):");
        for (String prefix : PREFIXES) {
            System.out.println("  " + api.api(prefix));
        }
        System.out.println("Try: curl '" + api.uri() + "/pos-transactions/pos_transactions?limit=2'");
        System.out.println("Stop with Ctrl-C.");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                api.close();
            } catch (SQLException e) {
                System.err.println("closing: " + e.getMessage());
            }
        }));
        Thread.currentThread().join();
    }
}
