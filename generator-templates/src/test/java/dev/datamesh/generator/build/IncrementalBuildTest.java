package dev.datamesh.generator.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.ContractFile;
import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.ContractKey;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.Generator;
import dev.datamesh.generator.GeneratorOptions;
import dev.datamesh.generator.etl.GlueEtlJobGenerator;
import dev.datamesh.generator.etl.UserRegions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalBuildTest {

    /** Writes one file per table and one per contract. */
    private static final Generator TABLES = new Generator() {
        @Override
        public String name() {
            return "tables";
        }

        @Override
        public List<GeneratedFile> generate(Contract contract, GeneratorOptions options) {
            String key = ContractKey.of(contract);
            Stream<GeneratedFile> tables = contract.schema().stream()
                    .map(t -> new GeneratedFile("t/" + key + "/" + t.name() + ".txt",
                            t.name() + " " + options.get("suffix", "") + "\n"));
            return Stream.concat(tables, Stream.of(new GeneratedFile("c/" + key + ".txt", contract.version() + "\n")))
                    .toList();
        }
    };

    @TempDir
    Path dir;

    private Path contracts;
    private Path out;
    private Path state;

    @BeforeEach
    void setUp() throws IOException {
        contracts = Files.createDirectories(dir.resolve("contracts"));
        out = dir.resolve("out");
        state = dir.resolve("state.json");
        write("a", "1.0.0", "orders", "lines");
        write("b", "1.0.0", "stores");
    }

    @Test
    void coldRunWritesEverythingAndANoOpRunWritesNothing() throws IOException, InterruptedException {
        IncrementalBuild.Outcome cold = build(GeneratorOptions.DEFAULT).run(sources(), out, state);
        assertThat(cold.failed()).isFalse();
        assertThat(cold.regenerated()).isEqualTo(2);
        assertThat(cold.written()).hasSize(5);
        assertThat(out.resolve("t/a/orders.txt")).hasContent("orders ");

        Map<Path, FileTime> before = mtimes();
        ageAll();
        Map<Path, FileTime> aged = mtimes();
        IncrementalBuild.Outcome noop = build(GeneratorOptions.DEFAULT).run(sources(), out, state);
        assertThat(noop.regenerated()).isZero();
        assertThat(noop.unchanged()).isEqualTo(2);
        assertThat(noop.written()).isEmpty();
        assertThat(noop.deleted()).isEmpty();
        assertThat(mtimes()).isEqualTo(aged).hasSameSizeAs(before);
    }

    @Test
    void aChangedContractRegeneratesOnlyItsOutputsAndRemovesStaleOnes() throws IOException, InterruptedException {
        build(GeneratorOptions.DEFAULT).run(sources(), out, state);
        ageAll();
        Map<Path, FileTime> aged = mtimes();
        write("a", "1.1.0", "orders");

        IncrementalBuild.Outcome run = build(GeneratorOptions.DEFAULT).run(sources(), out, state);
        assertThat(run.regenerated()).isEqualTo(1);
        assertThat(run.written()).containsExactly(out.resolve("c/a.txt"));
        assertThat(run.deleted()).containsExactly(out.resolve("t/a/lines.txt"));
        assertThat(mtimes().get(out.resolve("t/b/stores.txt"))).isEqualTo(aged.get(out.resolve("t/b/stores.txt")));
        assertThat(mtimes().get(out.resolve("t/a/orders.txt"))).isEqualTo(aged.get(out.resolve("t/a/orders.txt")));
    }

    @Test
    void aDeletedContractLosesItsOutputs() throws IOException, InterruptedException {
        build(GeneratorOptions.DEFAULT).run(sources(), out, state);
        Files.delete(contracts.resolve("b.odcs.yaml"));
        IncrementalBuild.Outcome run = build(GeneratorOptions.DEFAULT).run(sources(), out, state);
        assertThat(run.deleted()).containsExactlyInAnyOrder(out.resolve("t/b/stores.txt"), out.resolve("c/b.txt"));
        assertThat(out.resolve("t/b")).doesNotExist();
        assertThat(out.resolve("t/a/orders.txt")).exists();
    }

    @Test
    void anInvalidContractWritesNothing() throws IOException, InterruptedException {
        build(GeneratorOptions.DEFAULT).run(sources(), out, state);
        Map<Path, FileTime> before = mtimes();
        String stateBefore = Files.readString(state);
        write("a", "2.0.0", "orders");
        Files.writeString(contracts.resolve("b.odcs.yaml"), "a: 1\na: 2\n");

        IncrementalBuild.Outcome run = build(GeneratorOptions.DEFAULT).run(sources(), out, state);
        assertThat(run.failed()).isTrue();
        assertThat(run.events()).extracting(e -> e.ruleId()).contains("ODCS-YAML-DUPLICATE-KEY");
        assertThat(run.written()).isEmpty();
        assertThat(mtimes()).isEqualTo(before);
        assertThat(out.resolve("c/a.txt")).hasContent("1.0.0");
        assertThat(Files.readString(state)).isEqualTo(stateBefore);
    }

    @Test
    void changedOptionsRegenerateEverythingAndMissingOutputsAreRestored() throws IOException, InterruptedException {
        build(GeneratorOptions.DEFAULT).run(sources(), out, state);
        IncrementalBuild.Outcome changed = build(GeneratorOptions.of(Map.of("suffix", "x"))).run(sources(), out, state);
        assertThat(changed.regenerated()).isEqualTo(2);
        assertThat(out.resolve("t/a/orders.txt")).hasContent("orders x");

        Files.delete(out.resolve("t/b/stores.txt"));
        IncrementalBuild.Outcome restored =
                build(GeneratorOptions.of(Map.of("suffix", "x"))).run(sources(), out, state);
        assertThat(restored.regenerated()).isEqualTo(1);
        assertThat(restored.written()).containsExactly(out.resolve("t/b/stores.txt"));
    }

    @Test
    void twoContractsWritingTheSameFileFailBeforeWriting() throws IOException, InterruptedException {
        Files.writeString(contracts.resolve("b.odcs.yaml"),
                Files.readString(contracts.resolve("b.odcs.yaml")).replace("dataProduct: b", "dataProduct: a"));
        IncrementalBuild.Outcome run = build(GeneratorOptions.DEFAULT).run(sources(), out, state);
        assertThat(run.failed()).isTrue();
        assertThat(run.events()).extracting(e -> e.ruleId()).containsOnly(IncrementalBuild.OUTPUT_COLLISION);
        assertThat(run.events().get(0).message())
                .isEqualTo("Contracts 'contracts/a.odcs.yaml' and 'contracts/b.odcs.yaml' both generate 'c/a.txt'.");
        assertThat(out).doesNotExist();
    }

    @Test
    void regeneratingAfterAContractChangeKeepsHandWrittenCode() throws IOException, InterruptedException {
        IncrementalBuild etl = etlBuild();
        etl.run(sources(), out, state);
        Path script = out.resolve("glue-etl/a/orders.py");
        String userCode = "    df = source_df.filter(\"status = 'closed'\").withColumnRenamed('order_id', 'id')\n";
        Files.writeString(script, Files.readString(script).replace("    df = source_df\n", userCode));

        IncrementalBuild.Outcome edited = etl.run(sources(), out, state);
        assertThat(edited.regenerated()).as("an edited output is checked again").isEqualTo(1);
        assertThat(edited.written()).as("and kept as it is").isEmpty();

        write("a", "1.1.0", "orders", "lines");
        IncrementalBuild.Outcome changed = etl.run(sources(), out, state);
        assertThat(changed.failed()).isFalse();
        assertThat(changed.written()).contains(script);
        assertThat(Files.readString(script)).contains(userCode).contains("CONTRACT_VERSION = '1.1.0'")
                .doesNotContain("    df = source_df\n");

        IncrementalBuild.Outcome noop = etl.run(sources(), out, state);
        assertThat(noop.regenerated()).isZero();
        assertThat(noop.written()).isEmpty();
    }

    @Test
    void aDamagedRegionMarkerFailsTheRunBeforeAnythingIsWritten() throws IOException, InterruptedException {
        IncrementalBuild etl = etlBuild();
        etl.run(sources(), out, state);
        Path script = out.resolve("glue-etl/a/orders.py");
        Files.writeString(script, Files.readString(script).replace(UserRegions.END, "# end of my code"));
        write("a", "2.0.0", "orders");
        ageAll();
        Map<Path, FileTime> before = mtimes();
        String stateBefore = Files.readString(state);

        IncrementalBuild.Outcome run = etl.run(sources(), out, state);
        assertThat(run.failed()).isTrue();
        assertThat(run.events()).singleElement().satisfies(e -> {
            assertThat(e.ruleId()).isEqualTo(IncrementalBuild.USER_CODE);
            assertThat(e.location()).hasToString("glue-etl/a/orders.py:1:1");
            assertThat(e.message()).isEqualTo("The existing file has no line '" + UserRegions.END + "', so its"
                    + " hand-written code between the markers cannot be kept.");
            assertThat(e.hint()).isEqualTo("repair the file by hand (nothing was written), or move your code"
                    + " elsewhere and delete the file to have it generated anew.");
        });
        assertThat(run.written()).isEmpty();
        assertThat(run.deleted()).isEmpty();
        assertThat(mtimes()).isEqualTo(before);
        assertThat(out.resolve("glue-etl/a/lines.py")).exists();
        assertThat(Files.readString(state)).isEqualTo(stateBefore);
    }

    private IncrementalBuild etlBuild() {
        return new IncrementalBuild(new ContractLoader(), List.of(new GlueEtlJobGenerator()), GeneratorOptions.DEFAULT,
                "test", 2);
    }

    private IncrementalBuild build(GeneratorOptions options) {
        return new IncrementalBuild(new ContractLoader(), List.of(TABLES), options, "test", 2);
    }

    private List<ContractFile> sources() throws IOException, InterruptedException {
        try (Stream<Path> files = Files.list(contracts)) {
            return files.sorted().map(f -> new ContractFile(f, "contracts/" + f.getFileName())).toList();
        }
    }

    private void write(String product, String version, String... tables) throws IOException {
        StringBuilder yaml = new StringBuilder("""
                apiVersion: v3.1.0
                kind: DataContract
                id: urn:test:%s
                version: %s
                status: active
                domain: sales
                dataProduct: %s
                team: {name: sales-team}
                schema:
                """.formatted(product, version, product));
        for (String table : tables) {
            yaml.append("  - name: ").append(table).append("\n    properties:\n")
                    .append("      - {name: id, logicalType: string, required: true}\n");
        }
        Files.writeString(contracts.resolve(product + ".odcs.yaml"), yaml);
    }

    private Map<Path, FileTime> mtimes() throws IOException {
        if (!Files.exists(out)) {
            return Map.of();
        }
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).collect(java.util.stream.Collectors.toMap(p -> p, p -> {
                try {
                    return Files.getLastModifiedTime(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
    }

    /** Sets every output's time into the past, so that a rewrite shows even within the clock's resolution. */
    private void ageAll() throws IOException {
        FileTime past = FileTime.fromMillis(1_000_000_000_000L);
        for (Path file : mtimes().keySet()) {
            Files.setLastModifiedTime(file, past);
        }
    }
}
