package dev.datamesh.plugin.core;

import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/** The time a goal took, for its summary line; tests pass a ticker that advances by a fixed step. */
public final class Stopwatch {

    private final LongSupplier nanoTicker;
    private final long start;

    private Stopwatch(LongSupplier nanoTicker) {
        this.nanoTicker = Objects.requireNonNull(nanoTicker, "nanoTicker == null");
        this.start = nanoTicker.getAsLong();
    }

    /** Starts on a ticker in nanoseconds, such as {@link System#nanoTime}. */
    public static Stopwatch start(LongSupplier nanoTicker) {
        return new Stopwatch(nanoTicker);
    }

    /** The time since the start in seconds with three decimals: {@code 1.234 s}. */
    public String elapsed() {
        long nanos = Math.max(0, nanoTicker.getAsLong() - start);
        return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
    }
}
