package dev.datamesh.generator.etl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.validation.ValidatedResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Contracts for the glue-etl tests: YAML text, test resources and the official ODCS examples. */
final class EtlTestContracts {

    static final Path CPG_SALES = Path.of("src/test/resources/contracts/etl/cpg-sales.odcs.yaml");

    private static final String HEADER = """
            apiVersion: v3.1.0
            kind: DataContract
            id: urn:datacontract:sales:test
            version: 1.0.0
            status: active
            domain: sales
            dataProduct: pos-sales
            """;

    private EtlTestContracts() {}

    /** Loads contract text; the contract must load (events of other rules are allowed). */
    static Contract parse(String yaml) {
        ValidatedResult<Contract> result = new ContractLoader().load(yaml, "test.odcs.yaml");
        return result.result().orElseThrow(() -> new AssertionError("contract did not load: " + result.events()));
    }

    /** A contract of product {@code pos-sales} with this {@code schema:} YAML (indented by two spaces). */
    static Contract withSchema(String schemaYaml) {
        return parse(HEADER + "schema:\n" + schemaYaml.stripIndent());
    }

    /** A contract with one table {@code t} whose properties are given as JSON objects (valid YAML flow style). */
    static Contract withProperties(Object... properties) {
        StringBuilder yaml = new StringBuilder("  - name: t\n    properties:\n");
        for (Object property : properties) {
            yaml.append("      - ").append(json(property)).append('\n');
        }
        return withSchema(yaml.toString());
    }

    static String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ValidatedResult<Contract> load(Path file) {
        assertThat(file).as("contract file").isRegularFile();
        return new ContractLoader().load(file, file.getFileName().toString());
    }

    /**
     * The official ODCS examples in {@code shared/odcs/examples}, looked up from the module directory upwards (the
     * project is cloned with {@code shared/} beside it).
     */
    static Path odcsExamples() {
        List<Path> tried = new ArrayList<>();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path examples = dir.resolve("shared/odcs/examples");
            if (Files.isDirectory(examples)) {
                return examples;
            }
            tried.add(examples);
        }
        throw new AssertionError("The official ODCS examples are missing: none of "
                + tried.stream().map(Path::toString).collect(Collectors.joining(", "))
                + " exists. Clone the project with the shared/ folder beside it.");
    }
}
