package dev.datamesh.catalog.local;

import dev.datamesh.catalog.AccessMode;
import dev.datamesh.catalog.CatalogBackend;
import dev.datamesh.catalog.CatalogException;
import dev.datamesh.catalog.CatalogSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The embedded catalog: a directory of JSON documents in the Glue API's own shapes, written atomically under a file
 * lock so that concurrent builds lose nothing, with a static HTML catalog in {@code site/} regenerated after each
 * registration. Needs no account; the default directory is chosen by the caller (the plugin uses
 * {@code ~/.mesh/catalog}).
 */
public final class LocalCatalogBackend implements CatalogBackend {

    /** How long a registration waits for another one to finish. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(2);

    private final Path root;
    private final Clock clock;
    private final Duration lockTimeout;

    public LocalCatalogBackend(Path root, Clock clock, Duration lockTimeout) {
        this.root = Objects.requireNonNull(root, "root == null").toAbsolutePath().normalize();
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.lockTimeout = Objects.requireNonNull(lockTimeout, "lockTimeout == null");
    }

    public LocalCatalogBackend(Path root) {
        this(root, Clock.systemUTC(), DEFAULT_LOCK_TIMEOUT);
    }

    /** The catalog directory. */
    public Path root() {
        return root;
    }

    /** The HTML catalog's front page, for a person to open in a browser. */
    public Path siteIndex() {
        return root.resolve("site").resolve("index.html");
    }

    /** The HTML page of one registered product, e.g. {@code site/sales/pos-transactions.html}. */
    public Path productPage(String domain, String dataProduct) {
        return root.resolve("site").resolve(LocalCatalogSite.productPage(domain, dataProduct));
    }

    @Override
    public String describe() {
        return "local:" + root;
    }

    /**
     * Opens a session. A {@link AccessMode#READ_WRITE} session creates the directory if needed and holds the
     * catalog lock until closed; a read-only session on a catalog that was never written creates nothing.
     */
    @Override
    public CatalogSession open(AccessMode mode) {
        Objects.requireNonNull(mode, "mode == null");
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new CatalogException("The catalog path " + root + " is a file, not a directory.", root.toString(),
                    "point the catalog directory at a directory, or move the file away.", false);
        }
        boolean lock = mode == AccessMode.READ_WRITE || Files.exists(root.resolve(CatalogLock.LOCK_FILE));
        CatalogLock held = lock ? CatalogLock.acquire(root, lockTimeout) : null;
        return new LocalCatalogSession(new LocalCatalogFiles(root), describe(), clock, mode, held);
    }
}
