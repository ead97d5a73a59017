package dev.datamesh.contract.compat;

import dev.datamesh.contract.model.SourceLocation;
import java.util.List;

/**
 * Renders a {@link CompatibilityReport} as plain text for the console, grouped into breaking, non-breaking and
 * patch-level changes. Pure and byte-stable, with {@code \n} line endings.
 */
public final class CompatibilityTextRenderer {

    private CompatibilityTextRenderer() {}

    public static String render(CompatibilityReport report) {
        StringBuilder text = new StringBuilder();
        text.append("Compatibility of ").append(report.newFile()).append(" with ").append(report.oldFile())
                .append(": ").append(report.failed() ? "FAILED" : "passed").append('\n');
        VersionCheck version = report.versionCheck();
        text.append("Version ").append(version.oldVersion()).append(" -> ").append(version.newVersion());
        version.required().ifPresent(r -> text.append(", required ").append(r).append(" or higher"));
        text.append(": ").append(status(version.status())).append('\n');
        if (report.isEmpty()) {
            text.append("No changes.\n");
        }
        group(text, "Breaking changes", report.changes(ChangeKind.BREAKING));
        group(text, "Non-breaking changes", report.changes(ChangeKind.NON_BREAKING));
        group(text, "Patch-level changes", report.changes(ChangeKind.PATCH));
        return text.toString();
    }

    private static void group(StringBuilder text, String title, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        text.append(title).append(" (").append(changes.size()).append("):\n");
        for (Change change : changes) {
            text.append("  [").append(change.ruleId()).append("] ");
            if (change.source() != ChangeSource.CONTRACT) {
                text.append('(').append(change.source().name().toLowerCase(java.util.Locale.ROOT)).append(") ");
            }
            text.append(change.element()).append(": ").append(change.message());
            if (change.warning()) {
                text.append(" (warning)");
            }
            text.append(acceptance(change.acceptance())).append('\n');
            text.append("      old ").append(where(change.oldLocation())).append(", new ")
                    .append(where(change.newLocation())).append('\n');
        }
    }

    static String acceptance(Acceptance acceptance) {
        return switch (acceptance) {
            case NONE -> "";
            case MAJOR_VERSION -> " (accepted: major version)";
            case LISTED -> " (accepted explicitly)";
        };
    }

    private static String status(VersionCheck.Status status) {
        return switch (status) {
            case OK -> "ok";
            case TOO_LOW -> "too low";
            case NEW_NOT_SEMVER -> "not a semantic version";
            case OLD_NOT_SEMVER -> "the baseline version is not a semantic version";
        };
    }

    private static String where(SourceLocation location) {
        return location.equals(SourceLocation.NONE) ? "-" : location.toString();
    }
}
