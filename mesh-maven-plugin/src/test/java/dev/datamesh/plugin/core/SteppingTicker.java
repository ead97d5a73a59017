package dev.datamesh.plugin.core;

import java.util.function.LongSupplier;

/** A nanosecond ticker that advances by a quarter of a second on every read, so a start and a stop give 0.250 s. */
final class SteppingTicker implements LongSupplier {

    private long now;

    @Override
    public long getAsLong() {
        long value = now;
        now += 250_000_000L;
        return value;
    }
}
