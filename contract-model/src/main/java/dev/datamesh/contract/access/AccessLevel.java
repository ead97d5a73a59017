package dev.datamesh.contract.access;

import java.util.Locale;
import java.util.Optional;

/** The {@code access} of an ODCS role: read the product's tables, or also write them. */
public enum AccessLevel {
    READ,
    WRITE;

    /** The level an absent {@code access} means. */
    public static final AccessLevel DEFAULT = READ;

    /** The word in contracts and messages: {@code read} or {@code write}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level of an {@code access} value ({@code read}, {@code write}, any case); empty for anything else. */
    public static Optional<AccessLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (AccessLevel level : values()) {
            if (level.word().equalsIgnoreCase(text.trim())) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The level of a role's {@code access}: {@link #DEFAULT} when absent, empty when not a level. */
    public static Optional<AccessLevel> of(Optional<String> access) {
        return access.isEmpty() ? Optional.of(DEFAULT) : parse(access.get());
    }

    /** The wider of two levels. */
    public AccessLevel max(AccessLevel other) {
        return this == WRITE || other == WRITE ? WRITE : READ;
    }
}
