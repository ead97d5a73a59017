package dev.datamesh.contract.compat;

/** Whether, and why, a breaking change is allowed to pass the check. */
public enum Acceptance {
    /** Not accepted: a breaking change in this state fails the check. */
    NONE,
    /** Accepted because the new contract {@code version} is the required major version (or higher). */
    MAJOR_VERSION,
    /** Accepted because its rule id and element are listed in the build's accepted changes. */
    LISTED
}
