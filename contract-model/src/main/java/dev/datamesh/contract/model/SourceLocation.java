package dev.datamesh.contract.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A position in a source file: file name, 1-based line and 1-based column.
 */
public record SourceLocation(String file, int line, int column) implements FromSourceLocation, Comparable<SourceLocation> {

    /** A location for values that do not come from a file. */
    public static final SourceLocation NONE = new SourceLocation("", 0, 0);

    private static final Comparator<SourceLocation> ORDER = Comparator.comparing(SourceLocation::file)
            .thenComparingInt(SourceLocation::line)
            .thenComparingInt(SourceLocation::column);

    public SourceLocation {
        Objects.requireNonNull(file, "file == null");
    }

    /** A location at the start of a file, for problems with the file as a whole. */
    public static SourceLocation startOf(String file) {
        return new SourceLocation(file, 1, 1);
    }

    @Override
    public SourceLocation sourceLocation() {
        return this;
    }

    @Override
    public int compareTo(SourceLocation other) {
        return ORDER.compare(this, other);
    }

    /** {@code file:line:column}, or just the file when the position is unknown. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return file + ":" + line + ":" + column;
    }
}
