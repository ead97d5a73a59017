package dev.datamesh.generator.avro;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.validation.ValidatedResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Contracts for the Avro generator's tests: YAML text, test resources and the official ODCS examples. */
final class AvroTestContracts {

    private static final String HEADER = """
            apiVersion: v3.1.0
            kind: DataContract
            id: urn:datacontract:sales:test
            version: 1.0.0
            status: active
            domain: sales
            dataProduct: pos-transactions
            """;

    private AvroTestContracts() {}

    /** Loads contract text; the contract must load (warnings and errors of other rules are allowed). */
    static Contract parse(String yaml) {
        ValidatedResult<Contract> result = new ContractLoader().load(yaml, "test.odcs.yaml");
        return result.result().orElseThrow(() -> new AssertionError("contract did not load: " + result.events()));
    }

    /** A contract of domain {@code sales}, product {@code pos-transactions}, with this {@code schema:} YAML. */
    static Contract withSchema(String schemaYaml) {
        return parse(HEADER + "schema:\n" + schemaYaml.stripIndent());
    }

    /**
     * A contract with one table {@code t} whose single property is given as a map (written as JSON, which is YAML
     * too, so any string survives), plus {@code name: c}.
     */
    static Contract withProperty(Map<String, Object> property) {
        Map<String, Object> withName = new LinkedHashMap<>();
        withName.put("name", "c");
        withName.putAll(property);
        return withSchema("  - name: t\n    properties:\n      - " + json(withName) + "\n");
    }

    static String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads a contract file with every event found. */
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
