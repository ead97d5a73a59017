package dev.datamesh.plugin.core;

/**
 * A problem in what the user gave (configuration or contracts) that ends a goal; its message is complete and
 * meant for the user, so it is printed without a stack trace.
 */
public abstract class MeshException extends Exception {

    private static final long serialVersionUID = 1L;

    protected MeshException(String message) {
        super(message);
    }
}
