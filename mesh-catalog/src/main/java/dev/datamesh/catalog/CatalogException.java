package dev.datamesh.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * A catalog operation that failed: what failed, on which resource (a catalog resource such as
 * {@code table sales.pos} or a file), how to fix it, and whether running {@code register} again resumes.
 */
public class CatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String resource;
    private final String hint;
    private final boolean resumable;

    public CatalogException(String message, String resource, String hint, boolean resumable, Throwable cause) {
        super(Objects.requireNonNull(message, "message == null"), cause);
        this.resource = resource;
        this.hint = Objects.requireNonNull(hint, "hint == null");
        this.resumable = resumable;
    }

    public CatalogException(String message, String resource, String hint, boolean resumable) {
        this(message, resource, hint, resumable, null);
    }

    /** The resource or file the failure is about, e.g. {@code table sales.pos} or a catalog file path. */
    public Optional<String> resource() {
        return Optional.ofNullable(resource);
    }

    /** The fix, phrased as what to do. */
    public String hint() {
        return hint;
    }

    /** Whether running {@code register} again continues where this run stopped. */
    public boolean resumable() {
        return resumable;
    }

    /** The message followed by the hint on its own line, as the plugin prints it. */
    public String formatted() {
        return getMessage() + "\n  hint: " + hint;
    }
}
