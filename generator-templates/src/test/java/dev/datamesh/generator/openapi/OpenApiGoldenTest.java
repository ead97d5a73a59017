package dev.datamesh.generator.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.GeneratorOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole specs against the files under {@code src/test/resources/golden/<case>/openapi/}; run with
 * {@code -Dgolden.update=true} to re-record them, then review the diff.
 */
class OpenApiGoldenTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("cpg-retail-sales", contract(() -> TestContracts.resource("cpg-retail-sales.odcs.yaml"))),
                Arguments.of("full-example", contract(() -> TestContracts.example("all/full-example.odcs.yaml"))),
                Arguments.of("all-data-types",
                        contract(() -> TestContracts.example("data-types/all-data-types.odcs.yaml"))),
                Arguments.of("all-schema-types",
                        contract(() -> TestContracts.example("schema/all-schema-types.odcs.yaml"))),
                Arguments.of("table-columns-with-partition",
                        contract(() -> TestContracts.example("schema/table-columns-with-partition.odcs.yaml"))));
    }

    private static Supplier<Contract> contract(Supplier<Contract> supplier) {
        return supplier;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesGolden(String name, Supplier<Contract> contract) throws IOException {
        List<GeneratedFile> files = new OpenApiGenerator().generate(contract.get(), GeneratorOptions.DEFAULT);

        assertThat(files).hasSize(1);
        GeneratedFile file = files.get(0);
        assertThat(file.path()).startsWith("openapi/").endsWith(".openapi.yaml");
        assertThat(file.content()).doesNotContain("\r").endsWith("\n");
        Path golden = GOLDEN.resolve(name).resolve(file.path());
        if (UPDATE) {
            Path dir = GOLDEN.resolve(name).resolve("openapi");
            if (Files.isDirectory(dir)) {
                try (Stream<Path> old = Files.list(dir)) {
                    for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, file.content(), StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file (record with -Dgolden.update=true)").isRegularFile();
        assertThat(file.content()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isByteStable(String name, Supplier<Contract> contract) {
        Contract loaded = contract.get();
        OpenApiGenerator generator = new OpenApiGenerator();

        assertThat(new OpenApiGenerator().generate(loaded, GeneratorOptions.DEFAULT))
                .isEqualTo(generator.generate(loaded, GeneratorOptions.DEFAULT))
                .isEqualTo(generator.generate(contract.get(), GeneratorOptions.DEFAULT));
    }

    /** Every recorded golden spec, for the validators. */
    static List<Path> goldenSpecs() throws IOException {
        try (Stream<Path> paths = Files.walk(GOLDEN)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".openapi.yaml")).sorted().toList();
        }
    }
}
