package dev.datamesh.catalog;

/**
 * How to register.
 *
 * @param allowDeletes drop tables, columns and tag assignments that the contracts no longer hold (otherwise they
 *     are kept and reported)
 * @param dryRun print the plan and change nothing
 */
public record RegistrationOptions(boolean allowDeletes, boolean dryRun) {

    public static final RegistrationOptions DEFAULT = new RegistrationOptions(false, false);

    public RegistrationOptions withDryRun(boolean value) {
        return new RegistrationOptions(allowDeletes, value);
    }

    public RegistrationOptions withAllowDeletes(boolean value) {
        return new RegistrationOptions(value, dryRun);
    }
}
