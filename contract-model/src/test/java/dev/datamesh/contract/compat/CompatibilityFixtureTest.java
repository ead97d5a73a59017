package dev.datamesh.contract.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.access.AccessConfig;
import dev.datamesh.contract.validation.RuleConfig;
import dev.datamesh.contract.validation.rules.VersionSemverRule;
import java.util.Map;
import java.util.Set;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.SourceLocation;
import dev.datamesh.contract.validation.Severity;
import dev.datamesh.contract.validation.ValidatedResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case under {@code src/test/resources/compat/<case>/}: {@code old.odcs.yaml} is compared with
 * {@code new.odcs.yaml}, and the report must equal {@code expected.txt} line for line. The first line is the version
 * rule ({@code version OLD -> NEW required REQUIRED ok|failed}), then one line a change:
 * {@code RULE-ID kind element old=line:column new=line:column message}. Missing and extra lines both fail.
 */
class CompatibilityFixtureTest {

    /** The cases name their roles by short names, mapped as a pom's {@code <principals>} would map them. */
    private static final ContractLoader LOADER = new ContractLoader(
            new RuleConfig(Set.of(VersionSemverRule.ID), Map.of()), new AccessConfig(Map.of(
                    "demand-planning-reader", "arn:aws:iam::210987654321:role/demand-planning-reader",
                    "finance-reader", "arn:aws:iam::345678901234:role/finance-reader"),
                    AccessConfig.DEFAULT_OPEN_CLASSIFICATIONS));


    private static final Path ROOT = casesRoot();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportMatches(String name) throws IOException {
        Path dir = ROOT.resolve(name);
        List<String> expected = Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
        CompatibilityReport report = ContractComparator.compare(load(dir, "old.odcs.yaml"), load(dir, "new.odcs.yaml"));
        assertThat(lines(report)).as("report of %s", name).containsExactlyElementsOf(expected);
    }

    @Test
    void thereAreAtLeastFortyCases() throws IOException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
    }

    /** The fixture form of a report. */
    static List<String> lines(CompatibilityReport report) {
        List<String> lines = new ArrayList<>();
        VersionCheck version = report.versionCheck();
        lines.add("version " + version.oldVersion() + " -> " + version.newVersion() + " required "
                + version.required().map(SemanticVersion::toString).orElse("-") + " "
                + (report.failed() ? "failed" : "ok"));
        for (Change change : report.changes()) {
            lines.add(change.ruleId() + " " + change.kind().label() + (change.warning() ? "+warning" : "") + " "
                    + change.element() + " old=" + position(change.oldLocation()) + " new="
                    + position(change.newLocation()) + " " + change.message());
        }
        return lines;
    }

    static Contract load(Path dir, String file) {
        // The comparator judges versions itself: a fixture may carry a version that is no semver on purpose.
        ValidatedResult<Contract> result = LOADER.load(dir.resolve(file), file);
        assertThat(result.events(Severity.ERROR)).as("errors in %s/%s", dir.getFileName(), file).isEmpty();
        return result.unwrap();
    }

    private static String position(SourceLocation location) {
        return location.line() + ":" + location.column();
    }

    private static Path casesRoot() {
        try {
            return Path.of(CompatibilityFixtureTest.class.getResource("/compat").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
