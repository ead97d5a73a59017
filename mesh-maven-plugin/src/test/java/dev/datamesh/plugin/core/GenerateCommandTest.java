package dev.datamesh.plugin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datamesh.generator.build.IncrementalBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path base;

    private final RecordingLog log = new RecordingLog();

    @Test
    void summariesSayWhatWasWrittenAndHowLongItTook() throws Exception {
        write("src/main/contracts/orders.odcs.yaml", "orders");
        write("src/main/contracts/stores.odcs.yaml", "stores");

        IncrementalBuild.Outcome first = run(List.of("avro"));
        IncrementalBuild.Outcome second = run(List.of("avro"));

        assertThat(first.written()).hasSize(2);
        assertThat(second.written()).isEmpty();
        assertThat(log.visible()).containsExactly(
                "INFO Generated avro for 2 of 2 contracts into target/generated-resources/mesh in 0.250 s:"
                        + " 2 files written, 0 deleted.",
                "INFO Generated files are up to date (2 contracts unchanged, target/generated-resources/mesh,"
                        + " checked in 0.250 s).");
    }

    @Test
    void theOutputsOfADeletedContractAreAlsoDeletedFromTheBuildsCopy() throws Exception {
        write("src/main/contracts/orders.odcs.yaml", "orders");
        write("src/main/contracts/stores.odcs.yaml", "stores");
        run(List.of("avro", "openapi"));
        copyOutputsAsTheResourcesPluginDoes();
        Files.writeString(base.resolve("target/classes/mesh/avro/notes.txt"), "not generated");

        Files.delete(base.resolve("src/main/contracts/stores.odcs.yaml"));
        IncrementalBuild.Outcome outcome = run(List.of("avro", "openapi"));

        assertThat(outcome.deleted()).extracting(p -> base.relativize(p).toString().replace('\\', '/'))
                .containsExactly("target/generated-resources/mesh/avro/stores/Stores.avsc",
                        "target/generated-resources/mesh/openapi/stores.openapi.yaml");
        assertThat(files("target/classes/mesh")).containsExactly("avro/notes.txt", "avro/orders/Orders.avsc",
                "openapi/orders.openapi.yaml");
        assertThat(files("target/generated-resources/mesh")).containsExactly("avro/orders/Orders.avsc",
                "openapi/orders.openapi.yaml");
        assertThat(log.visible()).last().isEqualTo("INFO Generated avro, openapi for 0 of 1 contracts into"
                + " target/generated-resources/mesh in 0.250 s: 0 files written, 2 deleted.");
    }

    @Test
    void anInvalidContractFailsAndNothingIsWritten() throws Exception {
        write("src/main/contracts/orders.odcs.yaml", "orders");
        Files.writeString(base.resolve("src/main/contracts/stores.odcs.yaml"),
                ValidateCommandTest.MISTYPED.formatted("stores"));

        assertThatThrownBy(() -> run(List.of()))
                .isInstanceOf(InvalidContractsException.class)
                .hasMessage("mesh:generate found 1 error in the contracts; nothing was generated."
                        + " Fix the problems listed above.");
        assertThat(log.visible()).singleElement().asString().startsWith(
                "ERROR src/main/contracts/stores.odcs.yaml:29:23: error [ODCS-PHYSICAL-TYPE]");
        assertThat(base.resolve("target")).doesNotExist();
    }

    @Test
    void anUnknownGeneratorIsAConfigurationError() throws Exception {
        write("src/main/contracts/orders.odcs.yaml", "orders");

        assertThatThrownBy(() -> run(List.of("avro,java")))
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.value()).isEqualTo("avro,java"))
                .hasMessage("Unknown generator 'java'; known generators: "
                        + String.join(", ", dev.datamesh.generator.Generators.names())
                        + " (set <generators> or -Dmesh.generators).");
        assertThat(base.resolve("target")).doesNotExist();
    }

    private IncrementalBuild.Outcome run(List<String> generators) throws Exception {
        GenerateCommand.Settings settings = new GenerateCommand.Settings(generators, Map.of(),
                base.resolve("target/generated-resources/mesh"), base.resolve("target/generated-sources/mesh"),
                base.resolve("target/mesh-state/generate.json"),
                "test", base.resolve("target/classes/mesh"));
        return new GenerateCommand(MeshConfiguration.builder(base).build(), settings, log, new SteppingTicker())
                .run();
    }

    private void copyOutputsAsTheResourcesPluginDoes() throws IOException {
        Path from = base.resolve("target/generated-resources/mesh");
        Path to = base.resolve("target/classes/mesh");
        for (String file : files("target/generated-resources/mesh")) {
            Files.createDirectories(to.resolve(file).getParent());
            Files.copy(from.resolve(file), to.resolve(file));
        }
    }

    private List<String> files(String directory) throws IOException {
        Path root = base.resolve(directory);
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private void write(String relative, String table) throws IOException {
        Path file = base.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, ValidateCommandTest.TYPED.formatted(table));
    }
}
