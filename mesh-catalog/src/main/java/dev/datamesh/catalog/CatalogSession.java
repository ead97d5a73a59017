package dev.datamesh.catalog;

import java.util.Set;

/**
 * One registration's view of a catalog, from read through plan to apply. The local backend holds its file lock for
 * the session's lifetime, so that two builds registering at once are serialised; remote backends rely on
 * optimistic locking instead. Close it in a {@code try}-with-resources block.
 */
public interface CatalogSession extends CatalogReader, CatalogWriter, AutoCloseable {

    /** What is shown in plans and messages, e.g. {@code local:/home/me/.mesh/catalog} or {@code glue:123456789012}. */
    String catalogName();

    /** The resource kinds this catalog holds; the planner plans nothing else. */
    Set<ResourceKind> supportedKinds();

    /**
     * Called once after every planned change was written (also when there was none): the local backend brings its
     * HTML pages up to date here. Not a catalog write.
     */
    default void commit() {}

    @Override
    void close();
}
