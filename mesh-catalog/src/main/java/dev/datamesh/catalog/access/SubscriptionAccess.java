package dev.datamesh.catalog.access;

import dev.datamesh.contract.access.AccessLevel;
import java.util.Optional;
import java.util.TreeSet;

/** What an approved subscription grants: read access, as for a contract role, to the tables it asked for. */
public final class SubscriptionAccess {

    private SubscriptionAccess() {}

    /** The access of a subscription, with the classifications granted on approval. */
    public static PrincipalAccess of(Subscription subscription) {
        return new PrincipalAccess(subscription.principal(), AccessLevel.READ,
                new TreeSet<>(subscription.classifications()),
                subscription.tables().isEmpty() ? Optional.empty() : Optional.of(new TreeSet<>(subscription.tables())),
                "subscription " + subscription.id());
    }
}
