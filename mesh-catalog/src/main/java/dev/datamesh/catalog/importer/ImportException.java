package dev.datamesh.catalog.importer;

import java.util.Objects;

/**
 * An import that cannot go on because of what the user gave or what the source holds: a missing database, table or
 * file, an unreadable schema, a contract file that exists already. The message says what and where, the hint how to
 * fix it; printed without a stack trace.
 */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String hint;

    public ImportException(String message, String hint, Throwable cause) {
        super(Objects.requireNonNull(message, "message == null"), cause);
        this.hint = Objects.requireNonNull(hint, "hint == null");
    }

    public ImportException(String message, String hint) {
        this(message, hint, null);
    }

    /** The fix, phrased as what to do. */
    public String hint() {
        return hint;
    }

    /** The message followed by the hint on its own line, as the plugin prints it. */
    public String formatted() {
        return getMessage() + "\n  hint: " + hint;
    }
}
