package dev.datamesh.plugin.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hand-written documentation pages (README.md and docs/*.md; the generated docs/goals and docs/rules.md are
 * left out) and their fenced code blocks, each with the {@code <!-- key: value -->} annotations written right above
 * it.
 *
 * <p>The annotations that {@link DocsCommandsTest} and {@link DocsCommandsIT} read:
 * <ul>
 * <li>{@code run: <workspace>} before a command block: the IT runs its commands in the workspace, {@code repo} (a
 * copy of this repository), a workspace of the page's {@code file:} blocks, or {@code <page>#<workspace>} of
 * another page;
 * <li>{@code tested-by: it/<name>} before a command block: the invoker IT that mirrors it;
 * <li>{@code not-run: <reason>} before a command block that no build can run;
 * <li>{@code file: <workspace>/<path>} before any block: the IT writes the block to that file of the workspace;
 * <li>{@code output} before a block that follows a {@code run:} block: lines its output holds, in order.
 * </ul>
 */
final class DocPages {

    /** Fenced blocks whose lines are shell commands. */
    static final List<String> COMMAND_LANGUAGES = List.of("bash", "sh", "shell", "console");

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*([A-Za-z0-9_+-]*)\\s*$");
    private static final Pattern ANNOTATION = Pattern.compile("^\\s*<!--\\s*([a-z][a-z-]*)\\s*(?::\\s*(.*?))?\\s*-->\\s*$");

    private DocPages() {}

    /** A fenced block: its page, the line of its opening fence (from 1), language, content and annotations. */
    record Block(Path page, int line, String language, List<String> lines, Map<String, String> annotations) {

        boolean isCommands() {
            return COMMAND_LANGUAGES.contains(language);
        }

        Optional<String> annotation(String key) {
            return Optional.ofNullable(annotations.get(key));
        }

        String where(Path root) {
            return root.relativize(page) + ":" + line;
        }

        /**
         * The commands of a command block: in {@code console} blocks the lines after a {@code $ } prompt, elsewhere
         * every line that is not blank or a comment; a line ending in a backslash continues on the next.
         */
        List<String> commands() {
            List<String> out = new ArrayList<>();
            StringBuilder pending = null;
            for (String raw : lines) {
                String line = raw.strip();
                if (pending == null) {
                    if (language.equals("console")) {
                        if (!line.startsWith("$ ")) {
                            continue;
                        }
                        line = line.substring(2).strip();
                    }
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    pending = new StringBuilder();
                }
                if (line.endsWith("\\")) {
                    pending.append(line, 0, line.length() - 1).append(' ');
                } else {
                    out.add(pending.append(line).toString().strip());
                    pending = null;
                }
            }
            if (pending != null) {
                out.add(pending.toString().strip());
            }
            return out;
        }

        String text() {
            return String.join("\n", lines) + "\n";
        }
    }

    /** README.md, then docs/*.md by name, without the generated reference pages. */
    static List<Path> pages(Path root) throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equals("rules.md"))
                    .sorted().forEach(pages::add);
        }
        return pages;
    }

    static List<Block> blocks(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            String fence = open.group(1);
            int start = i;
            List<String> content = new ArrayList<>();
            for (i++; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith(fence.substring(0, 3)) && line.chars().allMatch(c -> c == fence.charAt(0))
                        && line.length() >= fence.length()) {
                    break;
                }
                content.add(lines.get(i));
            }
            blocks.add(new Block(page, start + 1, open.group(2).toLowerCase(java.util.Locale.ROOT),
                    List.copyOf(content), annotationsAbove(lines, start)));
        }
        return blocks;
    }

    /** The annotations on the lines right above {@code fence}, blank lines between them allowed. */
    private static Map<String, String> annotationsAbove(List<String> lines, int fence) {
        Map<String, String> annotations = new LinkedHashMap<>();
        for (int i = fence - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Matcher annotation = ANNOTATION.matcher(line);
            if (!annotation.matches()) {
                break;
            }
            annotations.putIfAbsent(annotation.group(1), annotation.group(2) == null ? "" : annotation.group(2));
        }
        return annotations;
    }

    /** The repository's root: the nearest folder above the working directory that holds {@code mvnw}. */
    static Path repositoryRoot() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IOException("no repository root (a folder with mvnw) above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
