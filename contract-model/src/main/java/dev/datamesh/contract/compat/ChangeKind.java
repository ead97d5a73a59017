package dev.datamesh.contract.compat;

import java.util.Locale;

/**
 * How a change affects consumers, and so which part of the semantic version it needs: ordered from least to most
 * severe.
 */
public enum ChangeKind {
    /** Documentation and metadata only (descriptions, tags, examples, SLA, team, support): a patch version. */
    PATCH,
    /** An addition or a loosening that existing consumers keep working with: a minor version. */
    NON_BREAKING,
    /** A change that can break an existing consumer: a major version, or an explicit acceptance. */
    BREAKING;

    /** The word used in reports and fixtures: {@code patch}, {@code non-breaking}, {@code breaking}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
