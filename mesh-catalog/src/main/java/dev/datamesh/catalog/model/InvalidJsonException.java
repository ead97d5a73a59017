package dev.datamesh.catalog.model;

/** JSON text that cannot be read: not well-formed, or not the object shape that was expected. */
public final class InvalidJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String detail;

    public InvalidJsonException(int line, int column, String detail) {
        super(line > 0 ? "line " + line + ", column " + column + ": " + detail : detail);
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    /** The 1-based line of the problem, or 0 when it is not about one place. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String detail() {
        return detail;
    }
}
