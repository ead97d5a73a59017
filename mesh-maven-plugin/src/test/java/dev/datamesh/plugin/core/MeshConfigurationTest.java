package dev.datamesh.plugin.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.validation.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeshConfigurationTest {

    private static final Path BASE = Path.of("/work/project").toAbsolutePath();

    @Test
    void defaults() throws Exception {
        MeshConfiguration config = MeshConfiguration.builder(BASE).build();

        assertThat(config.baseDir()).isEqualTo(BASE);
        assertThat(config.contracts()).containsExactly(Path.of("src/main/contracts"));
        assertThat(config.contractsGiven()).isFalse();
        assertThat(config.reportsDirectory()).isEqualTo(BASE.resolve("target/mesh-reports"));
        assertThat(config.rules().ignored()).isEmpty();
        assertThat(config.rules().severities()).isEmpty();
        assertThat(config.failOnWarning()).isFalse();
        assertThat(config.parallelism()).isPositive();
    }

    @Test
    void contractsAreSplitOnCommasAndTrimmed() throws Exception {
        MeshConfiguration config = MeshConfiguration.builder(BASE)
                .contracts(List.of("contracts, extra/orders.yaml", " /abs/x.odcs.yaml ", ""))
                .build();

        assertThat(config.contracts()).containsExactly(Path.of("contracts"), Path.of("extra/orders.yaml"),
                Path.of("/abs/x.odcs.yaml"));
        assertThat(config.contractsGiven()).isTrue();
    }

    @Test
    void onlyBlankContractsMeanTheDefault() throws Exception {
        MeshConfiguration config = MeshConfiguration.builder(BASE).contracts(List.of(" ", ",")).build();

        assertThat(config.contracts()).containsExactly(Path.of("src/main/contracts"));
        assertThat(config.contractsGiven()).isFalse();
    }

    @Test
    void settingsAreKept() throws Exception {
        MeshConfiguration config = MeshConfiguration.builder(BASE)
                .reportsDirectory(Path.of("build/reports"))
                .ignoredRules(List.of("GLUE-NAME"))
                .ruleSeverities(Map.of("ODCS-LOGICAL-TYPE-MISSING", "error"))
                .failOnWarning(true)
                .parallelism(3)
                .build();

        assertThat(config.reportsDirectory()).isEqualTo(BASE.resolve("build/reports"));
        assertThat(config.rules().ignored()).containsExactly("GLUE-NAME");
        assertThat(config.rules().severities()).containsExactly(Map.entry("ODCS-LOGICAL-TYPE-MISSING",
                Severity.ERROR));
        assertThat(config.failOnWarning()).isTrue();
        assertThat(config.parallelism()).isEqualTo(3);
        assertThat(config.display(BASE.resolve("build/reports"))).isEqualTo("build/reports");
    }
}
