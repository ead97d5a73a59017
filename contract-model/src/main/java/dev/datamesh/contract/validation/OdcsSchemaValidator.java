package dev.datamesh.contract.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.Node;
import dev.datamesh.contract.loader.ScalarNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validation layer 1: the official ODCS JSON Schema v3.1.0 (bundled), with each schema error mapped back to the
 * YAML location of the offending value.
 *
 * <p>The schema is compiled once per instance; an instance is thread-safe and meant to be reused for many files.
 * Nothing is fetched from the network: the schema is a class-path resource and its draft 2019-09 meta-schema comes
 * with the validator library. {@code format} is checked, but only as a warning, since JSON Schema treats it as an
 * annotation by default. A contract of a newer v3 version than 3.1.0 is checked against 3.1.0 with its unknown
 * keys downgraded to warnings.
 */
public final class OdcsSchemaValidator {

    /** A schema failure of no more specific kind. */
    public static final String SCHEMA = "ODCS-SCHEMA";
    /** A required key is missing. */
    public static final String REQUIRED = "ODCS-SCHEMA-REQUIRED";
    /** A key the schema does not define at that place. */
    public static final String UNKNOWN_KEY = "ODCS-SCHEMA-UNKNOWN-KEY";
    /** A value of the wrong type. */
    public static final String TYPE = "ODCS-SCHEMA-TYPE";
    /** A value outside the allowed values. */
    public static final String ENUM = "ODCS-SCHEMA-ENUM";
    /** A value that does not have its declared format (URI, date-time); a warning. */
    public static final String FORMAT = "ODCS-SCHEMA-FORMAT";
    /** An apiVersion this tool cannot check, or a newer one checked against v3.1.0. */
    public static final String API_VERSION = "ODCS-API-VERSION";

    /** The ODCS version of the bundled schema. */
    public static final String SCHEMA_VERSION = "v3.1.0";

    static final String RESOURCE = "/dev/datamesh/contract/odcs-json-schema-v3.1.0.json";
    /** The id the bundled schema is registered under; the reserved .invalid domain never resolves. */
    private static final String BASE_IRI = "https://odcs.schema.invalid/v3.1.0/odcs-json-schema.json";
    private static final Pattern V3 = Pattern.compile("v3\\.(\\d+)\\.(\\d+)(?:[-+].*)?");
    /** A v3 version written without the lower-case 'v' (3.1.0, V3.1.0). */
    private static final Pattern MISSING_V = Pattern.compile("[vV]?(3\\.\\d+\\.\\d+)");

    private final Schema schema;
    private final SchemaDocument document;
    private final SchemaKeys keys;

    public OdcsSchemaValidator() {
        String text = readResource();
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(Boolean.TRUE).build();
        // The ODCS schema keeps named sub-schemas (ServerSource/ApiServer, ...) where the validator expects
        // keywords; read them as annotations instead of logging a warning for each into the user's build.
        Dialect dialect = Dialect.builder(Dialects.getDraft201909())
                .unknownKeywordFactory((name, context) -> new NonValidationKeyword(name))
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect,
                builder -> builder.schemaRegistryConfig(config)
                        .schemaLoader(loader -> loader.fetchRemoteResources(false))
                        .schemas(Map.of(BASE_IRI, text)));
        this.schema = registry.getSchema(SchemaLocation.of(BASE_IRI));
        this.schema.initializeValidators();
        try {
            this.document = new SchemaDocument(new ObjectMapper().readTree(text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bundled ODCS schema is not JSON", e);
        }
        this.keys = new SchemaKeys(registry, BASE_IRI, document);
    }

    /** Events for one contract tree. */
    public List<ValidationEvent> validate(MapNode root) {
        List<ValidationEvent> events = new ArrayList<>();
        boolean newer = false;
        Optional<Node> apiVersion = root.get("apiVersion");
        if (apiVersion.isPresent()) {
            Optional<ValidationEvent> unsupported = unsupported(apiVersion.get());
            if (unsupported.isPresent()) {
                return List.of(unsupported.get());
            }
            newer = isNewer(((ScalarNode) apiVersion.get()).asText());
            if (newer) {
                events.add(ValidationEvent.note(API_VERSION, apiVersion.get(),
                        "Contract declares apiVersion '" + ((ScalarNode) apiVersion.get()).asText()
                                + "', newer than ODCS " + SCHEMA_VERSION + "; it is checked against "
                                + SCHEMA_VERSION + ".",
                        "keys added after " + SCHEMA_VERSION + " are reported as warnings and are not used."));
            }
        }
        JsonNode json = JsonTree.of(root);
        List<SchemaProblem> problems = new ArrayList<>();
        for (com.networknt.schema.Error error : schema.validate(json)) {
            SchemaProblem problem = SchemaProblem.from(error);
            boolean versionEnum = problem.instancePath().equals(List.of("apiVersion"))
                    && problem.keyword().equals("enum");
            if (!(newer && versionEnum)) {
                problems.add(problem);
            }
        }
        List<SchemaProblem> collapsed = new CombinatorCollapser(document).collapse(problems);
        events.addAll(new SchemaEvents(new YamlPaths(root), document, keys, json, newer).events(collapsed));
        return events;
    }

    /** An error when the apiVersion is no v3 version string; the schema is then not applied at all. */
    private static Optional<ValidationEvent> unsupported(Node node) {
        if (node instanceof ScalarNode scalar && scalar.isString() && scalar.asText().startsWith("v3.")) {
            return Optional.empty();
        }
        String hint = "migrate the contract to ODCS " + SCHEMA_VERSION + " and set 'apiVersion: " + SCHEMA_VERSION
                + "'.";
        if (node instanceof ScalarNode scalar && !scalar.isNull()) {
            String text = scalar.asText();
            Matcher missingV = MISSING_V.matcher(text);
            if (missingV.matches()) {
                hint = "write the version as 'apiVersion: v" + missingV.group(1) + "'.";
            }
            return Optional.of(ValidationEvent.error(API_VERSION, node, "apiVersion '" + text
                    + "' is not supported: this tool reads ODCS v3 contracts (v3.0.x and " + SCHEMA_VERSION + ").",
                    hint));
        }
        return Optional.of(ValidationEvent.error(API_VERSION, node,
                "apiVersion must be a version string such as '" + SCHEMA_VERSION + "', not "
                        + (node instanceof ScalarNode ? "empty" : "a " + (node instanceof MapNode ? "mapping" : "list"))
                        + ".",
                hint));
    }

    /** True for a v3 version after 3.1.0, such as v3.2.0; false for v3.0.x, v3.1.0 and malformed versions. */
    private static boolean isNewer(String version) {
        Matcher matcher = V3.matcher(version);
        if (!matcher.matches()) {
            return false;
        }
        long minor = Long.parseLong(matcher.group(1));
        long patch = Long.parseLong(matcher.group(2));
        return minor > 1 || (minor == 1 && patch > 0);
    }

    private static String readResource() {
        try (InputStream in = OdcsSchemaValidator.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled ODCS schema missing: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
