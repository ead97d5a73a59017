package dev.datamesh.catalog;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts of catalog read and write calls by method name, e.g. {@code getTables=2}; safe to share between threads. */
public final class CallCounts {

    private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> writes = new ConcurrentHashMap<>();

    void read(String method) {
        reads.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
    }

    void write(String method) {
        writes.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
    }

    public int reads() {
        return reads.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public int writes() {
        return writes.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Read calls by method name, sorted. */
    public Map<String, Integer> readCalls() {
        return snapshot(reads);
    }

    /** Write calls by method name, sorted. */
    public Map<String, Integer> writeCalls() {
        return snapshot(writes);
    }

    public void reset() {
        reads.clear();
        writes.clear();
    }

    private static Map<String, Integer> snapshot(Map<String, AtomicInteger> counts) {
        Map<String, Integer> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    @Override
    public String toString() {
        return reads() + " reads " + readCalls() + ", " + writes() + " writes " + writeCalls();
    }
}
