package dev.datamesh.catalog.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datamesh.catalog.AccessMode;
import dev.datamesh.catalog.CatalogException;
import dev.datamesh.catalog.CatalogRegistration;
import dev.datamesh.catalog.CatalogSession;
import dev.datamesh.catalog.Fixtures;
import dev.datamesh.catalog.RegistrationOptions;
import dev.datamesh.catalog.model.GlueObject;
import dev.datamesh.catalog.model.TableState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalCatalogBackendTest {

    @TempDir
    Path dir;

    private Path catalog() {
        return dir.resolve("catalog");
    }

    private void register(String version) {
        CatalogRegistration.register(Fixtures.desired(version), Fixtures.local(catalog()),
                RegistrationOptions.DEFAULT, line -> {});
    }

    @Test
    void theSitePathsAreThePagesThatRegistrationWrites() {
        register("v1");
        LocalCatalogBackend backend = Fixtures.local(catalog());

        assertThat(backend.siteIndex()).isEqualTo(catalog().resolve("site/index.html")).isRegularFile();
        assertThat(backend.productPage("sales", "pos-transactions"))
                .isEqualTo(catalog().resolve("site/sales/pos-transactions.html")).isRegularFile();
    }

    @Test
    void aCorruptCatalogFileIsAClearErrorNamingTheFileAndTheFix() throws Exception {
        register("v1");
        Path table = catalog().resolve("databases/sales_pos/tables/pos_transactions.json");
        Files.writeString(table, "{\"Table\": {\"Name\": \"pos_transactions\",");

        assertThatThrownBy(() -> register("v2")).isInstanceOfSatisfying(CatalogException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("The catalog file " + table + " is not valid JSON (line 1, column "
                    + "39: Unexpected end-of-input within/between Object entries).");
            assertThat(e.hint()).isEqualTo("restore the file from a backup, or delete it: the next register run "
                    + "recreates what the contracts define (a deleted table file loses its version history).");
            assertThat(e.resource()).contains(table.toString());
            assertThat(e.resumable()).isFalse();
            assertThat(e.getCause()).isNull();
        });
    }

    @Test
    void aCatalogFileOfTheWrongShapeIsAClearError() throws Exception {
        register("v1");
        Path product = catalog().resolve("products/sales/pos-transactions.json");
        Files.writeString(product, "{\"ProductId\": 42}");
        Path tags = catalog().resolve("lf-tags.json");

        assertThatThrownBy(() -> register("v1")).isInstanceOf(CatalogException.class)
                .hasMessage("The catalog file " + product + " does not hold a product record ('ProductId' must be "
                        + "a string but is a number).");

        Files.writeString(tags, "[1, 2]");
        assertThatThrownBy(() -> register("v1")).isInstanceOf(CatalogException.class)
                .hasMessage("The catalog file " + tags + " is not valid JSON (line 1, column 1: expected a JSON "
                        + "object but found an array).");
    }

    @Test
    void deletingACorruptFileLetsTheNextRunRecreateIt() throws Exception {
        register("v1");
        Path table = catalog().resolve("databases/sales_pos/tables/store_inventory.json");
        String before = Fixtures.read(table);
        Files.writeString(table, "garbage");
        Files.delete(table);

        register("v1");

        assertThat(Fixtures.read(table)).isEqualTo(before);
    }

    @Test
    void aSecondWriterWaitsForTheLockAndTimesOutWithAClearMessage() throws Exception {
        LocalCatalogBackend first = Fixtures.local(catalog());
        LocalCatalogBackend second = new LocalCatalogBackend(catalog(), Fixtures.CLOCK, Duration.ofMillis(300));
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (CatalogSession held = first.open(AccessMode.READ_WRITE)) {
            Future<?> attempt = executor.submit(() -> second.open(AccessMode.READ_WRITE).close());

            assertThatThrownBy(() -> attempt.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(CatalogException.class)
                    .cause().hasMessage("Timed out after 300 ms waiting for the lock on the catalog " + catalog()
                            + ": another registration is still running. Nothing was changed.");
            assertThat(held.getDatabase("sales_pos")).isEmpty();
        } finally {
            executor.shutdownNow();
        }
        try (CatalogSession after = second.open(AccessMode.READ_WRITE)) {
            assertThat(after.catalogName()).isEqualTo("local:" + catalog());
        }
    }

    @Test
    void aWaitingWriterGetsTheLockWhenTheHolderCloses() throws Exception {
        LocalCatalogBackend first = Fixtures.local(catalog());
        LocalCatalogBackend second = Fixtures.local(catalog());
        CountDownLatch opened = new CountDownLatch(1);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<Long> waited;
            try (CatalogSession held = first.open(AccessMode.READ_WRITE)) {
                waited = executor.submit(() -> {
                    long start = System.nanoTime();
                    opened.countDown();
                    try (CatalogSession s = second.open(AccessMode.READ_WRITE)) {
                        assertThat(s.getDatabase("sales_pos")).isEmpty();
                        return System.nanoTime() - start;
                    }
                });
                opened.await();
                Thread.sleep(300);
                assertThat(waited).isNotDone();
                assertThat(held.getDatabase("sales_pos")).isEmpty();
            }
            assertThat(waited.get(10, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(250));
        } finally {
            executor.shutdownNow();
        }
        try (var files = Files.list(catalog())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("catalog.lock");
        }
    }

    @Test
    void aReadOnlySessionOnAMissingCatalogCreatesNothing() {
        try (CatalogSession session = Fixtures.local(catalog()).open(AccessMode.READ_ONLY)) {
            assertThat(session.getDatabase("sales_pos")).isEmpty();
            assertThat(session.getTables("sales_pos")).isEmpty();
            assertThatThrownBy(() -> session.createDatabase(GlueObject.empty().with("Name", "x")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("read-only session cannot change database x");
        }
        assertThat(catalog()).doesNotExist();
    }

    @Test
    void anUpdateBasedOnAnOldVersionIsRefused() {
        register("v1");
        try (CatalogSession session = Fixtures.local(catalog()).open(AccessMode.READ_WRITE)) {
            TableState table = session.getTable("sales_pos", "store_inventory").orElseThrow();
            GlueObject input = table.table().with("Description", "changed");
            session.updateTable("sales_pos", input, "1");

            assertThatThrownBy(() -> session.updateTable("sales_pos", input, "1"))
                    .isInstanceOfSatisfying(CatalogException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo("The table sales_pos.store_inventory changed since it "
                                + "was read (version 2, expected 1).");
                        assertThat(e.hint()).isEqualTo("run register again: it plans from the table's new version.");
                        assertThat(e.resumable()).isTrue();
                    });
            TableState updated = session.getTable("sales_pos", "store_inventory").orElseThrow();
            assertThat(updated.versionId()).isEqualTo("2");
            assertThat(updated.table().text("Description")).contains("changed");
        }
    }

    @Test
    void namesThatAreNotSafeFileNamesAreRefused() {
        try (CatalogSession session = Fixtures.local(catalog()).open(AccessMode.READ_WRITE)) {
            assertThatThrownBy(() -> session.getDatabase("../etc"))
                    .isInstanceOfSatisfying(CatalogException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo(
                                "The database name '../etc' cannot be stored in the local catalog.");
                        assertThat(e.hint()).isEqualTo(
                                "use a Glue name: lower-case letters, digits and '_' (at most 255 characters).");
                    });
            assertThatThrownBy(() -> session.getTable("sales", "a/b")).isInstanceOf(CatalogException.class)
                    .hasMessage("The table name 'a/b' cannot be stored in the local catalog.");
        }
    }

    @Test
    void aCatalogPathThatIsAFileIsAClearError() throws Exception {
        Files.writeString(catalog(), "not a directory");

        assertThatThrownBy(() -> Fixtures.local(catalog()).open(AccessMode.READ_WRITE))
                .isInstanceOf(CatalogException.class)
                .hasMessage("The catalog path " + catalog() + " is a file, not a directory.");
    }
}
