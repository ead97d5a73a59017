package dev.datamesh.contract.compat;

import java.util.List;

/**
 * Renders a {@link CompatibilityReport} as a Markdown changelog section for release notes. User text (names,
 * messages) is escaped so that it cannot add Markdown structure. Pure and byte-stable, with {@code \n} line endings.
 */
public final class CompatibilityMarkdownRenderer {

    private static final String SPECIAL = "\\`*_[]<>|~&#!";

    private CompatibilityMarkdownRenderer() {}

    public static String render(CompatibilityReport report) {
        VersionCheck version = report.versionCheck();
        StringBuilder md = new StringBuilder();
        md.append("## ").append(escape(report.contractId())).append(' ').append(escape(version.newVersion()))
                .append("\n\n");
        md.append("Changes since ").append(escape(version.oldVersion())).append('.');
        version.required().ifPresent(r -> md.append(" They require version ").append(escape(r.toString()))
                .append(" or higher."));
        md.append("\n\n");
        if (report.isEmpty()) {
            md.append("No changes.\n");
            return md.toString();
        }
        section(md, "Breaking changes", report.changes(ChangeKind.BREAKING));
        section(md, "Non-breaking changes", report.changes(ChangeKind.NON_BREAKING));
        section(md, "Patch-level changes", report.changes(ChangeKind.PATCH));
        return md.toString().stripTrailing() + "\n";
    }

    private static void section(StringBuilder md, String title, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        md.append("### ").append(title).append("\n\n");
        for (Change change : changes) {
            md.append("- ");
            if (change.warning()) {
                md.append("**Warning:** ");
            }
            md.append(code(change.element())).append(": ").append(escape(change.message()))
                    .append(" (").append(change.ruleId()).append(')')
                    .append(escape(CompatibilityTextRenderer.acceptance(change.acceptance()))).append('\n');
        }
        md.append('\n');
    }

    /** Backslash-escapes the characters that could start Markdown or HTML structure; line breaks become spaces. */
    public static String escape(String text) {
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
    public static String code(String text) {
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
