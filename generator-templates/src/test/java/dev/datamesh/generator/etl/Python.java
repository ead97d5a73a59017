package dev.datamesh.generator.etl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the machine's {@code python3} (3.11, as on Glue 5) over generated scripts: compiles them, and reads their
 * constants with {@code ast.literal_eval}, without importing awsglue or pyspark (not installed).
 */
public final class Python {

    /** Prints, per script, the values of the top-level constants COLUMNS, PARTITION_KEYS, RULESET and TABLE. */
    private static final String READ_CONSTANTS = """
            import ast, json, sys
            result = {}
            for path in sys.argv[1:]:
                values = {}
                for node in ast.parse(open(path, encoding='utf-8').read()).body:
                    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                        name = node.targets[0].id
                        if name in ('COLUMNS', 'PARTITION_KEYS', 'RULESET', 'TABLE', 'CONTRACT_ID', 'CONTRACT_VERSION'):
                            values[name] = ast.literal_eval(node.value)
                result[path] = values
            print(json.dumps(result))
            """;

    private Python() {}

    /** Compiles every script ({@code py_compile}); fails with Python's message. */
    public static void assertCompiles(Map<String, String> scripts) {
        run(scripts, List.of("-m", "py_compile"));
    }

    /** The constants of each script, by the script's key. */
    static Map<String, JsonNode> constants(Map<String, String> scripts) {
        Path dir = tempDir();
        try {
            Path program = dir.resolve("read_constants.py");
            Files.writeString(program, READ_CONSTANTS);
            String output = run(scripts, List.of(program.toString()));
            JsonNode all = new ObjectMapper().readTree(output);
            Map<String, JsonNode> byKey = new java.util.TreeMap<>();
            int i = 0;
            for (String key : scripts.keySet()) {
                byKey.put(key, all.get(fileName(i++)));
            }
            return byKey;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private static String run(Map<String, String> scripts, List<String> arguments) {
        Path dir = tempDir();
        try {
            List<String> command = new ArrayList<>(List.of("python3", "-B"));
            command.addAll(arguments);
            int i = 0;
            for (String content : scripts.values()) {
                Files.writeString(dir.resolve(fileName(i++)), content, StandardCharsets.UTF_8);
            }
            for (int j = 0; j < scripts.size(); j++) {
                command.add(fileName(j));
            }
            Path errors = dir.resolve("stderr.txt");
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectError(errors.toFile())
                    .start();
            byte[] out = process.getInputStream().readAllBytes();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("python3 finished").isTrue();
            assertThat(process.exitValue()).as("python3 " + arguments + " over " + scripts.keySet() + ":\n"
                    + Files.readString(errors)).isZero();
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("python3 is needed for these tests (Python 3.11, as on Glue 5)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            delete(dir);
        }
    }

    private static String fileName(int index) {
        return "script_" + index + ".py";
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("glue-etl-python");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
