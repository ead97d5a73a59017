package dev.datamesh.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractFinderTest {

    @TempDir
    Path base;

    @Test
    void findsContractFilesRecursivelySortedByDisplayName() throws IOException {
        touch("src/main/contracts/sales/pos.odcs.yaml");
        touch("src/main/contracts/b.odcs.yml");
        touch("src/main/contracts/a.odcs.yaml");
        touch("src/main/contracts/notes.yaml");
        touch("src/main/contracts/README.md");
        touch("src/main/contracts/x.odcs.yaml.bak");
        touch("src/main/contracts/.git/ignored.odcs.yaml");

        ContractFinder.Found found = new ContractFinder(base).find(List.of(Path.of("src/main/contracts")));

        assertThat(names(found)).containsExactly(
                "src/main/contracts/a.odcs.yaml",
                "src/main/contracts/b.odcs.yml",
                "src/main/contracts/sales/pos.odcs.yaml");
        assertThat(found.missing()).isEmpty();
        assertThat(found.files().get(0).path()).isEqualTo(base.resolve("src/main/contracts/a.odcs.yaml"));
    }

    @Test
    void takesAnExplicitFileWhateverItsName() throws IOException {
        touch("contracts/a.odcs.yaml");
        touch("extra/orders.yaml");
        touch("extra/ignored-in-dir.yaml");

        ContractFinder.Found found = new ContractFinder(base)
                .find(List.of(Path.of("extra/orders.yaml"), Path.of("contracts")));

        assertThat(names(found)).containsExactly("contracts/a.odcs.yaml", "extra/orders.yaml");
    }

    @Test
    void namesTheSameFileOnceWhenTwoRootsReachIt() throws IOException {
        touch("contracts/a.odcs.yaml");

        ContractFinder.Found found = new ContractFinder(base).find(List.of(Path.of("contracts"),
                Path.of("contracts/./a.odcs.yaml"), base.resolve("contracts/a.odcs.yaml")));

        assertThat(names(found)).containsExactly("contracts/a.odcs.yaml");
    }

    @Test
    void reportsMissingRootsAsGiven() throws IOException {
        touch("contracts/a.odcs.yaml");

        ContractFinder.Found found = new ContractFinder(base)
                .find(List.of(Path.of("contracts"), Path.of("nope"), Path.of("gone.odcs.yaml")));

        assertThat(names(found)).containsExactly("contracts/a.odcs.yaml");
        assertThat(found.missing()).containsExactly(Path.of("nope"), Path.of("gone.odcs.yaml"));
    }

    @Test
    void anEmptyDirectoryHoldsNoContracts() throws IOException {
        Files.createDirectories(base.resolve("contracts"));

        assertThat(new ContractFinder(base).find(List.of(Path.of("contracts"))).files()).isEmpty();
    }

    @Test
    void displayNamesAreRelativeToTheBaseWithForwardSlashes() {
        ContractFinder finder = new ContractFinder(base.resolve("project"));

        assertThat(finder.displayName(Path.of("a", "b.odcs.yaml"))).isEqualTo("a/b.odcs.yaml");
        assertThat(finder.displayName(base.resolve("shared/c.odcs.yaml"))).isEqualTo("../shared/c.odcs.yaml");
        assertThat(finder.displayName(base.resolve("project"))).isEqualTo(".");
    }

    @Test
    void recognisesContractFileNames() {
        assertThat(ContractFinder.isContractFileName("pos.odcs.yaml")).isTrue();
        assertThat(ContractFinder.isContractFileName("pos.odcs.yml")).isTrue();
        assertThat(ContractFinder.isContractFileName("pos.yaml")).isFalse();
        assertThat(ContractFinder.isContractFileName("pos.odcs.json")).isFalse();
    }

    private List<String> names(ContractFinder.Found found) {
        return found.files().stream().map(ContractFile::displayName).toList();
    }

    private void touch(String relative) throws IOException {
        Path file = base.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "kind: DataContract\n");
    }
}
