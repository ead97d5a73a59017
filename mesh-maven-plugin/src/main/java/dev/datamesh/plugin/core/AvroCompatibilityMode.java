package dev.datamesh.plugin.core;

import java.util.Locale;

/**
 * Which way the Avro schemas of two versions must stay compatible, in the Schema Registry's terms.
 *
 * <p>{@code BACKWARD}: the new schema reads data written with the baseline's (consumers upgrade first).
 * {@code FORWARD}: the baseline's schema reads data written with the new one (producers upgrade first).
 * {@code FULL}: both. {@code NONE}: the Avro check is off (the contract rules still run).
 */
public enum AvroCompatibilityMode {
    BACKWARD,
    FORWARD,
    FULL,
    NONE;

    /** The property that sets the mode, used in messages. */
    public static final String PROPERTY = "mesh.avroCompatibility";

    /** Reads a mode, ignoring case; {@code null} or blank is {@link #BACKWARD}. */
    public static AvroCompatibilityMode parse(String text) throws InvalidConfigurationException {
        if (text == null || text.isBlank()) {
            return BACKWARD;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(PROPERTY, text, "Unknown Avro compatibility '" + text.trim()
                    + "' in <avroCompatibility> (" + PROPERTY + "): write BACKWARD, FORWARD, FULL or NONE.");
        }
    }

    /** Whether the new schema must read data written with the baseline's. */
    boolean backward() {
        return this == BACKWARD || this == FULL;
    }

    /** Whether the baseline's schema must read data written with the new one. */
    boolean forward() {
        return this == FORWARD || this == FULL;
    }
}
