package dev.datamesh.catalog.model;

import dev.datamesh.catalog.CatalogException;

/** A contract or generated file that cannot be turned into what to register; nothing was read or written. */
public final class InvalidProductDefinitionException extends CatalogException {

    private static final long serialVersionUID = 1L;

    public InvalidProductDefinitionException(String message, String resource, String hint) {
        super(message, resource, hint, false);
    }
}
