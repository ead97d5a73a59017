package dev.datamesh.generator.avro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.validation.Severity;
import dev.datamesh.contract.validation.ValidatedResult;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.GeneratorOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.avro.NameValidator;
import org.apache.avro.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the Avro generator's output for whole contracts with the files under
 * {@code src/test/resources/golden/<case>/avro/}; {@code -Dgolden.update=true} records them anew (review the diff).
 */
class AvroGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private final AvroSchemaGenerator generator = new AvroSchemaGenerator();

    static Stream<Arguments> cases() {
        Path examples = AvroTestContracts.odcsExamples();
        return Stream.of(
                Arguments.of("avro-cpg-sales", Path.of("src/test/resources/contracts/avro/cpg-sales.odcs.yaml"), true),
                Arguments.of("odcs-all-data-types", examples.resolve("data-types/all-data-types.odcs.yaml"), false),
                Arguments.of("odcs-full-example", examples.resolve("all/full-example.odcs.yaml"), false),
                Arguments.of("odcs-all-schema-types", examples.resolve("schema/all-schema-types.odcs.yaml"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void outputMatchesGoldenFiles(String caseName, Path contractFile, boolean mustBeValid) throws IOException {
        ValidatedResult<Contract> loaded = AvroTestContracts.load(contractFile);
        if (mustBeValid) {
            assertThat(loaded.events(Severity.ERROR)).as("errors in " + contractFile).isEmpty();
        }
        Contract contract = loaded.result().orElseThrow();
        List<GeneratedFile> files = generator.generate(contract, GeneratorOptions.DEFAULT);

        assertThat(generator.generate(contract, GeneratorOptions.DEFAULT)).as("byte-stable").isEqualTo(files);
        assertEveryFileIsValidAvro(files);

        Path dir = GOLDEN.resolve(caseName);
        if (UPDATE) {
            record(dir, files);
        }
        Map<String, String> expected = read(dir);
        Map<String, String> actual = new TreeMap<>();
        files.forEach(f -> actual.put(f.path(), f.content()));
        assertThat(actual.keySet()).as("files of " + caseName).containsExactlyElementsOf(expected.keySet());
        actual.forEach((path, content) -> assertThat(content).as(path).isEqualTo(expected.get(path)));
    }

    /** Each file parses with Avro's default and strict parsers into the schema built, and all parse together. */
    private void assertEveryFileIsValidAvro(List<GeneratedFile> files) {
        Schema.Parser together = new Schema.Parser(NameValidator.STRICT_VALIDATOR);
        for (GeneratedFile file : files) {
            assertThat(file.path()).matches("avro/[a-z0-9_-]+/[A-Za-z_][A-Za-z0-9_]*\\.avsc");
            assertThat(file.content()).doesNotContain("\r").endsWith("}\n");
            Schema parsed = new Schema.Parser().parse(file.content());
            Schema strict = new Schema.Parser(NameValidator.STRICT_VALIDATOR).parse(file.content());
            assertThat(strict).isEqualTo(parsed);
            assertThat(AvroSchemaGenerator.json(parsed)).as(file.path()).isEqualTo(file.content());
            assertThat(file.path()).endsWith("/" + parsed.getName() + ".avsc");
            together.parse(file.content());
        }
    }

    private static void record(Path dir, List<GeneratedFile> files) throws IOException {
        Path avro = dir.resolve("avro");
        if (Files.isDirectory(avro)) {
            try (Stream<Path> old = Files.walk(avro)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        for (GeneratedFile file : files) {
            Path target = dir.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.write(target, file.bytes());
        }
    }

    /** The golden files of this generator (the {@code avro/} part of the case; other generators own the rest). */
    private static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path avro = dir.resolve("avro");
        assertThat(avro).as("golden files (record them with -Dgolden.update=true)").isDirectory();
        try (Stream<Path> paths = Files.walk(avro)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(path).toString().replace('\\', '/'),
                        Files.readString(path, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
