package com.acme.demandplanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The consumer depends on the producer through the client jar only: its runtime dependencies (listed by
 * maven-dependency-plugin into {@code target/runtime-dependencies.txt} during the build) hold no Lambda, SQL engine,
 * AWS SDK or code-generation artifacts.
 */
class DependencyTreeTest {

    @org.junit.jupiter.api.Test
    void onlyTheClientJarAndItsLibraries() throws IOException {
        Path listing = Path.of("target/runtime-dependencies.txt");
        assertThat(listing).as("written by maven-dependency-plugin:list in generate-test-resources").isRegularFile();
        List<String> artifacts = Files.readAllLines(listing, StandardCharsets.UTF_8).stream().map(String::trim)
                .filter(l -> l.matches("[^ :]+:[^ :]+:jar:.*")).toList();

        assertThat(artifacts).anyMatch(a -> a.startsWith("dev.datamesh.sample:sales-client:jar:"))
                .anyMatch(a -> a.startsWith("com.fasterxml.jackson.datatype:jackson-datatype-jsr310:jar:"))
                .anyMatch(a -> a.startsWith("jakarta.annotation:jakarta.annotation-api:jar:"));
        assertThat(artifacts).noneMatch(a -> a.contains("aws-lambda-java") || a.contains("duckdb")
                || a.contains("athena") || a.contains("software.amazon.awssdk") || a.contains("lambda")
                || a.contains("openapi-generator") || a.contains("generator-templates") || a.contains("mesh-maven-plugin")
                || a.contains("jdbc") || a.contains("slf4j"));
        assertThat(artifacts).allMatch(a -> a.startsWith("dev.datamesh.sample:sales-client:")
                || a.startsWith("com.fasterxml.jackson.") || a.startsWith("jakarta.annotation:"));
    }
}
