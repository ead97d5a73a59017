package dev.datamesh.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.validation.Severity;
import dev.datamesh.contract.validation.ValidationEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractSetTest {

    private static final String VALID = """
            apiVersion: v3.1.0
            kind: DataContract
            id: urn:datacontract:sales:%1$s
            version: 1.0.0
            status: active
            team: {name: sales-data}
            schema:
              - name: t%1$s
                properties:
                  - name: id
                    logicalType: string
            """;

    private static final String UNTYPED = """
            apiVersion: v3.1.0
            kind: DataContract
            id: urn:datacontract:sales:%1$s
            version: 1.0.0
            status: active
            team: {name: sales-data}
            schema:
              - name: t%1$s
                properties:
                  - name: id
            """;

    @TempDir
    Path dir;

    private final ContractLoader loader = new ContractLoader();

    @Test
    void loadsFilesInTheirOrderWithTheirEvents() throws Exception {
        List<ContractFile> files = List.of(write("a", VALID), write("b", UNTYPED), write("c", "key: [unclosed\n"));

        ContractSet set = ContractSet.load(loader, files, 1);

        assertThat(set.contracts()).extracting(c -> c.file().displayName())
                .containsExactly("a.odcs.yaml", "b.odcs.yaml", "c.odcs.yaml");
        assertThat(set.contracts().get(0).contract()).get().extracting(c -> c.id())
                .isEqualTo("urn:datacontract:sales:a");
        assertThat(set.contracts().get(2).contract()).isEmpty();
        assertThat(set.events()).extracting(ValidationEvent::ruleId)
                .containsExactly("ODCS-LOGICAL-TYPE-MISSING", "ODCS-YAML-SYNTAX");
        assertThat(set.count(Severity.ERROR)).isEqualTo(1);
        assertThat(set.count(Severity.WARNING)).isEqualTo(1);
        assertThat(set.contractsWith(Severity.ERROR)).isEqualTo(1);
        assertThat(set.size()).isEqualTo(3);
    }

    @Test
    void parallelLoadingGivesTheSameResultAsSequential() throws Exception {
        List<ContractFile> files = new ArrayList<>();
        for (int i = 0; i < 3 * ContractSet.SEQUENTIAL_LIMIT; i++) {
            files.add(write(String.format("c%02d", i), i % 3 == 0 ? UNTYPED : VALID));
        }

        ContractSet sequential = ContractSet.load(loader, files, 1);
        ContractSet parallel = ContractSet.load(loader, files, 4);

        assertThat(parallel.contracts()).extracting(c -> c.file().displayName())
                .containsExactlyElementsOf(files.stream().map(ContractFile::displayName).toList());
        assertThat(parallel.events()).containsExactlyElementsOf(sequential.events());
        assertThat(parallel.contracts()).extracting(c -> c.contract().orElseThrow().fingerprint())
                .containsExactlyElementsOf(sequential.contracts().stream()
                        .map(c -> c.contract().orElseThrow().fingerprint()).toList());
        assertThat(parallel.count(Severity.WARNING)).isEqualTo(ContractSet.SEQUENTIAL_LIMIT);
    }

    private ContractFile write(String name, String template) throws IOException {
        Path file = dir.resolve(name + ".odcs.yaml");
        Files.writeString(file, template.formatted(name));
        return new ContractFile(file, file.getFileName().toString());
    }
}
