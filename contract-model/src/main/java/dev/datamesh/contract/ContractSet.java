package dev.datamesh.contract;

import dev.datamesh.contract.validation.Severity;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The contracts loaded from a list of files with one {@link ContractLoader}, in the order of the files.
 *
 * <p>More than {@link #SEQUENTIAL_LIMIT} files are loaded on several threads; the result is the same as
 * sequential loading. The threads inherit the caller's context class loader, which matters inside a build tool
 * whose plugins have their own class loader.
 */
public final class ContractSet {

    /** Up to this many files load on the calling thread: starting threads would cost more than it saves. */
    public static final int SEQUENTIAL_LIMIT = 8;

    private final List<LoadedContract> contracts;

    private ContractSet(List<LoadedContract> contracts) {
        this.contracts = List.copyOf(contracts);
    }

    public static ContractSet of(List<LoadedContract> contracts) {
        return new ContractSet(contracts);
    }

    /**
     * Loads every file.
     *
     * @param parallelism the most threads to use; 1 loads on the calling thread
     */
    public static ContractSet load(ContractLoader loader, List<ContractFile> files, int parallelism)
            throws InterruptedException {
        if (parallelism <= 1 || files.size() <= SEQUENTIAL_LIMIT) {
            List<LoadedContract> loaded = new ArrayList<>(files.size());
            for (ContractFile file : files) {
                loaded.add(load(loader, file));
            }
            return new ContractSet(loaded);
        }
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(parallelism, files.size()),
                threadFactory(Thread.currentThread().getContextClassLoader()));
        try {
            List<Future<LoadedContract>> futures = new ArrayList<>(files.size());
            for (ContractFile file : files) {
                futures.add(executor.submit(() -> load(loader, file)));
            }
            List<LoadedContract> loaded = new ArrayList<>(files.size());
            for (Future<LoadedContract> future : futures) {
                loaded.add(get(future));
            }
            return new ContractSet(loaded);
        } finally {
            executor.shutdownNow();
        }
    }

    private static LoadedContract load(ContractLoader loader, ContractFile file) {
        return new LoadedContract(file, loader.load(file.path(), file.displayName()));
    }

    private static LoadedContract get(Future<LoadedContract> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ThreadFactory threadFactory(ClassLoader contextClassLoader) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "contract-loader-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(contextClassLoader);
            return thread;
        };
    }

    /** The loaded contracts, in the order of the files. */
    public List<LoadedContract> contracts() {
        return contracts;
    }

    public int size() {
        return contracts.size();
    }

    public boolean isEmpty() {
        return contracts.isEmpty();
    }

    /** Every event of every contract, in file order and then by location. */
    public List<ValidationEvent> events() {
        List<ValidationEvent> events = new ArrayList<>();
        contracts.forEach(c -> events.addAll(c.events()));
        return events;
    }

    public int count(Severity severity) {
        return contracts.stream().mapToInt(c -> c.count(severity)).sum();
    }

    /** How many contracts have at least one event of this severity. */
    public int contractsWith(Severity severity) {
        return (int) contracts.stream().filter(c -> c.count(severity) > 0).count();
    }
}
