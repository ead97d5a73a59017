package dev.datamesh.plugin.core;

import static dev.datamesh.contract.compat.CompatibilityMarkdownRenderer.code;
import static dev.datamesh.contract.compat.CompatibilityMarkdownRenderer.escape;

import dev.datamesh.contract.compat.Change;
import dev.datamesh.contract.compat.CompatibilityMarkdownRenderer;
import dev.datamesh.contract.compat.CompatibilityReport;
import java.util.List;

/**
 * Renders a {@link CompatibilityResult} as a Markdown changelog for release notes ({@code CHANGELOG-contracts.md}):
 * a title naming the baseline, the removed contracts, one section per contract from
 * {@link CompatibilityMarkdownRenderer}, then the added contracts. User text is escaped; {@code \n} line endings.
 */
public final class CompatibilityChangelog {

    private CompatibilityChangelog() {}

    public static String render(CompatibilityResult result) {
        StringBuilder md = new StringBuilder("# Contract changes\n\n");
        if (result.baseline().isEmpty()) {
            md.append("First release: there is no earlier release to compare with.\n");
            return md.toString();
        }
        md.append("Compared with ").append(escape(result.baseline().get())).append(".\n\n");
        contracts(md, "Removed contracts", result.removed());
        for (CompatibilityReport report : result.reports()) {
            md.append(CompatibilityMarkdownRenderer.render(report)).append('\n');
        }
        contracts(md, "Added contracts", result.added());
        return md.toString().stripTrailing() + "\n";
    }

    private static void contracts(StringBuilder md, String title, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        md.append("## ").append(title).append("\n\n");
        for (Change change : changes) {
            md.append("- ").append(code(change.element())).append(": ").append(escape(change.message()))
                    .append(" (").append(change.ruleId()).append(')');
            switch (change.acceptance()) {
                case NONE -> { }
                case MAJOR_VERSION -> md.append(" (accepted: major version)");
                case LISTED -> md.append(" (accepted explicitly)");
            }
            md.append('\n');
        }
        md.append('\n');
    }
}
