package dev.datamesh.generator.etl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.glue.model.CreateJobRequest;
import software.amazon.awssdk.services.glue.model.WorkerType;
import software.amazon.glue.dqdl.model.DQRuleset;

/**
 * Compares the glue-etl generator's output for whole contracts with the files under
 * {@code src/test/resources/golden/<case>/glue-etl/}; {@code -Dgolden.update=true} records them anew (review the
 * diff). Every ruleset also parses with AWS's DQDL parser, every script compiles with Python and holds the same
 * ruleset, and every job definition loads into the SDK's {@code CreateJobRequest}.
 */
class GlueEtlGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private final GlueEtlJobGenerator generator = new GlueEtlJobGenerator();

    static Stream<Arguments> cases() {
        Path examples = EtlTestContracts.odcsExamples();
        return Stream.of(
                Arguments.of("etl-cpg-sales", EtlTestContracts.CPG_SALES, true),
                Arguments.of("odcs-full-example", examples.resolve("all/full-example.odcs.yaml"), false),
                Arguments.of("odcs-quality-column-accuracy", examples.resolve("quality/column-accuracy.odcs.yaml"),
                        false),
                Arguments.of("odcs-quality-column-completeness",
                        examples.resolve("quality/column-completeness.odcs.yaml"), false),
                Arguments.of("odcs-quality-column-custom", examples.resolve("quality/column-custom.odcs.yaml"), false),
                Arguments.of("odcs-quality-column-validity", examples.resolve("quality/column-validity.odcs.yaml"),
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void outputMatchesGoldenFiles(String caseName, Path contractFile, boolean mustBeValid) throws IOException {
        ValidatedResult<Contract> loaded = EtlTestContracts.load(contractFile);
        if (mustBeValid) {
            assertThat(loaded.events(Severity.ERROR)).as("errors in " + contractFile).isEmpty();
        }
        Contract contract = loaded.result().orElseThrow();
        List<GeneratedFile> files = generator.generate(contract, GeneratorOptions.DEFAULT);
        assertThat(generator.generate(contract, GeneratorOptions.DEFAULT)).as("byte-stable").isEqualTo(files);

        Dir dir = new Dir(GOLDEN.resolve(caseName));
        if (UPDATE) {
            dir.record(files);
        }
        Map<String, String> expected = dir.read();
        Map<String, String> actual = new TreeMap<>();
        files.forEach(f -> actual.put(f.path(), f.content()));
        assertThat(actual.keySet()).as("files of " + caseName).containsExactlyElementsOf(expected.keySet());
        actual.forEach((path, content) -> assertThat(content).as(path).isEqualTo(expected.get(path)));

        assertOutputsWork(actual);
    }

    /** Rulesets parse, scripts compile and embed their ruleset, job definitions load into the SDK. */
    static void assertOutputsWork(Map<String, String> files) {
        Map<String, String> scripts = new TreeMap<>();
        files.forEach((path, content) -> {
            assertThat(path).matches("glue-etl/[a-z0-9_-]+/[a-z0-9_]+\\.(py|dqdl|job\\.json)");
            assertThat(content).as(path).doesNotContain("\r").endsWith("\n");
            if (path.endsWith(".py")) {
                scripts.put(path, content);
                assertThat(content.lines().filter(l -> l.strip().equals(UserRegions.BEGIN))).as(path).hasSize(1);
                assertThat(content.lines().filter(l -> l.strip().equals(UserRegions.END))).as(path).hasSize(1);
            } else if (path.endsWith(".dqdl")) {
                assertThat(content.chars().allMatch(c -> c == '\n' || c >= 0x20 && c <= 0x7e))
                        .as(path + " is printable ASCII, as Glue's Ruleset field requires").isTrue();
                DQRuleset ruleset = DqdlCheck.parse(content);
                assertThat(ruleset.getRules()).as(path).isNotEmpty();
            } else {
                assertJobLoads(path, content);
            }
        });
        Python.assertCompiles(scripts);
        Map<String, JsonNode> constants = Python.constants(scripts);
        scripts.keySet().forEach(path -> {
            String base = path.substring(0, path.length() - ".py".length());
            assertThat(constants.get(path).get("RULESET").textValue()).as(path + " RULESET")
                    .isEqualTo(files.get(base + ".dqdl"));
        });
    }

    private static void assertJobLoads(String path, String json) {
        CreateJobRequest request = GlueSdk.createJobRequest(json);
        String base = path.substring("glue-etl/".length(), path.length() - ".job.json".length());
        assertThat(request.command().name()).isEqualTo("glueetl");
        assertThat(request.command().pythonVersion()).isEqualTo("3");
        assertThat(request.command().scriptLocation()).isEqualTo("s3://<assets-bucket>/scripts/" + base + ".py");
        assertThat(request.glueVersion()).isEqualTo("5.0");
        assertThat(request.workerType()).isEqualTo(WorkerType.G_1_X);
        assertThat(request.numberOfWorkers()).isEqualTo(2);
        assertThat(request.timeout()).isEqualTo(60);
        assertThat(request.executionProperty().maxConcurrentRuns()).isEqualTo(1);
        assertThat(request.defaultArguments()).containsEntry("--job-bookmark-option", "job-bookmark-enable")
                .containsEntry("--dq_failure_action", "fail")
                .containsKeys("--source_database", "--source_table", "--target_database", "--target_table",
                        "--quarantine_path");
    }

    /** The golden files of this generator (the {@code glue-etl/} part of a case; other generators own the rest). */
    private record Dir(Path root) {

        void record(List<GeneratedFile> files) throws IOException {
            Path etl = root.resolve("glue-etl");
            if (Files.isDirectory(etl)) {
                try (Stream<Path> old = Files.walk(etl)) {
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
                Path target = root.resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.write(target, file.bytes());
            }
        }

        Map<String, String> read() throws IOException {
            Map<String, String> files = new TreeMap<>();
            Path etl = root.resolve("glue-etl");
            assertThat(etl).as("golden files (record them with -Dgolden.update=true)").isDirectory();
            try (Stream<Path> paths = Files.walk(etl)) {
                for (Path path : paths.filter(Files::isRegularFile).toList()) {
                    files.put(root.relativize(path).toString().replace('\\', '/'),
                            Files.readString(path, StandardCharsets.UTF_8));
                }
            }
            return files;
        }
    }
}
