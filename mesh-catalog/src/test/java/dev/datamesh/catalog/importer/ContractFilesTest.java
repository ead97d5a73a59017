package dev.datamesh.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing imported contracts: the YAML form, all-or-nothing writes and the overwrite protection. */
class ContractFilesTest {

    @TempDir
    Path temp;

    @Test
    void yamlStartsWithTheSchemaLineAndKeepsTheOdcsKeyOrder() {
        ObjectNode schemaObject = JsonNodeFactory.instance.objectNode();
        schemaObject.putArray("properties").addObject().put("required", true).put("logicalType", "string")
                .put("name", "id");
        schemaObject.put("name", "orders");
        ImportedTable table = new ImportedTable("orders", "test", schemaObject, Optional.of("sales"),
                Optional.empty(), Optional.empty(), List.of());
        ImportedContract contract = new ContractAssembler(ImportLayout.TABLE, Optional.empty())
                .assemble(List.of(table), "x").get(0);

        assertThat(contract.yaml()).isEqualTo("""
                # yaml-language-server: $schema=https://raw.githubusercontent.com/bitol-io/open-data-contract-standard/main/schema/odcs-json-schema-v3.1.0.json
                apiVersion: v3.1.0
                kind: DataContract
                id: urn:datacontract:sales:orders
                name: orders
                version: 0.1.0
                status: draft
                domain: sales
                dataProduct: orders
                description:
                  purpose: "TODO(mesh-import): why this data product exists, who it serves and what questions it answers."
                team:
                  name: "TODO(mesh-import): the team that owns this data product."
                  members:
                    - username: "TODO(mesh-import): the username of the data product owner."
                      role: owner
                schema:
                  - name: orders
                    properties:
                      - name: id
                        logicalType: string
                        required: true
                slaProperties:
                  - property: latency
                    value: "TODO(mesh-import): the most time from an event to its data being queryable, as a number with 'unit:' (e.g. 6 and h)."
                  - property: retention
                    value: "TODO(mesh-import): how long the data is kept, as a number with 'unit:' (e.g. 3 and y)."
                """);
        assertThat(ContractYaml.SCHEMA_LINE).isEqualTo(firstLineOfTheSampleContracts());
    }

    @Test
    void writesEveryContract() throws IOException, ImportException {
        List<Path> written = files().write(List.of(contract("a"), contract("b")), false);

        assertThat(written).containsExactly(temp.resolve("contracts/a.odcs.yaml"), temp.resolve("contracts/b.odcs.yaml"));
        assertThat(Files.readString(written.get(0))).isEqualTo(contract("a").yaml());
    }

    @Test
    void neverReplacesAnExistingContractWithoutOverwrite() throws IOException, ImportException {
        Path contracts = Files.createDirectories(temp.resolve("contracts"));
        Files.writeString(contracts.resolve("b.odcs.yaml"), "hand-edited");

        assertThatThrownBy(() -> files().write(List.of(contract("a"), contract("b")), false))
                .isInstanceOf(ImportException.class)
                .hasMessage("The contract contracts/b.odcs.yaml exists already; mesh:import does not replace"
                        + " contracts.")
                .extracting(e -> ((ImportException) e).hint())
                .isEqualTo("move or delete it, or run again with -Dmesh.overwrite=true to replace it.");
        assertThat(contracts.resolve("a.odcs.yaml")).doesNotExist();
        assertThat(contracts.resolve("b.odcs.yaml")).hasContent("hand-edited");

        files().write(List.of(contract("a"), contract("b")), true);
        assertThat(contracts.resolve("b.odcs.yaml")).hasContent(contract("b").yaml());
    }

    @Test
    void namesEveryExistingContract() throws IOException {
        Path contracts = Files.createDirectories(temp.resolve("contracts"));
        Files.writeString(contracts.resolve("a.odcs.yaml"), "");
        Files.writeString(contracts.resolve("b.odcs.yaml"), "");

        assertThatThrownBy(() -> files().write(List.of(contract("a"), contract("b")), false))
                .hasMessage("The contracts contracts/a.odcs.yaml, contracts/b.odcs.yaml exist already; mesh:import"
                        + " does not replace contracts.")
                .extracting(e -> ((ImportException) e).hint())
                .isEqualTo("move or delete them, or run again with -Dmesh.overwrite=true to replace them.");
    }

    @Test
    void twoContractsForOneFileIsAnError() {
        assertThatThrownBy(() -> files().write(List.of(contract("a"), contract("A")), false))
                .isInstanceOf(ImportException.class)
                .hasMessage("Two imported contracts would be written to contracts/a.odcs.yaml.");
    }

    @Test
    void theContractsDirectoryMustNotBeAFile() throws IOException {
        Files.writeString(temp.resolve("contracts"), "");

        assertThatThrownBy(() -> files().write(List.of(contract("a")), false))
                .isInstanceOf(ImportException.class)
                .hasMessage("contracts is a file, but imported contracts go into a directory.");
    }

    private ContractFiles files() {
        return new ContractFiles(temp.resolve("contracts"), p -> temp.relativize(p).toString().replace('\\', '/'));
    }

    private static ImportedContract contract(String name) {
        ObjectNode tree = JsonNodeFactory.instance.objectNode().put("name", name);
        return new ImportedContract(name.toLowerCase(java.util.Locale.ROOT) + ".odcs.yaml", tree, List.of(name),
                List.of());
    }

    private static String firstLineOfTheSampleContracts() {
        try {
            Path sample = Path.of("../sample-domain/sales-contracts/src/main/contracts/pos-transactions.odcs.yaml");
            return Files.readAllLines(sample).get(0);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
