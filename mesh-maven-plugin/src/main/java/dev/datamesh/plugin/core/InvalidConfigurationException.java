package dev.datamesh.plugin.core;

import java.util.Objects;

/** A plugin setting that cannot be used; names the POM element or property and keeps the wrong value. */
public final class InvalidConfigurationException extends MeshException {

    private static final long serialVersionUID = 1L;

    private final String setting;
    private final String value;

    /**
     * @param setting the POM element or property, as a user would write it: {@code <ruleSeverities><X>}
     * @param value the value that was wrong
     * @param message the whole message, naming the setting and the fix
     */
    public InvalidConfigurationException(String setting, String value, String message) {
        super(message);
        this.setting = Objects.requireNonNull(setting, "setting == null");
        this.value = Objects.requireNonNull(value, "value == null");
    }

    public String setting() {
        return setting;
    }

    public String value() {
        return value;
    }
}
