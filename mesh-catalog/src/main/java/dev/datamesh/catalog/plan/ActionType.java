package dev.datamesh.catalog.plan;

/** What a planned action does to its resource. */
public enum ActionType {
    CREATE("+", "to create", "not in the catalog yet"),
    UPDATE("~", "to update", "differs from the contracts"),
    DELETE("-", "to delete", "not in any contract; allowDeletes is set"),
    UNCHANGED("=", "unchanged", "matches the contracts"),
    /** Something to tell, such as a table the contracts no longer hold; nothing is written. */
    REPORT("!", "reported", "");

    private final String symbol;
    private final String summary;
    private final String defaultReason;

    ActionType(String symbol, String summary, String defaultReason) {
        this.symbol = symbol;
        this.summary = summary;
        this.defaultReason = defaultReason;
    }

    /** The reason given when there is nothing more particular to say; plans print only other reasons. */
    public String defaultReason() {
        return defaultReason;
    }

    /** The plan's margin mark: {@code +}, {@code ~}, {@code -}, {@code =} or {@code !}. */
    public String symbol() {
        return symbol;
    }

    /** The words in the plan's summary line, e.g. {@code to create}. */
    public String summary() {
        return summary;
    }

    /** Whether the action writes to the catalog. */
    public boolean isChange() {
        return this == CREATE || this == UPDATE || this == DELETE;
    }
}
