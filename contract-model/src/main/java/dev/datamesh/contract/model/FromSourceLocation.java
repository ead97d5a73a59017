package dev.datamesh.contract.model;

/** Something that knows where in a source file it was defined. */
public interface FromSourceLocation {

    SourceLocation sourceLocation();
}
