package dev.datamesh.catalog.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.catalog.AccessMode;
import dev.datamesh.catalog.CatalogRegistration;
import dev.datamesh.catalog.CatalogSession;
import dev.datamesh.catalog.Fixtures;
import dev.datamesh.catalog.RegistrationOptions;
import dev.datamesh.catalog.TestProducts;
import dev.datamesh.catalog.model.DesiredCatalog;
import dev.datamesh.catalog.model.LfTag;
import dev.datamesh.catalog.model.ProductDefinition;
import dev.datamesh.catalog.plan.ActionType;
import dev.datamesh.catalog.plan.CatalogSnapshot;
import dev.datamesh.catalog.plan.Planner;
import dev.datamesh.catalog.plan.RegistrationPlan;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalCatalogConcurrencyTest {

    private static final String DATABASE = "sales_shared";
    private static final int PER_WRITER = 10;

    @TempDir
    Path dir;

    private Path catalog() {
        return dir.resolve("catalog");
    }

    private static List<DesiredCatalog> products(String prefix) {
        List<DesiredCatalog> out = new ArrayList<>();
        for (int i = 0; i < PER_WRITER; i++) {
            out.add(TestProducts.desired(prefix + "-" + i, DATABASE, prefix + "_" + i));
        }
        return out;
    }

    private static void registerAll(LocalCatalogBackend backend, List<DesiredCatalog> products) {
        for (DesiredCatalog product : products) {
            CatalogRegistration.register(product, backend, RegistrationOptions.DEFAULT, line -> {});
        }
    }

    @Test
    void twoThreadsWithTheirOwnBackendsLoseNothing() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (String prefix : List.of("left", "right")) {
                LocalCatalogBackend backend = new LocalCatalogBackend(catalog(), Clock.systemUTC(),
                        Duration.ofSeconds(60));
                List<DesiredCatalog> products = products(prefix);
                writers.add(executor.submit(() -> {
                    start.await();
                    registerAll(backend, products);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }
        } finally {
            executor.shutdownNow();
        }

        assertNothingLost(List.of("left", "right"));
    }

    @Test
    void twoProcessesLoseNothingEvenWithTwoWriterThreadsInOne() throws Exception {
        List<DesiredCatalog> first = products("parent_a");
        List<DesiredCatalog> second = products("parent_b");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                ConcurrentRegistrationMain.class.getName(), catalog().toString(), "child",
                Integer.toString(PER_WRITER), DATABASE).redirectErrorStream(true).start();
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("ready");
            Writer in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
            in.write("go\n");
            in.flush();

            List<Future<?>> writers = new ArrayList<>();
            for (List<DesiredCatalog> products : List.of(first, second)) {
                LocalCatalogBackend backend = new LocalCatalogBackend(catalog(), Clock.systemUTC(),
                        Duration.ofSeconds(60));
                writers.add(executor.submit(() -> {
                    registerAll(backend, products);
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }

            assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child process finished").isTrue();
            List<String> rest = out.lines().toList();
            assertThat(child.exitValue()).as("child exit code, output: %s", rest).isZero();
            assertThat(rest).containsExactly("done");
        } finally {
            executor.shutdownNow();
            child.destroyForcibly();
        }

        assertNothingLost(List.of("parent_a", "parent_b", "child"));
    }

    /** Every product of every writer is complete: planning them all again finds nothing to change. */
    private void assertNothingLost(List<String> prefixes) {
        List<ProductDefinition> products = new ArrayList<>();
        List<String> slugs = new ArrayList<>();
        for (String prefix : prefixes) {
            for (int i = 0; i < PER_WRITER; i++) {
                products.addAll(TestProducts.desired(prefix + "-" + i, DATABASE, prefix + "_" + i).products());
                slugs.add(prefix + "-" + i);
            }
        }
        DesiredCatalog all = DesiredCatalog.of(products);
        try (CatalogSession session = Fixtures.local(catalog()).open(AccessMode.READ_ONLY)) {
            RegistrationPlan plan = Planner.plan(all, CatalogSnapshot.read(session, all), false);
            assertThat(plan.actions()).as(plan.render()).allMatch(a -> a.type() == ActionType.UNCHANGED);
            assertThat(session.getLfTag(LfTag.DATA_PRODUCT).orElseThrow().values())
                    .containsExactlyInAnyOrderElementsOf(slugs);
            assertThat(session.getTables(DATABASE)).hasSize(slugs.size());
        }
        String index = Fixtures.read(catalog().resolve("site/index.html"));
        for (String slug : slugs) {
            assertThat(index).contains("href=\"sales/" + slug + ".html\"");
            assertThat(catalog().resolve("site/sales/" + slug + ".html")).exists();
        }
    }
}
