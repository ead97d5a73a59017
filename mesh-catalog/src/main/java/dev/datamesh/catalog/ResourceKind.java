package dev.datamesh.catalog;

/** A kind of catalog resource, in the order registration writes them: tags before assignments, databases before tables. */
public enum ResourceKind {
    LF_TAG("lf-tag"),
    DATABASE("database"),
    TABLE("table"),
    COLUMN("column"),
    SCHEMA_REGISTRY("schema registry"),
    SCHEMA("schema"),
    JOB("job"),
    TAG_ASSIGNMENT("lf-tags on"),
    PRODUCT("product record");

    private final String label;

    ResourceKind(String label) {
        this.label = label;
    }

    /** The word used in plans and messages. */
    public String label() {
        return label;
    }
}
