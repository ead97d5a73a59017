package dev.datamesh.catalog.local;

import dev.datamesh.catalog.CatalogException;
import dev.datamesh.catalog.CatalogRegistration;
import dev.datamesh.catalog.RegistrationOptions;
import dev.datamesh.catalog.TestProducts;
import dev.datamesh.catalog.model.DesiredCatalog;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The second process of the concurrency test: prepares {@code count} products named {@code <prefix>-<i>} (loading
 * contracts is the slow part), prints {@code ready}, waits for a line on stdin, then registers them into one shared
 * database, one registration each, so that its registrations overlap with the test process's.
 */
public final class ConcurrentRegistrationMain {

    private ConcurrentRegistrationMain() {}

    public static void main(String[] args) throws Exception {
        Path catalog = Path.of(args[0]);
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        String database = args[3];
        LocalCatalogBackend backend = new LocalCatalogBackend(catalog, Clock.systemUTC(), Duration.ofSeconds(60));
        List<DesiredCatalog> products = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            products.add(TestProducts.desired(prefix + "-" + i, database, prefix + "_" + i));
        }
        System.out.println("ready");
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        try {
            for (DesiredCatalog product : products) {
                CatalogRegistration.register(product, backend, RegistrationOptions.DEFAULT, line -> {});
            }
        } catch (CatalogException e) {
            System.out.println(e.formatted());
            System.exit(1);
        }
        System.out.println("done");
    }
}
