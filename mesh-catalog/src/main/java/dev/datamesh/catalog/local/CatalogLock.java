package dev.datamesh.catalog.local;

import dev.datamesh.catalog.CatalogException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The lock that serialises registrations on one catalog directory, across threads and processes.
 *
 * <p>Between processes it is an OS lock on {@code catalog.lock}, released by the OS if the process dies. Within one
 * JVM that is not enough: a second channel on the same file cannot lock it ({@link OverlappingFileLockException}),
 * and on POSIX systems closing that second channel silently drops the first channel's OS lock. So threads of one JVM
 * first take a marker file named after the JVM ({@code .catalog.lock.<pid>-<start>.jvm}, created atomically), and
 * only the marker's holder touches {@code catalog.lock}. Both steps retry with a short backoff up to the timeout. No
 * static state is involved: the file system is the shared state.
 */
final class CatalogLock implements AutoCloseable {

    static final String LOCK_FILE = "catalog.lock";
    private static final String MARKER_PREFIX = ".catalog.lock.";
    private static final String MARKER_SUFFIX = ".jvm";

    private final Path marker;
    private final FileChannel channel;
    private final FileLock lock;

    private CatalogLock(Path marker, FileChannel channel, FileLock lock) {
        this.marker = marker;
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits up to {@code timeout} for the lock on {@code root}, creating the directory and lock file if needed. */
    static CatalogLock acquire(Path root, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new CatalogException("Cannot create the catalog directory " + root + ": " + e.getMessage() + ".",
                    root.toString(), "check that the directory can be written, or choose another catalog "
                    + "directory.", false, e);
        }
        Path marker = root.resolve(MARKER_PREFIX + jvmId() + MARKER_SUFFIX);
        long backoff = 5;
        while (true) {
            try {
                Files.createFile(marker);
                break;
            } catch (FileAlreadyExistsException e) {
                backoff = waitOrFail(deadline, backoff, root, timeout, marker);
            } catch (IOException e) {
                throw ioFailure(root, e);
            }
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(root.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            backoff = 5;
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock != null) {
                    CatalogLock held = new CatalogLock(marker, channel, lock);
                    held.removeStaleMarkers(root);
                    return held;
                }
                backoff = waitOrFail(deadline, backoff, root, timeout, null);
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            deleteQuietly(marker);
            if (e instanceof CatalogException c) {
                throw c;
            }
            throw e instanceof IOException io ? ioFailure(root, io) : (RuntimeException) e;
        }
    }

    private static long waitOrFail(long deadline, long backoff, Path root, Duration timeout, Path marker) {
        if (System.nanoTime() > deadline) {
            String waited = timeout.toMillis() < 1000 ? timeout.toMillis() + " ms" : timeout.toSeconds() + " s";
            throw new CatalogException("Timed out after " + waited + " waiting for the lock on the "
                    + "catalog " + root + ": another registration is still running. Nothing was changed.",
                    root.resolve(LOCK_FILE).toString(), "run register again when the other build has finished"
                    + (marker == null ? "." : "; if none is running, delete " + marker + "."), true);
        }
        try {
            Thread.sleep(backoff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogException("Interrupted while waiting for the lock on the catalog " + root + ".",
                    root.resolve(LOCK_FILE).toString(), "run register again.", true, e);
        }
        return Math.min(backoff * 2, 200);
    }

    /** {@code <pid>-<start time in ms>}: unique among live JVMs and unlikely to be reused by a later one. */
    private static String jvmId() {
        ProcessHandle self = ProcessHandle.current();
        return self.pid() + self.info().startInstant().map(i -> "-" + i.toEpochMilli()).orElse("");
    }

    /** Deletes markers left by JVMs that died while holding one; called while holding the OS lock. */
    private void removeStaleMarkers(Path root) {
        try (Stream<Path> files = Files.list(root)) {
            files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(MARKER_PREFIX) && name.endsWith(MARKER_SUFFIX) && !p.equals(marker);
            }).filter(CatalogLock::isStale).forEach(CatalogLock::deleteQuietly);
        } catch (IOException e) {
            // Cleaning up is a courtesy; a leftover marker only matters to a JVM with the same id.
        }
    }

    private static boolean isStale(Path markerFile) {
        String name = markerFile.getFileName().toString();
        String id = name.substring(MARKER_PREFIX.length(), name.length() - MARKER_SUFFIX.length());
        String[] parts = id.split("-", 2);
        long pid;
        try {
            pid = Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty()) {
            return true;
        }
        if (parts.length < 2) {
            return false;
        }
        String start = process.get().info().startInstant().map(i -> Long.toString(i.toEpochMilli())).orElse("");
        return !start.isEmpty() && !start.equals(parts[1]);
    }

    private static CatalogException ioFailure(Path root, IOException e) {
        return new CatalogException("Cannot lock the catalog " + root + ": " + e + ".",
                root.resolve(LOCK_FILE).toString(), "check that the catalog directory can be written, then run "
                + "register again.", true, e);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases the lock as well.
        } finally {
            closeQuietly(channel);
            deleteQuietly(marker);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing more can be done; the OS drops the lock when the process ends.
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (NoSuchFileException e) {
            // Already gone.
        } catch (IOException e) {
            // A leftover marker is cleaned up by the next registration of another JVM.
        }
    }
}
