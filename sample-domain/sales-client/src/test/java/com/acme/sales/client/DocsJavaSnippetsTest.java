package com.acme.sales.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every Java snippet of README.md and docs/*.md against this module's generated client, so the pages show
 * the client's real API. A snippet is the body of a method, after its {@code import} lines; the
 * {@code <!-- java-context: com.acme.Type name, ... -->} annotation above a block declares what the snippet uses
 * without creating it (the method's parameters).
 */
class DocsJavaSnippetsTest {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}```\\s*([A-Za-z0-9_+-]*)\\s*$");
    private static final Pattern CONTEXT = Pattern.compile("^\\s*<!--\\s*java-context:\\s*(.*?)\\s*-->\\s*$");

    /** A snippet: where it starts in its page, its imports, its body and the method's parameters. */
    private record Snippet(String page, int firstLine, List<String> imports, List<String> body, String parameters) {

        String source(String className) {
            StringBuilder out = new StringBuilder();
            imports.forEach(line -> out.append(line).append('\n'));
            out.append("final class ").append(className).append(" {\n    static void run(").append(parameters)
                    .append(") throws Exception {\n");
            body.forEach(line -> out.append(line).append('\n'));
            return out.append("    }\n}\n").toString();
        }

        /** The page line of a line of {@link #source}. */
        String where(long sourceLine) {
            long bodyLine = sourceLine - imports.size() - 2;
            long offset = bodyLine >= 1 && bodyLine <= body.size() ? imports.size() + bodyLine - 1 : 0;
            return page + ":" + (firstLine + offset);
        }
    }

    @Test
    void javaSnippetsOfTheDocsCompileAgainstTheGeneratedClient(@TempDir Path classes) throws IOException {
        List<Snippet> snippets = snippets(repositoryRoot());
        assertThat(snippets).as("Java snippets in README.md and docs/").hasSizeGreaterThanOrEqualTo(5);

        List<JavaFileObject> sources = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            String name = "Snippet" + i;
            String code = snippets.get(i).source(name);
            sources.add(new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return code;
                }
            });
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        boolean compiled = javac.getTask(null, null, diagnostics, List.of("-classpath", classPath, "-d",
                classes.toString(), "-proc:none", "-Xlint:all", "-Xlint:-processing", "-Werror"), null, sources)
                .call();

        List<String> problems = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.NOTE || diagnostic.getSource() == null) {
                continue;
            }
            String file = diagnostic.getSource().getName();
            int index = Integer.parseInt(file.replaceAll(".*Snippet(\\d+)\\.java$", "$1"));
            problems.add(snippets.get(index).where(diagnostic.getLineNumber()) + ": "
                    + diagnostic.getMessage(Locale.ROOT));
        }
        assertThat(problems).as("compiler messages for the Java snippets of the docs").isEmpty();
        assertThat(compiled).isTrue();
    }

    private static List<Snippet> snippets(Path root) throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<Snippet> snippets = new ArrayList<>();
        for (Path page : pages) {
            List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher fence = FENCE.matcher(lines.get(i));
                if (!fence.matches()) {
                    continue;
                }
                int open = i;
                List<String> content = new ArrayList<>();
                for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                    content.add(lines.get(i));
                }
                if (fence.group(1).equals("java")) {
                    snippets.add(snippet(root.relativize(page).toString(), open + 2, content,
                            context(lines, open)));
                }
            }
        }
        return snippets;
    }

    private static Snippet snippet(String page, int firstLine, List<String> content, String parameters) {
        int split = 0;
        while (split < content.size() && (content.get(split).startsWith("import ") || content.get(split).isBlank())) {
            split++;
        }
        while (split > 0 && content.get(split - 1).isBlank()) {
            split--;
        }
        return new Snippet(page, firstLine, content.subList(0, split), content.subList(split, content.size()),
                parameters);
    }

    /** The parameters of the {@code java-context} annotation right above the fence, or none. */
    private static String context(List<String> lines, int fence) {
        for (int i = fence - 1; i >= 0 && !lines.get(i).isBlank(); i--) {
            Matcher matcher = CONTEXT.matcher(lines.get(i));
            if (matcher.matches()) {
                return matcher.group(1);
            }
        }
        return "";
    }

    private static Path repositoryRoot() throws IOException {
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
