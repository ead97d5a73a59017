package dev.datamesh.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.validation.ValidatedResult;
import dev.datamesh.contract.validation.ValidationEvent;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Helpers of the import tests: test resources, golden files and loading imported contracts. */
final class ImportTesting {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/import");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private ImportTesting() {}

    /** A directory or file under {@code src/test/resources/importer}. */
    static Path resource(String name) {
        try {
            return Path.of(ImportTesting.class.getResource("/importer/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Compares an imported contract with {@code golden/import/<case>/<file>}; {@code -Dgolden.update=true} records
     * it anew (review the diff).
     */
    static void assertGolden(String caseName, ImportedContract contract) throws IOException {
        Path file = GOLDEN.resolve(caseName).resolve(contract.fileName());
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, contract.yaml(), StandardCharsets.UTF_8);
        }
        assertThat(contract.yaml()).as("golden %s", file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Loads an imported contract as validate would. */
    static ValidatedResult<Contract> load(ImportedContract contract) {
        return new ContractLoader().load(contract.yaml(), contract.fileName());
    }

    /** The events of an imported contract in the fixture form {@code line:column severity RULE message}. */
    static List<String> events(ImportedContract contract) {
        return load(contract).events().stream().map(ImportTesting::line).toList();
    }

    static String line(ValidationEvent e) {
        return e.location().line() + ":" + e.location().column() + " " + e.severity().label() + " " + e.ruleId()
                + " " + e.message();
    }
}
