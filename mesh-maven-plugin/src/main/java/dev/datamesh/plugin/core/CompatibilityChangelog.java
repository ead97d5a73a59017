package dev.datamesh.plugin.core;

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

    private static final String SPECIAL = "\\`*_[]<>|~&#!";

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

    /** Backslash-escapes the characters that could start Markdown or HTML structure; line breaks become spaces. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '\n' || c == '\r') {
                escaped.append(' ');
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    escaped.append('\\');
                }
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A code span that holds any text: the fence is one backtick longer than the longest run inside. */
    static String code(String text) {
        String flat = text.replace('\n', ' ').replace('\r', ' ');
        int longest = 0;
        int run = 0;
        for (char c : flat.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
        return fence + pad + flat + pad + fence;
    }
}
