package dev.datamesh.catalog;

/**
 * A kind of catalog resource, in the order registration writes them: tags before assignments, databases before
 * tables, grants after the tags and locations they name (revoked grants go first of all).
 */
public enum ResourceKind {
    LF_TAG("lf-tag"),
    DATABASE("database"),
    TABLE("table"),
    COLUMN("column"),
    SCHEMA_REGISTRY("schema registry"),
    SCHEMA("schema"),
    JOB("job"),
    TAG_ASSIGNMENT("lf-tags on"),
    /** An S3 location registered with Lake Formation. */
    DATA_LOCATION("data location"),
    /** Lake Formation permissions of one principal on one resource; revokes are planned before everything else. */
    GRANT("grant"),
    /** Consumers' access requests; read by registration, which keeps the grants of approved ones. */
    SUBSCRIPTION("subscription"),
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
