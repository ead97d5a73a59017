package dev.datamesh.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.Node;
import dev.datamesh.contract.loader.SafeYamlLoader;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.validation.OdcsSchemaValidator;
import dev.datamesh.contract.validation.ValidatedResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The official ODCS examples from {@code shared/odcs/examples} (beside the repository clone): every one parses,
 * passes the bundled v3.1.0 schema without a single event (all of them are valid v3.1.0 or v3.0.x), and loads
 * through the whole {@link ContractLoader} pipeline without an event of the YAML or schema layer. What the semantic
 * rules say about them is reviewed in {@code validation/rules/OfficialExamplesTest}.
 *
 * <p>A missing {@code shared/} folder fails these tests; it is never a reason to skip them.
 */
class OfficialExamplesTest {

    /** The rule ids of validation layer 1: reading the YAML, the root's shape, the ODCS JSON Schema. */
    private static final Set<String> LAYER_ONE = Set.of(SafeYamlLoader.SYNTAX, SafeYamlLoader.DUPLICATE_KEY,
            SafeYamlLoader.TAG, SafeYamlLoader.ALIAS, SafeYamlLoader.DEPTH, SafeYamlLoader.SIZE,
            SafeYamlLoader.ENCODING, SafeYamlLoader.EMPTY, SafeYamlLoader.MULTI_DOCUMENT, SafeYamlLoader.IO,
            ContractLoader.ROOT, OdcsSchemaValidator.SCHEMA, OdcsSchemaValidator.REQUIRED,
            OdcsSchemaValidator.UNKNOWN_KEY, OdcsSchemaValidator.TYPE, OdcsSchemaValidator.ENUM,
            OdcsSchemaValidator.FORMAT, OdcsSchemaValidator.API_VERSION);

    private static final ContractLoader LOADER = new ContractLoader();
    private static final OdcsSchemaValidator SCHEMA = new OdcsSchemaValidator();

    static Stream<String> examples() throws IOException {
        Path dir = examplesDir();
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> names = files.filter(p -> p.getFileName().toString().endsWith(".odcs.yaml"))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
            assertThat(names).as("official examples in %s", dir).hasSizeGreaterThanOrEqualTo(18)
                    .contains("all/full-example.odcs.yaml");
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void parses(String name) {
        ValidatedResult<Node> result = new SafeYamlLoader().load(examplesDir().resolve(name), name);
        assertThat(result.events()).isEmpty();
        assertThat(result.result()).get().isInstanceOf(MapNode.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void passesTheSchemaWithoutEvents(String name) {
        MapNode root = (MapNode) new SafeYamlLoader().load(examplesDir().resolve(name), name).unwrap();
        assertThat(SCHEMA.validate(root)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void loadsWithoutYamlOrSchemaEvents(String name) {
        ValidatedResult<Contract> result = LOADER.load(examplesDir().resolve(name), name);
        assertThat(result.result()).isPresent();
        assertThat(result.events()).filteredOn(e -> LAYER_ONE.contains(e.ruleId())).isEmpty();
    }

    @Test
    void theBundledSchemaIsTheOfficialOne() throws IOException {
        Path official = examplesDir().getParent().resolve("odcs-json-schema-v3.1.0.json");
        try (InputStream bundled = getClass().getResourceAsStream(
                "/dev/datamesh/contract/odcs-json-schema-v3.1.0.json")) {
            assertThat(bundled).isNotNull();
            assertThat(bundled.readAllBytes()).isEqualTo(Files.readAllBytes(official));
        }
    }

    /** Not a timed assertion: prints how long 1,000 validations of the full example take, for the report. */
    @Test
    void validatesTheFullExampleAThousandTimes() {
        Path full = examplesDir().resolve("all/full-example.odcs.yaml");
        MapNode root = (MapNode) new SafeYamlLoader().load(full, "full-example.odcs.yaml").unwrap();
        for (int i = 0; i < 100; i++) {
            SCHEMA.validate(root); // warm-up
        }
        long start = System.nanoTime();
        int events = 0;
        for (int i = 0; i < 1000; i++) {
            events += SCHEMA.validate(root).size();
        }
        long schemaOnly = System.nanoTime() - start;
        start = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            events += (int) LOADER.load(full, "full-example.odcs.yaml").events().stream()
                    .filter(e -> LAYER_ONE.contains(e.ruleId())).count();
        }
        long pipeline = System.nanoTime() - start;
        System.out.printf("full-example x1000: schema validation %d ms, load + validate %d ms%n",
                schemaOnly / 1_000_000, pipeline / 1_000_000);
        assertThat(events).isZero();
    }

    /**
     * {@code shared/odcs/examples} beside the repository: the repository root is the nearest folder above the
     * compiled tests that holds {@code mvnw}; {@code shared/} is looked for beside it, then beside each folder above
     * it (a git worktree may sit one level deeper than the main clone).
     */
    static Path examplesDir() {
        Path root;
        try {
            root = Path.of(OfficialExamplesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        while (root != null && !Files.isRegularFile(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        assertThat(root).as("repository root (a folder with mvnw) above the test classes").isNotNull();
        for (Path dir = root.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            Path examples = dir.resolve("shared/odcs/examples");
            if (Files.isDirectory(examples)) {
                return examples;
            }
        }
        throw new AssertionError("The official ODCS examples are missing: expected shared/odcs/examples beside the"
                + " repository " + root + " or beside a folder above it.");
    }
}
