package dev.datamesh.sample.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Every contract of the sample domain (sources and baseline) starts with the yaml-language-server line that points
 * editors at the official ODCS v3.1.0 JSON Schema, so that they complete and check the contract as it is typed.
 */
class SchemaLineTest {

    static final String SCHEMA_LINE = "# yaml-language-server: $schema=https://raw.githubusercontent.com/bitol-io/"
            + "open-data-contract-standard/main/schema/odcs-json-schema-v3.1.0.json";

    @Test
    void everySampleContractPointsEditorsAtTheOdcsSchema() throws IOException {
        Path sampleDomain = Path.of("..").toAbsolutePath().normalize();
        List<Path> contracts;
        try (Stream<Path> files = Files.walk(sampleDomain)) {
            contracts = files.filter(p -> StreamSupport.stream(sampleDomain.relativize(p).spliterator(), false)
                            .noneMatch(part -> part.toString().equals("target")))
                    .filter(p -> p.getFileName().toString().matches(".*\\.odcs\\.ya?ml")).sorted().toList();
        }
        assertThat(contracts).as("contracts under " + sampleDomain).hasSizeGreaterThanOrEqualTo(8);
        List<String> without = new ArrayList<>();
        for (Path contract : contracts) {
            String first = Files.readAllLines(contract, StandardCharsets.UTF_8).get(0);
            if (!first.equals(SCHEMA_LINE)) {
                without.add(sampleDomain.relativize(contract) + " starts with '" + first + "'");
            }
        }
        assertThat(without).as("contracts whose first line is not " + SCHEMA_LINE).isEmpty();
    }
}
