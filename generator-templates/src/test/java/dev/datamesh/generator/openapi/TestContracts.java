package dev.datamesh.generator.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.validation.ValidatedResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Loads test contracts: from text, from this module's test resources, or from the official ODCS examples. */
final class TestContracts {

    /** Where the official examples sit relative to the repository's parent: {@code ../shared/odcs/examples}. */
    static final String EXAMPLES = "shared/odcs/examples";

    private TestContracts() {}

    /** A contract from YAML text; the loader's events are ignored (the generators run after validation). */
    static Contract parse(String yaml) {
        ValidatedResult<Contract> result = new ContractLoader().load(yaml, "test.odcs.yaml");
        assertThat(result.result()).as("contract parsed; events: %s", result.events()).isPresent();
        return result.result().get();
    }

    static Contract resource(String name) {
        Path path = Path.of("src/test/resources/contracts").resolve(name);
        return load(path, "contracts/" + name);
    }

    /** An official example, e.g. {@code all/full-example.odcs.yaml}; fails with a clear message when missing. */
    static Contract example(String relative) {
        Path examples = examplesDirectory().orElseThrow(() -> new AssertionError(
                "The official ODCS examples are missing: expected a directory '" + EXAMPLES + "' beside the"
                        + " repository (or above it), searched upwards from " + Path.of("").toAbsolutePath()
                        + ". Clone the repository with shared/ beside it."));
        Path path = examples.resolve(relative);
        assertThat(path).as("official example %s", relative).isRegularFile();
        return load(path, relative);
    }

    static Optional<Path> examplesDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(EXAMPLES);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Contract load(Path path, String displayName) {
        try {
            return parse(Files.readString(path, StandardCharsets.UTF_8), displayName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Contract parse(String yaml, String displayName) {
        ValidatedResult<Contract> result = new ContractLoader().load(yaml, displayName);
        assertThat(result.result()).as("contract %s parsed; events: %s", displayName, result.events()).isPresent();
        return result.result().get();
    }
}
