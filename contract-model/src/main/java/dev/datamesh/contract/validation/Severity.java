package dev.datamesh.contract.validation;

import java.util.Locale;

/** How serious a validation event is; ordered from least to most severe. */
public enum Severity {
    NOTE,
    WARNING,
    ERROR;

    /** The lower-case word used in console output and configuration: {@code note}, {@code warning}, {@code error}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label as written in a pom ({@code warning}, {@code ERROR}, ...). */
    public static Severity fromLabel(String label) {
        for (Severity severity : values()) {
            if (severity.name().equalsIgnoreCase(label.trim())) {
                return severity;
            }
        }
        throw new IllegalArgumentException("Unknown severity '" + label + "': use note, warning or error");
    }
}
