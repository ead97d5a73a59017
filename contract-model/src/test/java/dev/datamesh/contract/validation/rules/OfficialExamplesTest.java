package dev.datamesh.contract.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.Node;
import dev.datamesh.contract.loader.SafeYamlLoader;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.ContractReader;
import dev.datamesh.contract.validation.Rule;
import dev.datamesh.contract.validation.SemanticRules;
import dev.datamesh.contract.validation.ValidatedResult;
import dev.datamesh.contract.validation.ValidationEvent;
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
 * Runs every semantic rule (not the JSON Schema layer) over the official ODCS examples in {@code shared/odcs/examples}
 * and compares the events with the reviewed lists in {@code src/test/resources/odcs-examples/<dir>/<name>.events}:
 * what the rules say about contracts written by the standard's authors is a decision, kept under test.
 */
class OfficialExamplesTest {

    private static final Path EXAMPLES = findExamples();

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".odcs.yaml"))
                    .map(p -> EXAMPLES.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void everyExampleHasReviewedEvents() throws IOException {
        assertThat(examples().toList()).hasSizeGreaterThanOrEqualTo(18)
                .allSatisfy(example -> assertThat(expectedFile(example)).exists());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void eventsMatch(String example) throws IOException {
        ValidatedResult<Node> loaded = new SafeYamlLoader().load(EXAMPLES.resolve(example), example);
        assertThat(loaded.events()).as("YAML events of %s", example).isEmpty();
        Contract contract = ContractReader.read((MapNode) loaded.result().orElseThrow(), example);
        List<ValidationEvent> events = new ArrayList<>();
        for (Rule rule : SemanticRules.all()) {
            events.addAll(rule.validate(contract));
        }
        List<String> actual = ValidatedResult.of(contract, events).events().stream()
                .map(OfficialExamplesTest::line).toList();
        List<String> expected = Files.readAllLines(expectedFile(example), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(actual).as("events of %s", example).containsExactlyElementsOf(expected);
    }

    private static String line(ValidationEvent event) {
        return event.location().line() + ":" + event.location().column() + " " + event.severity().label() + " "
                + event.ruleId() + " " + event.message();
    }

    private static Path expectedFile(String example) {
        try {
            Path root = Path.of(OfficialExamplesTest.class.getResource("/odcs-examples").toURI());
            return root.resolve(example.substring(0, example.length() - ".odcs.yaml".length()) + ".events");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code shared/odcs/examples} next to the checkout: {@code ../shared} from the repository, or further up. */
    private static Path findExamples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/odcs/examples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/odcs/examples not found above " + Path.of("").toAbsolutePath()
                + ": the official ODCS examples must sit next to the checkout");
    }
}
