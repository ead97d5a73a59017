package dev.datamesh.contract.compat;

import dev.datamesh.contract.model.SourceLocation;
import java.util.Objects;
import java.util.Optional;

/**
 * The semantic version rule applied to one comparison: what the changes require of the new {@code version}, and
 * whether it complies.
 *
 * @param oldVersion the baseline's {@code version} as written
 * @param newVersion the new contract's {@code version} as written
 * @param newVersionLocation where the new {@code version} is written
 * @param level the most severe kind of change that counts, empty when nothing changed
 * @param required the lowest version the new contract may have; empty when the baseline version is no semver
 */
public record VersionCheck(String oldVersion, String newVersion, SourceLocation newVersionLocation,
        Optional<ChangeKind> level, Optional<SemanticVersion> required, Status status) {

    /** The outcome of the check. */
    public enum Status {
        /** The new version is the required version or higher. */
        OK,
        /** The new version is lower than the required version. */
        TOO_LOW,
        /** The new version is no semantic version, so it cannot be checked. */
        NEW_NOT_SEMVER,
        /** The baseline version is no semantic version: nothing is required, breaking changes need acceptance. */
        OLD_NOT_SEMVER
    }

    public VersionCheck {
        Objects.requireNonNull(oldVersion, "oldVersion == null");
        Objects.requireNonNull(newVersion, "newVersion == null");
        Objects.requireNonNull(newVersionLocation, "newVersionLocation == null");
        Objects.requireNonNull(level, "level == null");
        Objects.requireNonNull(required, "required == null");
        Objects.requireNonNull(status, "status == null");
    }

    /** Applies the rule: breaking needs the next major, non-breaking the next minor, patch the next patch. */
    static VersionCheck of(String oldVersion, String newVersion, SourceLocation newVersionLocation,
            Optional<ChangeKind> level) {
        Optional<SemanticVersion> baseline = SemanticVersion.parse(oldVersion);
        Optional<SemanticVersion> required = baseline.map(v -> level.isEmpty() ? v : switch (level.get()) {
            case BREAKING -> v.nextMajor();
            case NON_BREAKING -> v.nextMinor();
            case PATCH -> v.nextPatch();
        });
        Optional<SemanticVersion> current = SemanticVersion.parse(newVersion);
        Status status;
        if (current.isEmpty()) {
            status = Status.NEW_NOT_SEMVER;
        } else if (required.isEmpty()) {
            status = Status.OLD_NOT_SEMVER;
        } else {
            status = current.get().satisfies(required.get()) ? Status.OK : Status.TOO_LOW;
        }
        return new VersionCheck(oldVersion, newVersion, newVersionLocation, level, required, status);
    }

    /** Whether the version rule fails the check. */
    public boolean failed() {
        return status == Status.TOO_LOW || status == Status.NEW_NOT_SEMVER;
    }

    /** Whether the new version is a major release over the baseline, which accepts breaking changes. */
    public boolean majorRelease() {
        Optional<SemanticVersion> baseline = SemanticVersion.parse(oldVersion);
        Optional<SemanticVersion> current = SemanticVersion.parse(newVersion);
        return baseline.isPresent() && current.isPresent() && current.get().satisfies(baseline.get().nextMajor());
    }
}
