package dev.datamesh.contract.validation;

/**
 * Formats an event as one line plus a hint line; the one format used by the plugin log, reports and tests.
 *
 * <pre>
 * pos.odcs.yaml:14:9: warning [ODCS-PK-REQUIRED] Primary key 'sale_id' is not required.
 *   hint: add 'required: true' to property 'sale_id'.
 * </pre>
 */
public final class LineEventFormatter {

    private LineEventFormatter() {}

    /** The first line: {@code path:line:column: severity [RULE-ID] message}. */
    public static String headline(ValidationEvent event) {
        return event.location() + ": " + event.severity().label() + " [" + event.ruleId() + "] " + event.message();
    }

    /** The headline, and the hint on a second line when there is one. */
    public static String format(ValidationEvent event) {
        if (event.hint().isEmpty()) {
            return headline(event);
        }
        return headline(event) + "\n  hint: " + event.hint();
    }
}
