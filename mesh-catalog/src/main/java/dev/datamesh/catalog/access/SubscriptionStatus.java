package dev.datamesh.catalog.access;

import java.util.Locale;
import java.util.Optional;

/** Where a subscription request stands: filed, granted, or turned down. */
public enum SubscriptionStatus {
    PENDING,
    APPROVED,
    REJECTED;

    /** The status of a word, any case ({@code pending}, {@code APPROVED}); empty for anything else. */
    public static Optional<SubscriptionStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (SubscriptionStatus status : values()) {
            if (status.name().equals(text.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
