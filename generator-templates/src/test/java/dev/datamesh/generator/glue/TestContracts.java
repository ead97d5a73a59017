package dev.datamesh.generator.glue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.validation.Severity;
import dev.datamesh.contract.validation.ValidatedResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The contracts the glue tests run on: this module's own and the official ODCS examples. */
final class TestContracts {

    /** The module directory: Surefire runs tests there. */
    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path OWN = MODULE.resolve("src/test/resources/contracts");

    /** A golden case: a contract, the options, and the folder of its expected files. */
    record Case(String name, Path contract, Map<String, String> options) {
        @Override
        public String toString() {
            return name;
        }
    }

    private TestContracts() {}

    static List<Case> cases() {
        Path sales = OWN.resolve("pos-transactions.odcs.yaml");
        Path examples = odcsExamples();
        return List.of(
                new Case("cpg-sales", sales, Map.of()),
                new Case("cpg-sales-iceberg", sales, Map.of("glue.format", "iceberg")),
                new Case("cpg-sales-json", sales, Map.of("glue.format", "json")),
                new Case("cpg-sales-csv", sales, Map.of("glue.format", "csv")),
                new Case("odcs-full-example", examples.resolve("all/full-example.odcs.yaml"), Map.of()),
                new Case("odcs-all-data-types", examples.resolve("data-types/all-data-types.odcs.yaml"), Map.of()),
                new Case("odcs-table-columns-with-partition",
                        examples.resolve("schema/table-columns-with-partition.odcs.yaml"), Map.of()),
                new Case("odcs-all-schema-types", examples.resolve("schema/all-schema-types.odcs.yaml"), Map.of()));
    }

    /** Loads a contract; the official examples may carry validation errors, the generator must still cope. */
    static Contract load(Path file) {
        ValidatedResult<Contract> result = new ContractLoader().load(file, file.getFileName().toString());
        assertThat(result.result()).as("contract %s loads", file).isPresent();
        return result.result().get();
    }

    /** Loads one of this module's contracts, which must be free of errors. */
    static Contract loadValid(Path file) {
        ValidatedResult<Contract> result = new ContractLoader().load(file, file.getFileName().toString());
        assertThat(result.events(Severity.ERROR)).as("errors of %s", file).isEmpty();
        return result.result().orElseThrow();
    }

    /** Loads contract text, failing on errors. */
    static Contract loadValid(String yaml) {
        ValidatedResult<Contract> result = new ContractLoader().load(yaml, "test.odcs.yaml");
        assertThat(result.events(Severity.ERROR)).as("errors of the test contract").isEmpty();
        return result.result().orElseThrow();
    }

    /**
     * {@code shared/odcs/examples} beside the repository: CI clones the repository with {@code shared/} next to it;
     * a worktree may sit deeper, so every parent of the repository is tried.
     */
    static Path odcsExamples() {
        Path repository = MODULE.getParent();
        for (Path dir = repository.getParent(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/odcs/examples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("The official ODCS examples are missing: no shared/odcs/examples in "
                + Stream.iterate(repository.getParent(), p -> p != null, Path::getParent).map(Path::toString)
                        .toList()
                + ". Put the shared/ folder beside the repository (" + repository + ").");
    }
}
