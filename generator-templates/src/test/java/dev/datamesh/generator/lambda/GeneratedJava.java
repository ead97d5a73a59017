package dev.datamesh.generator.lambda;

import dev.datamesh.generator.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated Java sources with javac ({@code -Xlint:all -Werror}) against the test class path. */
public final class GeneratedJava {

    private GeneratedJava() {}

    /** The compiled classes' directory; fails with every diagnostic when javac reports any. */
    public static Path compile(List<GeneratedFile> files, Path directory) {
        try {
            Path sources = directory.resolve("src");
            Path classes = directory.resolve("classes");
            Files.createDirectories(classes);
            List<Path> paths = new ArrayList<>();
            for (GeneratedFile file : files) {
                if (file.path().startsWith("java/")) {
                    Path path = sources.resolve(file.path().substring("java/".length()));
                    Files.createDirectories(path.getParent());
                    Files.writeString(path, file.content(), StandardCharsets.UTF_8);
                    paths.add(path);
                }
            }
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager manager = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                    StandardCharsets.UTF_8)) {
                List<String> options = List.of("-Xlint:all", "-Werror", "--release", "17", "-encoding", "UTF-8",
                        "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
                boolean ok = compiler.getTask(null, manager, diagnostics, options, null,
                        manager.getJavaFileObjectsFromPaths(paths)).call();
                String report = diagnostics.getDiagnostics().stream()
                        .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName()) + ":"
                                + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                        .collect(Collectors.joining("\n"));
                if (!ok || diagnostics.getDiagnostics().stream().anyMatch(d -> d.getKind() != Diagnostic.Kind.NOTE)) {
                    throw new AssertionError("generated code does not compile cleanly:\n" + report);
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A class loader over the compiled classes, parented by the test class path. */
    static URLClassLoader loader(Path classes) {
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedJava.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
