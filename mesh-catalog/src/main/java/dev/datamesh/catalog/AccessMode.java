package dev.datamesh.catalog;

/** Whether a session may write: a dry run reads only. */
public enum AccessMode {
    READ_ONLY,
    READ_WRITE
}
