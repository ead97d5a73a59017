package dev.datamesh.catalog.access;

import dev.datamesh.contract.access.AccessLevel;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one principal may do with a product and why: a role of a contract, or an approved subscription.
 *
 * @param principal the role ARN or account id
 * @param classifications the column classifications it may read (unclassified columns always)
 * @param tables the tables it may use, as {@code database.table}; empty means all of the product's tables
 * @param source why, for the plan, e.g. {@code role in pos-transactions.odcs.yaml}
 */
public record PrincipalAccess(String principal, AccessLevel level, SortedSet<String> classifications,
        Optional<SortedSet<String>> tables, String source) {

    public PrincipalAccess {
        Objects.requireNonNull(principal, "principal == null");
        Objects.requireNonNull(level, "level == null");
        classifications = Collections.unmodifiableSortedSet(new TreeSet<>(classifications));
        tables = tables.map(t -> Collections.unmodifiableSortedSet(new TreeSet<>(t)));
        Objects.requireNonNull(source, "source == null");
    }
}
