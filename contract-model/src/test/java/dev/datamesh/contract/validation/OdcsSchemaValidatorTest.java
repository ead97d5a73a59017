package dev.datamesh.contract.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.SafeYamlLoader;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.SourceLocation;
import dev.datamesh.contract.types.DataType;
import dev.datamesh.contract.types.TypeResolver;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OdcsSchemaValidatorTest {

    /** Compiled once for all tests, as in real use; an instance is thread-safe. */
    private static final OdcsSchemaValidator VALIDATOR = new OdcsSchemaValidator();

    private static final String HEAD = """
            apiVersion: v3.1.0
            kind: DataContract
            id: urn:datacontract:sales:orders
            version: 1.0.0
            status: active
            """;

    private final SafeYamlLoader yaml = new SafeYamlLoader();

    @Test
    void bundledOfficialExamplesAreValid() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/official-examples").toURI());
        List<Path> examples;
        try (Stream<Path> files = Files.list(dir)) {
            examples = files.filter(p -> p.toString().endsWith(".odcs.yaml")).sorted().toList();
        }
        assertThat(examples).hasSize(3);
        for (Path example : examples) {
            MapNode root = (MapNode) yaml.load(example, example.getFileName().toString()).unwrap();
            assertThat(VALIDATOR.validate(root)).as("%s", example.getFileName()).isEmpty();
        }
    }

    @Test
    void unknownKeyNamesTheClosestKnownKey() {
        ValidationEvent event = only(HEAD + """
                schema:
                  - name: orders
                    properties:
                      - name: order_id
                        logicalType: string
                        physcalType: varchar(36)
                """);
        assertThat(event).isEqualTo(new ValidationEvent(OdcsSchemaValidator.UNKNOWN_KEY, Severity.ERROR,
                at(11, 9), "Unknown key 'physcalType' in property 'orders.order_id'.",
                "did you mean 'physicalType'? Rename 'physcalType' to 'physicalType'."));
    }

    @Test
    void unknownKeyWithoutNearMatchPointsToCustomProperties() {
        ValidationEvent event = only(HEAD + "owner: sales-team\n");
        assertThat(event.location()).isEqualTo(at(6, 1));
        assertThat(event.message()).isEqualTo("Unknown key 'owner' at the top level.");
        assertThat(event.hint()).isEqualTo(
                "remove 'owner', or keep it under 'customProperties' as '- property: owner' with a 'value:'.");
    }

    @Test
    void unknownKeyWhereNoCustomPropertiesFitListsTheAllowedKeys() {
        ValidationEvent event = only(HEAD + """
                schema:
                  - name: orders
                    properties:
                      - name: order_id
                        logicalType: string
                        logicalTypeOptions:
                          length: 36
                """);
        assertThat(event.message())
                .isEqualTo("Unknown key 'length' in 'logicalTypeOptions' of property 'orders.order_id'.");
        assertThat(event.hint())
                .isEqualTo("remove 'length'; the keys allowed here are: minLength, maxLength, pattern, format.");
    }

    @Test
    void missingKeysOfOneMappingAreOneEventAtTheMapping() {
        ValidationEvent event = only(HEAD + """
                servers:
                  - server: results
                    type: athena
                """);
        assertThat(event).isEqualTo(new ValidationEvent(OdcsSchemaValidator.REQUIRED, Severity.ERROR, at(7, 5),
                "Missing required keys 'stagingDir' and 'schema' in server 'results'.",
                "add 'stagingDir:' and 'schema:' to server 'results'."));
    }

    @Test
    void missingKeyAndMissingAlternativesOfOneMappingAreOneEvent() {
        ValidationEvent event = only(HEAD + """
                schema:
                  - name: orders
                    quality:
                      - type: sql
                """);
        assertThat(event.location()).isEqualTo(at(9, 9));
        assertThat(event.message()).isEqualTo("Missing required key 'query' and one of the keys 'mustBe', 'mustNotBe',"
                + " 'mustBeGreaterThan', 'mustBeGreaterOrEqualTo', 'mustBeLessThan', 'mustBeLessOrEqualTo',"
                + " 'mustBeBetween' or 'mustNotBeBetween' in quality rule 1 of schema object 'orders'.");
        assertThat(event.hint())
                .isEqualTo("add 'query:' and one of these keys to quality rule 1 of schema object 'orders'.");
    }

    @Test
    void missingTopLevelKeyHintShowsTheSchemaDefault() {
        ValidationEvent event = only("kind: DataContract\nid: x\nversion: 1.0.0\nstatus: active\n");
        assertThat(event.message()).isEqualTo("Missing required key 'apiVersion'.");
        assertThat(event.hint()).isEqualTo("add 'apiVersion:' at the top level, e.g. 'apiVersion: v3.1.0'.");
        assertThat(event.location()).isEqualTo(at(1, 1));
    }

    @Test
    void wrongTypeHintsFitTheMistake() {
        List<ValidationEvent> events = validate("""
                apiVersion: v3.1.0
                kind: DataContract
                id: urn:datacontract:sales:orders
                version: 1.0
                status: active
                tags: sales
                schema:
                  - name: orders
                    properties:
                      - name: order_id
                        logicalType: string
                        required: "yes"
                        primaryKeyPosition: "1"
                """);
        assertThat(events).extracting(ValidationEvent::ruleId).containsOnly(OdcsSchemaValidator.TYPE);
        assertThat(events).extracting(ValidationEvent::message).containsExactly(
                "'version' must be a string, not a number.",
                "'tags' must be a list, not a string.",
                "'required' must be a boolean, not a string.",
                "'primaryKeyPosition' must be an integer, not a string.");
        assertThat(events).extracting(ValidationEvent::hint).containsExactly(
                "quote the value: 'version: \"1.0\"'.",
                "write 'tags' as a list, one item per line starting with '- '.",
                "write 'required: true' or 'required: false' without quotes.",
                "write the number without quotes: 'primaryKeyPosition: 1'.");
        assertThat(events).extracting(ValidationEvent::location)
                .containsExactly(at(4, 10), at(6, 7), at(12, 19), at(13, 29));
    }

    @Test
    void emptyValueOfAWrongTypeSaysSo() {
        ValidationEvent event = only(HEAD.replace("version: 1.0.0", "version:"));
        assertThat(event.message()).isEqualTo("'version' must be a string, but it is empty.");
        assertThat(event.hint()).isEqualTo("give 'version' a value: a string.");
    }

    @Test
    void oneMistakeInAQualityRuleIsOneEvent() {
        ValidationEvent event = only(HEAD + """
                schema:
                  - name: orders
                    quality:
                      - metric: rowCount
                        mustBeGreaterThan: many
                """);
        assertThat(event).isEqualTo(new ValidationEvent(OdcsSchemaValidator.TYPE, Severity.ERROR, at(10, 28),
                "'mustBeGreaterThan' must be a number, not a string.", "change 'mustBeGreaterThan' to a number."));
    }

    @Test
    void aDeclaredKeyWithAWrongValueIsNotAlsoUnknown() {
        // The library also reports account, database, location and format as "not evaluated" here.
        ValidationEvent event = only(HEAD + """
                servers:
                  - server: lake
                    type: glue
                    account: 123456789012
                    database: sales
                    location: s3://sales-lake/orders/
                    format: parquet
                """);
        assertThat(event.ruleId()).isEqualTo(OdcsSchemaValidator.TYPE);
        assertThat(event.message()).isEqualTo("'account' must be a string, not an integer.");
        assertThat(event.hint()).isEqualTo("quote the value: 'account: \"123456789012\"'.");
    }

    @Test
    void aKeyOfAnotherServerTypeIsUnknown() {
        ValidationEvent event = only(HEAD + """
                servers:
                  - server: results
                    type: athena
                    stagingDir: s3://results/
                    schema: sales
                    database: sales
                """);
        assertThat(event.message()).isEqualTo("Unknown key 'database' in server 'results'.");
        assertThat(event.location()).isEqualTo(at(11, 5));
    }

    @Test
    void enumValueGetsTheClosestAllowedValue() {
        ValidationEvent event = only(HEAD + """
                schema:
                  - name: orders
                    properties:
                      - name: quantity
                        logicalType: bigint
                """);
        assertThat(event).isEqualTo(new ValidationEvent(OdcsSchemaValidator.ENUM, Severity.ERROR, at(10, 22),
                "Value 'bigint' is not allowed for 'logicalType'.",
                "did you mean 'integer'? Write 'logicalType: integer'."));
    }

    @Test
    void referenceOfNoKnownFormNamesTheForms() {
        ValidationEvent event = only(HEAD + """
                schema:
                  - name: orders
                    properties:
                      - name: store_id
                        logicalType: string
                        relationships:
                          - to: "stores id"
                """);
        assertThat(event).isEqualTo(new ValidationEvent(OdcsSchemaValidator.SCHEMA, Severity.ERROR, at(12, 17),
                "'to' matches none of the allowed forms: (1) Shorthand notation using name fields"
                        + " (table_name.column_name); (2) Fully qualified notation using id fields"
                        + " (section/id/properties/id), optionally prefixed with external file reference.",
                "change 'to' to one of these forms."));
    }

    @Test
    void formatIsCheckedAsAWarning() {
        List<ValidationEvent> events = validate(HEAD + """
                contractCreatedTs: yesterday
                servers:
                  - server: results
                    type: athena
                    stagingDir: not a uri
                    schema: sales
                """);
        assertThat(events).extracting(FixtureTest::line).containsExactly(
                "6:20 warning ODCS-SCHEMA-FORMAT 'contractCreatedTs' is not a valid RFC 3339 date-time: 'yesterday'.",
                "10:17 warning ODCS-SCHEMA-FORMAT 'stagingDir' is not a valid URI: 'not a uri'.");
    }

    @Test
    void newerMinorVersionIsCheckedAgainstV310WithWarnings() {
        List<ValidationEvent> events = validate(HEAD.replace("v3.1.0", "v3.2.0") + """
                schema:
                  - name: orders
                    properties:
                      - name: order_id
                        logicalType: string
                        semanticType: identifier
                        required: maybe
                """);
        assertThat(events).extracting(FixtureTest::line).containsExactly(
                "1:13 note ODCS-API-VERSION Contract declares apiVersion 'v3.2.0', newer than ODCS v3.1.0; it is"
                        + " checked against v3.1.0.",
                "11:9 warning ODCS-SCHEMA-UNKNOWN-KEY Key 'semanticType' in property 'orders.order_id' is not part"
                        + " of ODCS v3.1.0; it is read but not used.",
                "12:19 error ODCS-SCHEMA-TYPE 'required' must be a boolean, not a string.");
    }

    @Test
    void patchVersionsOfV30AreJudgedByTheSchemaAsIs() {
        ValidationEvent event = only(HEAD.replace("v3.1.0", "v3.0.9"));
        assertThat(event.ruleId()).isEqualTo(OdcsSchemaValidator.ENUM);
        assertThat(event.message()).isEqualTo("Value 'v3.0.9' is not allowed for 'apiVersion'.");
    }

    @Test
    void v2ContractGetsOneApiVersionErrorAndNoSchemaNoise() {
        ValidationEvent event = only("apiVersion: v2.2.0\ndataset:\n  - table: orders\nquantumName: orders\n");
        assertThat(event).isEqualTo(new ValidationEvent(OdcsSchemaValidator.API_VERSION, Severity.ERROR, at(1, 13),
                "apiVersion 'v2.2.0' is not supported: this tool reads ODCS v3 contracts (v3.0.x and v3.1.0).",
                "migrate the contract to ODCS v3.1.0 and set 'apiVersion: v3.1.0'."));
    }

    @Test
    void v4AndNonStringApiVersionsAreNotSupported() {
        assertThat(only(HEAD.replace("v3.1.0", "v4.0.0")).message())
                .isEqualTo("apiVersion 'v4.0.0' is not supported: this tool reads ODCS v3 contracts (v3.0.x and"
                        + " v3.1.0).");
        ValidationEvent list = only(HEAD.replace("apiVersion: v3.1.0", "apiVersion: [v3.1.0]"));
        assertThat(list.message()).isEqualTo("apiVersion must be a version string such as 'v3.1.0', not a list.");
        assertThat(list.ruleId()).isEqualTo(OdcsSchemaValidator.API_VERSION);
    }

    @Test
    void mapLogicalTypeOfV32IsReadAsAMap() {
        ValidatedResult<Contract> result = new ContractLoader().load(HEAD.replace("v3.1.0", "v3.2.0") + """
                schema:
                  - name: orders
                    properties:
                      - name: attributes
                        logicalType: map
                """, "map.odcs.yaml");
        assertThat(result.hasErrors()).isFalse();
        Contract contract = result.result().orElseThrow();
        assertThat(TypeResolver.resolve(contract.schema().get(0).properties().get(0)).type())
                .isInstanceOf(DataType.MapType.class);
    }

    @Test
    void oneValidatorGivesTheSameEventsFromManyThreads() {
        List<String> contracts = IntStream.range(0, 40).mapToObj(i -> HEAD + "owner" + i + ": x\n"
                + (i % 2 == 0 ? "tags: [a, 1]\n" : "schema:\n  - physicalName: t" + i + "\n")).toList();
        List<List<ValidationEvent>> sequential = contracts.stream().map(this::validate).toList();
        List<List<ValidationEvent>> parallel = contracts.parallelStream().map(this::validate).toList();
        assertThat(parallel).isEqualTo(sequential);
        assertThat(sequential.get(0)).hasSize(2);
    }

    private List<ValidationEvent> validate(String text) {
        MapNode root = (MapNode) yaml.load(text, "c.odcs.yaml").unwrap();
        return VALIDATOR.validate(root).stream().sorted().toList();
    }

    private ValidationEvent only(String text) {
        List<ValidationEvent> events = validate(text);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static SourceLocation at(int line, int column) {
        return new SourceLocation("c.odcs.yaml", line, column);
    }
}
