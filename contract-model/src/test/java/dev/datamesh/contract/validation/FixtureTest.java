package dev.datamesh.contract.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.ContractLoader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every fixture under {@code src/test/resources/fixtures}: each {@code NAME.odcs.yaml} (or any file with a
 * sibling {@code NAME.events}) is loaded and its events must equal the lines of {@code NAME.events} exactly, one
 * event a line as {@code line:column severity RULE-ID message}. Missing and extra events both fail; an empty
 * events file asserts that the contract is clean.
 */
class FixtureTest {

    private static final Path ROOT = fixturesRoot();
    /** One loader for all fixtures: it compiles the ODCS schema once, as in real use. */
    private static final ContractLoader LOADER = new ContractLoader();

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".events"))
                    .sorted()
                    .map(FixtureTest::contractFor)
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eventsMatch(Path contract) throws IOException {
        Path eventsFile = eventsFor(contract);
        List<String> expected = Files.readAllLines(eventsFile, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
        String display = ROOT.relativize(contract).toString().replace('\\', '/');
        ValidatedResult<?> result = LOADER.load(contract, display);
        List<String> actual = result.events().stream().map(FixtureTest::line).toList();
        assertThat(actual).as("events of %s (expected from %s)", display, eventsFile.getFileName())
                .containsExactlyElementsOf(expected);
    }

    /** The fixture form of an event: {@code 14:9 warning ODCS-PK-REQUIRED Primary key 'sale_id' is not required.} */
    static String line(ValidationEvent event) {
        return event.location().line() + ":" + event.location().column() + " " + event.severity().label() + " "
                + event.ruleId() + " " + event.message();
    }

    private static Path contractFor(Path events) {
        String name = events.getFileName().toString();
        String base = name.substring(0, name.length() - ".events".length());
        try (Stream<Path> siblings = Files.list(events.getParent())) {
            return siblings.filter(p -> !p.equals(events))
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return n.equals(base) || n.startsWith(base + ".");
                    })
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no contract beside " + events));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path eventsFor(Path contract) {
        String name = contract.getFileName().toString();
        String base = name.endsWith(".odcs.yaml") ? name.substring(0, name.length() - ".odcs.yaml".length())
                : name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        return contract.resolveSibling(base + ".events");
    }

    private static Path fixturesRoot() {
        try {
            return Path.of(FixtureTest.class.getResource("/fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
