package dev.datamesh.generator.javaclient;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.validation.ValidatedResult;
import dev.datamesh.generator.GeneratedFile;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Writes generated Java sources to a directory and compiles them as a user's build would, warnings as errors. */
public final class GeneratedSources {

    /** The compiler flags of the project's own build. */
    static final List<String> STRICT = List.of("-proc:none", "-Xlint:all", "-Werror", "--release", "17",
            "-encoding", "UTF-8");

    private GeneratedSources() {}

    /** A contract from YAML text; the loader's events are ignored (the generators run after validation). */
    static Contract contract(String yaml, String name) {
        ValidatedResult<Contract> result = new ContractLoader().load(yaml, name);
        assertThat(result.result()).as("contract parsed; events: %s", result.events()).isPresent();
        return result.result().get();
    }

    static Contract contract(Path file) {
        try {
            return contract(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the files under {@code java/} into {@code root} and returns the source files. */
    static List<Path> write(List<GeneratedFile> files, Path root) {
        List<Path> sources = new ArrayList<>();
        try {
            for (GeneratedFile file : files) {
                assertThat(file.path()).startsWith("java/").endsWith(".java");
                Path target = root.resolve(file.path().substring("java/".length()));
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.content(), StandardCharsets.UTF_8);
                sources.add(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    /**
     * Compiles the files against the test class path (Jackson, jakarta.annotation-api, the AWS SDK's signer) with
     * {@link #STRICT} flags into {@code classes}; fails the test with every diagnostic when anything is reported.
     */
    public static void compile(List<GeneratedFile> files, Path sources, Path classes) {
        List<Path> paths = write(files, sources);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        boolean ok;
        try (StandardJavaFileManager manager = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            Files.createDirectories(classes);
            List<String> options = new ArrayList<>(STRICT);
            options.addAll(List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString()));
            ok = compiler.getTask(output, manager, diagnostics, options, null,
                    manager.getJavaFileObjectsFromPaths(paths)).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            problems.add(d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName() + ":"
                    + d.getLineNumber()) + " " + d.getMessage(Locale.ROOT));
        }
        assertThat(problems).as("javac diagnostics; output: %s", output).isEmpty();
        assertThat(ok).as("javac succeeded").isTrue();
    }
}
