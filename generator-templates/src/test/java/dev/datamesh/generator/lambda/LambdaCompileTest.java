package dev.datamesh.generator.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.validation.ValidatedResult;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.GeneratorOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated sources of real contracts compile with {@code -Xlint:all -Werror}. */
class LambdaCompileTest {

    static final Path SALES = Path.of("../sample-domain/sales-contracts/src/main/contracts");

    static Stream<String> contracts() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(SALES)) {
            files.map(p -> SALES.relativize(p).toString()).filter(n -> n.endsWith(".odcs.yaml")).sorted()
                    .forEach(names::add);
        }
        names.add("../../../../../generator-templates/src/test/resources/contracts/cpg-retail-sales.odcs.yaml");
        return names.stream();
    }

    static Contract load(Path path) throws IOException {
        ValidatedResult<Contract> result = new ContractLoader().load(Files.readString(path, StandardCharsets.UTF_8),
                path.getFileName().toString());
        assertThat(result.result()).as("%s: %s", path, result.events()).isPresent();
        return result.result().get();
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void compilesWithoutWarnings(String name, @TempDir Path directory) throws IOException {
        List<GeneratedFile> files = new LambdaGenerator().generate(load(SALES.resolve(name)), GeneratorOptions.DEFAULT);

        assertThat(files).allSatisfy(f -> assertThat(f.content()).doesNotContain("\r"));
        Path classes = GeneratedJava.compile(files, directory);
        assertThat(classes).isDirectoryRecursivelyContaining("glob:**/*Handler.class");
    }
}
