package dev.datamesh.plugin.core;

/** The contracts have problems serious enough to fail the build; the problems were logged before. */
public final class InvalidContractsException extends MeshException {

    private static final long serialVersionUID = 1L;

    public InvalidContractsException(String message) {
        super(message);
    }
}
