package dev.datamesh.plugin.core;

/** An import that could not be done: a missing source, an unreadable schema, a contract that exists already. */
public final class ImportFailedException extends MeshException {

    private static final long serialVersionUID = 1L;

    public ImportFailedException(String message) {
        super(message);
    }
}
