package dev.datamesh.generator.glue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.GeneratorOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the whole output of every case with {@code src/test/resources/golden/<case>/}: same files, same bytes.
 * To re-record on purpose, run with {@code -Dgolden.update=true} and review the diff before committing.
 */
class GlueGoldenTest {

    private static final Path GOLDEN = TestContracts.MODULE.resolve("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    /** The folders of a case directory this generator owns; other generators' goldens share the case directory. */
    private static final List<String> OWNED = List.of("glue", "cloudformation");

    static List<TestContracts.Case> cases() {
        return TestContracts.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesGoldenFiles(TestContracts.Case testCase) throws IOException {
        List<GeneratedFile> files = new GlueTableGenerator()
                .generate(TestContracts.load(testCase.contract()), GeneratorOptions.of(testCase.options()));
        Map<String, String> actual = files.stream()
                .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content, (a, b) -> {
                    throw new AssertionError("two files with one path");
                }, TreeMap::new));
        Path dir = GOLDEN.resolve(testCase.name());
        if (UPDATE) {
            record(dir, actual);
        }
        assertThat(actual).as("generated files of %s (re-record with -Dgolden.update=true)", testCase)
                .isEqualTo(read(dir));
    }

    private static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        for (String owned : OWNED) {
            if (!Files.isDirectory(dir.resolve(owned))) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir.resolve(owned))) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files.put(dir.relativize(file).toString().replace('\\', '/'),
                            Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    private static void record(Path dir, Map<String, String> files) throws IOException {
        for (String owned : OWNED) {
            if (Files.isDirectory(dir.resolve(owned))) {
                try (Stream<Path> walk = Files.walk(dir.resolve(owned))) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        }
    }
}
