package dev.datamesh.catalog;

/** Where products are registered: the local catalog directory or AWS Glue. */
public interface CatalogBackend {

    /** What is shown in plans and messages, e.g. {@code local:/home/me/.mesh/catalog}. */
    String describe();

    /**
     * Opens a session; a {@link AccessMode#READ_WRITE} session of the local backend holds the catalog lock until it
     * is closed (waiting for another registration to finish first).
     *
     * @throws CatalogException when the catalog cannot be opened or the lock is not obtained in time
     */
    CatalogSession open(AccessMode mode);
}
