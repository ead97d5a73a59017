package dev.datamesh.plugin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.compat.Acceptance;
import dev.datamesh.contract.compat.Change;
import dev.datamesh.contract.compat.CompatibilityReport;
import dev.datamesh.generator.bundle.ContractBundle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompatibilityCommandTest {

    /** An orders contract; {@code %1$s} is the version, {@code %2$s} more property lines. */
    static final String ORDERS = """
            apiVersion: v3.1.0
            kind: DataContract
            id: urn:datacontract:sales:orders
            name: orders
            version: %1$s
            status: active
            domain: sales
            dataProduct: orders
            description:
              purpose: Test data, one row per order.
            schema:
              - name: orders
                physicalType: table
                description: One row per order.
                properties:
                  - name: order_id
                    logicalType: string
                    physicalType: string
                    description: The id.
                    required: true
                    primaryKey: true
                    primaryKeyPosition: 1
                  - name: amount
                    logicalType: number
                    physicalType: double
                    description: The amount.
            %2$s""";

    static final String NOTE = """
                  - name: note
                    logicalType: string
                    description: A note.
            """;

    static final String CODE = """
                  - name: code
                    logicalType: string
                    description: A code.
                    required: true
            """;

    static final String STORES = """
            apiVersion: v3.1.0
            kind: DataContract
            id: urn:datacontract:sales:stores
            name: stores
            version: 1.0.0
            status: active
            domain: sales
            dataProduct: stores
            schema:
              - name: stores
                properties:
                  - name: store_id
                    logicalType: string
                    required: true
            """;

    private static final String CONTRACT = "src/main/contracts/orders.odcs.yaml";
    private static final String BASELINE = "src/baseline/orders.odcs.yaml";

    @TempDir
    Path base;

    private final RecordingLog log = new RecordingLog();
    private BaselineResolver resolver = BaselineResolver.NONE;
    private String avroMode;
    private String projectVersion = "1.1.0-SNAPSHOT";

    @Test
    void unchangedContractsPass() throws Exception {
        write(BASELINE, ORDERS.formatted("1.0.0", NOTE));
        write(CONTRACT, ORDERS.formatted("1.0.0", NOTE));

        CompatibilityResult result = run("src/baseline");

        assertThat(result.failed()).isFalse();
        assertThat(log.visible()).containsExactly(
                "INFO Baseline: src/baseline",
                "INFO src/main/contracts/orders.odcs.yaml: no changes since 1.0.0.",
                "INFO Compared 1 contract with src/baseline: 0 breaking (0 not accepted), 0 non-breaking, 0 "
                        + "patch-level; 0 removed, 0 added.",
                "INFO Reports: target/mesh-reports/compatibility.json, target/mesh-reports/TEST-mesh-compatibility"
                        + ".xml, target/mesh-reports/CHANGELOG-contracts.md");
        assertThat(report("TEST-mesh-compatibility.xml")).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="mesh-compatibility" tests="1" failures="0" errors="0" skipped="0">
                  <testcase name="no changes" classname="mesh-compatibility.urn:datacontract:sales:orders">
                    <system-out>No changes since 1.0.0.</system-out>
                  </testcase>
                </testsuite>
                """);
        assertThat(report("CHANGELOG-contracts.md")).isEqualTo("""
                # Contract changes

                Compared with src/baseline.

                ## urn:datacontract:sales:orders 1.0.0

                Changes since 1.0.0. They require version 1.0.0 or higher.

                No changes.
                """);
    }

    @Test
    void removedPropertyFailsWithTheRuleAndTheRequiredVersion() throws Exception {
        write(BASELINE, ORDERS.formatted("1.0.0", NOTE));
        write(CONTRACT, ORDERS.formatted("1.1.0", ""));

        assertThatThrownBy(() -> run("src/baseline")).isInstanceOf(InvalidContractsException.class)
                .hasMessage("Compatibility check against src/baseline failed: 3 breaking changes not accepted, 1 "
                        + "contract version too low. Release a new major version or list the changes in "
                        + "<acceptedChanges>, as the hints above say; reports are in target/mesh-reports.");

        assertThat(log.visible()).containsSubsequence(
                "INFO Compatibility of src/main/contracts/orders.odcs.yaml with src/baseline/orders.odcs.yaml: FAILED",
                "INFO Version 1.0.0 -> 1.1.0, required 2.0.0 or higher: too low",
                "INFO Breaking changes (3):",
                "INFO   [API-COMPAT-FIELD-REMOVED] (openapi) orders.note: GET /orders/{order_id}: response 200: field "
                        + "'note' was removed.",
                "INFO       old src/baseline/orders.odcs.yaml:27:15, new src/main/contracts/orders.odcs.yaml:12:11",
                "INFO   [API-COMPAT-FIELD-REMOVED] (openapi) orders.note: GET /orders: response 200: field 'note' was "
                        + "removed.",
                "INFO       old src/baseline/orders.odcs.yaml:27:15, new src/main/contracts/orders.odcs.yaml:12:11",
                "INFO   [COMPAT-PROPERTY-REMOVED] orders.note: Property 'orders.note' was removed.",
                "INFO       old src/baseline/orders.odcs.yaml:27:15, new src/main/contracts/orders.odcs.yaml:15:5",
                "ERROR src/main/contracts/orders.odcs.yaml:5:10: error [COMPAT-VERSION] Version 1.1.0 is lower than "
                        + "2.0.0, which the breaking changes since 1.0.0 require.\n  hint: set 'version: 2.0.0' (or "
                        + "higher).",
                "ERROR src/main/contracts/orders.odcs.yaml:15:5: error [COMPAT-PROPERTY-REMOVED] Property "
                        + "'orders.note' was removed.\n  hint: release a new major version ('version: 2.0.0'), or "
                        + "accept it on purpose with 'COMPAT-PROPERTY-REMOVED orders.note'.",
                "INFO Compared 1 contract with src/baseline: 3 breaking (3 not accepted), 0 non-breaking, 0 "
                        + "patch-level; 0 removed, 0 added.");
        String junit = report("TEST-mesh-compatibility.xml");
        assertThat(junit).contains("<testsuite name=\"mesh-compatibility\" tests=\"4\" failures=\"4\"")
                .contains("<testcase name=\"[COMPAT-PROPERTY-REMOVED] orders.note\" "
                        + "classname=\"mesh-compatibility.urn:datacontract:sales:orders\">\n"
                        + "    <failure type=\"breaking\" message=\"src/main/contracts/orders.odcs.yaml:15:5: error "
                        + "[COMPAT-PROPERTY-REMOVED] Property 'orders.note' was removed.\">")
                .contains("<testcase name=\"[API-COMPAT-FIELD-REMOVED] orders.note (2)\"")
                .contains("<testcase name=\"[COMPAT-VERSION] version\"");
        assertThat(report("compatibility.json")).contains("""
                      "baselineVersion": "1.0.0",
                      "version": "1.1.0",
                      "requiredVersion": "2.0.0",
                      "versionStatus": "too-low",
                """);
        assertThat(report("CHANGELOG-contracts.md")).contains("""
                ## urn:datacontract:sales:orders 1.1.0

                Changes since 1.0.0. They require version 2.0.0 or higher.

                ### Breaking changes

                - `orders.note`: GET /orders/{order\\_id}: response 200: field 'note' was removed. \
                (API-COMPAT-FIELD-REMOVED)
                """);
    }

    @Test
    void listedContractChangeAlsoAcceptsItsAvroAndOpenApiFindings() throws Exception {
        write(BASELINE, ORDERS.formatted("1.0.0", NOTE));
        write(CONTRACT, ORDERS.formatted("1.1.0", ""));

        CompatibilityResult result = run("src/baseline", "COMPAT-PROPERTY-REMOVED orders.note");

        assertThat(result.failed()).isFalse();
        CompatibilityReport report = result.reports().get(0);
        assertThat(report.changes()).extracting(Change::ruleId, Change::acceptance).containsExactly(
                org.assertj.core.groups.Tuple.tuple("API-COMPAT-FIELD-REMOVED", Acceptance.LISTED),
                org.assertj.core.groups.Tuple.tuple("API-COMPAT-FIELD-REMOVED", Acceptance.LISTED),
                org.assertj.core.groups.Tuple.tuple("COMPAT-PROPERTY-REMOVED", Acceptance.LISTED));
        assertThat(report.versionCheck().required()).hasValueSatisfying(v -> assertThat(v).hasToString("1.1.0"));
        assertThat(report("TEST-mesh-compatibility.xml")).contains("failures=\"0\"").contains(
                "<system-out>breaking: Property 'orders.note' was removed. Accepted: listed in "
                        + "acceptedChanges.</system-out>");
    }

    @Test
    void majorVersionAcceptsBreakingChanges() throws Exception {
        write(BASELINE, ORDERS.formatted("1.0.0", NOTE));
        write(CONTRACT, ORDERS.formatted("2.0.0", ""));

        CompatibilityResult result = run("src/baseline");

        assertThat(result.failed()).isFalse();
        assertThat(result.changes()).extracting(Change::acceptance).containsOnly(Acceptance.MAJOR_VERSION);
        assertThat(log.visible()).contains("INFO   [COMPAT-PROPERTY-REMOVED] orders.note: Property 'orders.note' "
                + "was removed. (accepted: major version)");
    }

    @Test
    void addedOptionalPropertyNeedsAMinorVersion() throws Exception {
        write(BASELINE, ORDERS.formatted("1.0.0", ""));
        write(CONTRACT, ORDERS.formatted("1.0.0", NOTE));

        assertThatThrownBy(() -> run("src/baseline")).isInstanceOf(InvalidContractsException.class)
                .hasMessageStartingWith("Compatibility check against src/baseline failed: 1 contract version too "
                        + "low.");
        assertThat(log.visible()).contains("ERROR src/main/contracts/orders.odcs.yaml:5:10: error [COMPAT-VERSION] "
                + "Version 1.0.0 is lower than 1.1.0, which the additions and loosened constraints since 1.0.0 "
                + "require.\n  hint: set 'version: 1.1.0' (or higher).");

        write(CONTRACT, ORDERS.formatted("1.1.0", NOTE));
        CompatibilityResult result = run("src/baseline");
        assertThat(result.failed()).isFalse();
        assertThat(result.changes()).extracting(Change::ruleId).containsExactly("COMPAT-PROPERTY-ADDED");
    }

    @Test
    void avroBackwardFindsARequiredFieldWithoutDefault() throws Exception {
        write(BASELINE, ORDERS.formatted("1.0.0", ""));
        write(CONTRACT, ORDERS.formatted("1.1.0", CODE));

        CompatibilityResult result = runQuietly("src/baseline");

        assertThat(result.changes()).extracting(Change::ruleId, Change::element, Change::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("AVRO-COMPAT-FIELD-MISSING-DEFAULT", "orders.code",
                        "Avro BACKWARD: the new schema cannot read data written with 1.0.0 (Orders at /fields/2: "
                                + "reader field 'code' has no default value)."),
                org.assertj.core.groups.Tuple.tuple("COMPAT-REQUIRED-PROPERTY-ADDED", "orders.code",
                        "Required property 'orders.code' was added: data written before has no value for it."));
        assertThat(result.changes().findFirst().orElseThrow().newLocation()).hasToString(CONTRACT + ":27:15");
    }

    @Test
    void avroForwardFindsARemovedRequiredFieldAndNoneTurnsTheCheckOff() throws Exception {
        write(BASELINE, ORDERS.formatted("1.0.0", CODE));
        write(CONTRACT, ORDERS.formatted("2.0.0", ""));

        avroMode = "backward";
        assertThat(avroRules(runQuietly("src/baseline"))).isEmpty();
        avroMode = "FORWARD";
        assertThat(runQuietly("src/baseline").changes().filter(c -> c.ruleId().startsWith("AVRO-"))
                .map(Change::message)).containsExactly("Avro FORWARD: readers on 1.0.0 cannot read data written "
                        + "with the new schema (Orders at /fields/2: reader field 'code' has no default value).");
        avroMode = "full";
        assertThat(avroRules(runQuietly("src/baseline"))).containsExactly("AVRO-COMPAT-FIELD-MISSING-DEFAULT");
        avroMode = "none";
        write(CONTRACT, ORDERS.formatted("2.0.0", CODE.replace("required: true", "required: false")
                + "      - name: extra\n        logicalType: integer\n        required: true\n"));
        assertThat(avroRules(runQuietly("src/baseline"))).isEmpty();
    }

    @Test
    void changedTypeIsFoundInTheContractTheSchemaAndTheApi() throws Exception {
        write(BASELINE, ORDERS.formatted("1.0.0", ""));
        write(CONTRACT, ORDERS.formatted("2.0.0", "").replace("logicalType: number\n        physicalType: double",
                "logicalType: string\n        physicalType: string"));

        CompatibilityResult result = runQuietly("src/baseline");

        assertThat(result.changes()).extracting(Change::ruleId, Change::element, Change::message).contains(
                org.assertj.core.groups.Tuple.tuple("AVRO-COMPAT-MISSING-UNION-BRANCH", "orders.amount",
                        "Avro BACKWARD: the new schema cannot read data written with 1.0.0 (Orders at "
                                + "/fields/1/type/1: reader union lacking writer type: DOUBLE)."),
                org.assertj.core.groups.Tuple.tuple("API-COMPAT-FIELD-CHANGED", "orders.amount",
                        "GET /orders: response 200: field 'amount' changed incompatibly (type number/double -> "
                                + "string)."));
        assertThat(result.changes()).extracting(Change::ruleId).contains("COMPAT-TYPE-CHANGED");
    }

    @Test
    void removedContractFailsUnlessListed() throws Exception {
        write(BASELINE, ORDERS.formatted("1.0.0", ""));
        write("src/baseline/stores.odcs.yaml", STORES);
        write(CONTRACT, ORDERS.formatted("1.0.0", ""));

        assertThatThrownBy(() -> run("src/baseline")).isInstanceOf(InvalidContractsException.class)
                .hasMessageStartingWith("Compatibility check against src/baseline failed: 1 breaking change not "
                        + "accepted.");
        assertThat(log.visible()).contains("ERROR src/baseline/stores.odcs.yaml:3:5: error [COMPAT-CONTRACT-REMOVED] "
                + "Contract 'urn:datacontract:sales:stores' (src/baseline/stores.odcs.yaml) was removed: consumers of "
                + "its tables and API lose them.\n  hint: restore the contract, release a new major version of the "
                + "project (<version>2.0.0</version>), or accept it on purpose with 'COMPAT-CONTRACT-REMOVED "
                + "urn:datacontract:sales:stores' in <acceptedChanges>.");

        assertThat(report("compatibility.json")).contains("""
                  "contracts": [
                    {
                      "id": "urn:datacontract:sales:stores",
                      "change": "removed",
                      "status": "failed",
                      "file": null,
                      "baselineFile": "src/baseline/stores.odcs.yaml",
                      "changes": [
                        {
                          "rule": "COMPAT-CONTRACT-REMOVED",
                          "source": "contract",
                          "kind": "breaking",
                """);

        CompatibilityResult result = run("src/baseline", "COMPAT-CONTRACT-REMOVED urn:datacontract:sales:stores");
        assertThat(result.failed()).isFalse();
        assertThat(result.removed()).extracting(Change::acceptance).containsExactly(Acceptance.LISTED);
    }

    @Test
    void aMajorProjectVersionOverTheBundleAcceptsARemovedContract() throws Exception {
        Path zip = bundle("1.4.0", "stores.odcs.yaml", STORES, Map.of());
        write(CONTRACT, ORDERS.formatted("1.0.0", ""));
        projectVersion = "2.0.0-SNAPSHOT";

        CompatibilityResult result = runQuietly(zip.toString());

        assertThat(result.removed()).extracting(Change::element, Change::acceptance).containsExactly(
                org.assertj.core.groups.Tuple.tuple("urn:datacontract:sales:stores", Acceptance.MAJOR_VERSION));
        assertThat(result.added()).extracting(Change::ruleId).containsExactly("COMPAT-CONTRACT-ADDED");
        assertThat(result.failed()).isFalse();
    }

    @Test
    void addedContractIsNotBreakingAndContractsPairByIdThenFileName() throws Exception {
        write("src/baseline/old-name.odcs.yaml", ORDERS.formatted("1.0.0", ""));
        write("src/baseline/stores.odcs.yaml", STORES);
        write("src/main/contracts/new-name.odcs.yaml", ORDERS.formatted("1.0.0", ""));
        write("src/main/contracts/stores.odcs.yaml", STORES.replace("sales:stores", "sales:shops"));
        write("src/main/contracts/products.odcs.yaml", STORES.replace("stores", "products"));

        assertThatThrownBy(() -> run("src/baseline")).isInstanceOf(InvalidContractsException.class);

        assertThat(log.visible()).contains(
                "INFO src/main/contracts/new-name.odcs.yaml: no changes since 1.0.0.",
                "INFO Contract 'urn:datacontract:sales:products' (src/main/contracts/products.odcs.yaml) was added.",
                "INFO Compared 2 contracts with src/baseline: 1 breaking (1 not accepted), 1 non-breaking, 0 "
                        + "patch-level; 0 removed, 1 added.");
        assertThat(log.visible()).anyMatch(l -> l.startsWith("ERROR src/main/contracts/stores.odcs.yaml:3:5: error "
                + "[COMPAT-PRODUCT-CHANGED]"));
    }

    @Test
    void firstReleaseHasNoBaselineAndPasses() throws Exception {
        write(CONTRACT, ORDERS.formatted("1.0.0", ""));

        CompatibilityResult result = run(null);

        assertThat(result.failed()).isFalse();
        assertThat(log.visible()).containsExactly(
                "INFO No released version of dev.datamesh.test:orders below 1.1.0-SNAPSHOT in the Maven repositories: "
                        + "a first release, nothing to compare with.",
                "INFO Reports: target/mesh-reports/compatibility.json, target/mesh-reports/TEST-mesh-compatibility"
                        + ".xml, target/mesh-reports/CHANGELOG-contracts.md");
        assertThat(report("compatibility.json")).startsWith("""
                {
                  "status": "no-baseline",
                  "baseline": null,
                """);
        assertThat(report("TEST-mesh-compatibility.xml")).contains("tests=\"0\" failures=\"0\"");
    }

    @Test
    void newestReleasedBundleIsTheDefaultBaselineAndItsGeneratedSchemasCount() throws Exception {
        // The released Avro schema says amount is a string: the bundle's file is compared, not a regenerated one.
        Path zip = bundle("1.0.0", ORDERS.formatted("1.0.0", ""), Map.of("avro/orders/Orders.avsc", """
                {"type": "record", "name": "Orders", "namespace": "sales.orders", "fields": [
                  {"name": "order_id", "type": "string"},
                  {"name": "amount", "type": ["null", "string"], "default": null}]}
                """));
        List<String> asked = new ArrayList<>();
        resolver = new BaselineResolver() {
            @Override
            public Optional<String> newestReleaseBelow(String groupId, String artifactId, String version) {
                asked.add(groupId + ":" + artifactId + " < " + version);
                return Optional.of("1.0.0");
            }

            @Override
            public Optional<Path> bundle(String groupId, String artifactId, String version) {
                asked.add(groupId + ":" + artifactId + ":" + version);
                return Optional.of(zip);
            }
        };
        write(CONTRACT, ORDERS.formatted("1.0.0", ""));

        CompatibilityResult result = runQuietly(null);

        assertThat(asked).containsExactly("dev.datamesh.test:orders < 1.1.0-SNAPSHOT", "dev.datamesh.test:orders:1.0.0");
        assertThat(log.visible()).contains("INFO Baseline: dev.datamesh.test:orders:1.0.0");
        assertThat(result.baseline()).hasValue("dev.datamesh.test:orders:1.0.0");
        assertThat(result.reports().get(0).oldFile()).isEqualTo("orders-1.0.0-contracts.zip!/contracts/orders.odcs.yaml");
        // The writer's union has a string that the new reader's union (null, double) lacks.
        assertThat(result.changes()).extracting(Change::ruleId, Change::element).containsExactly(
                org.assertj.core.groups.Tuple.tuple("AVRO-COMPAT-MISSING-UNION-BRANCH", "orders.amount"));
    }

    @Test
    void releaseWithoutBundleWarnsAndPasses() throws Exception {
        resolver = new BaselineResolver() {
            @Override
            public Optional<String> newestReleaseBelow(String groupId, String artifactId, String version) {
                return Optional.of("1.0.0");
            }

            @Override
            public Optional<Path> bundle(String groupId, String artifactId, String version) {
                return Optional.empty();
            }
        };
        write(CONTRACT, ORDERS.formatted("1.0.0", ""));

        assertThat(run(null).failed()).isFalse();
        assertThat(log.visible()).startsWith("WARN The newest release dev.datamesh.test:orders:1.0.0 has no contracts "
                + "bundle (zip, classifier contracts); nothing to compare with. Set <baseline> to a folder of its "
                + "contracts, or release with mesh:bundle.");
    }

    @Test
    void bundleFileAndCoordinatesAreBaselinesToo() throws Exception {
        Path zip = bundle("1.0.0", ORDERS.formatted("1.0.0", NOTE), Map.of());
        Files.copy(zip, base.resolve("old.zip"));
        write(CONTRACT, ORDERS.formatted("1.0.0", NOTE));
        assertThat(run("old.zip").baseline()).hasValue("old.zip");

        resolver = new BaselineResolver() {
            @Override
            public Optional<String> newestReleaseBelow(String groupId, String artifactId, String version) {
                throw new AssertionError("not asked when coordinates are given");
            }

            @Override
            public Optional<Path> bundle(String groupId, String artifactId, String version) {
                return version.equals("1.0.0") ? Optional.of(zip) : Optional.empty();
            }
        };
        assertThat(run("com.acme:orders:1.0.0").baseline()).hasValue("com.acme:orders:1.0.0");
        assertThatThrownBy(() -> run("com.acme:orders:0.9.0")).isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("No contracts bundle com.acme:orders:zip:contracts:0.9.0 in the Maven repositories "
                        + "(named in <baseline> or -Dmesh.baseline): check the coordinates and that this version was "
                        + "released with mesh:bundle.");
    }

    @Test
    void unusableSettingsAreConfigurationErrors() throws Exception {
        write(CONTRACT, ORDERS.formatted("1.0.0", ""));
        assertThatThrownBy(() -> run("src/nowhere")).isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("The baseline 'src/nowhere' (named in <baseline> or -Dmesh.baseline) is neither a file or "
                        + "directory nor groupId:artifactId:version: fix it; relative paths start at " + base + ".");
        assertThatThrownBy(() -> run(null, "COMPAT-PROPERTY-REMOVED")).isInstanceOf(
                InvalidConfigurationException.class).hasMessage("Accepted change 'COMPAT-PROPERTY-REMOVED' in "
                        + "<acceptedChanges> (mesh.acceptedChanges) is not 'RULE-ID element': write the rule id and "
                        + "the element as the report shows them, e.g. <acceptedChange>COMPAT-PROPERTY-REMOVED "
                        + "orders.note</acceptedChange>.");
        avroMode = "sideways";
        assertThatThrownBy(() -> run(null)).isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("Unknown Avro compatibility 'sideways' in <avroCompatibility> (mesh.avroCompatibility): "
                        + "write BACKWARD, FORWARD, FULL or NONE.");
    }

    @Test
    void staleAcceptedChangesAreReported() throws Exception {
        write(BASELINE, ORDERS.formatted("1.0.0", ""));
        write(CONTRACT, ORDERS.formatted("1.0.0", ""));

        CompatibilityResult result = run("src/baseline", "COMPAT-PROPERTY-REMOVED orders.gone, COMPAT-X y");

        assertThat(result.unusedAcceptances()).extracting(Object::toString)
                .containsExactly("COMPAT-PROPERTY-REMOVED orders.gone", "COMPAT-X y");
        assertThat(log.visible()).contains("WARN Accepted change 'COMPAT-PROPERTY-REMOVED orders.gone' in "
                + "<acceptedChanges> matches no breaking change; remove it.");
    }

    private static List<String> avroRules(CompatibilityResult result) {
        return result.changes().map(Change::ruleId).filter(r -> r.startsWith("AVRO-")).toList();
    }

    private CompatibilityResult run(String baseline, String... accepted) throws Exception {
        return command(baseline, accepted).run();
    }

    private CompatibilityCommand command(String baseline, String... accepted) throws Exception {
        log.lines().clear();
        MeshConfiguration config = MeshConfiguration.builder(base).parallelism(1).build();
        CompatibilityCommand.Settings settings = new CompatibilityCommand.Settings(Optional.ofNullable(baseline),
                "dev.datamesh.test", "orders", projectVersion, List.of(accepted), avroMode, Map.of());
        return new CompatibilityCommand(config, settings, resolver, log);
    }

    /** Runs and returns the result whether the check fails or not. */
    private CompatibilityResult runQuietly(String baseline) throws Exception {
        return command(baseline).check();
    }

    private Path bundle(String version, String contract, Map<String, String> generated) throws IOException {
        return bundle(version, "orders.odcs.yaml", contract, generated);
    }

    private Path bundle(String version, String file, String contract, Map<String, String> generated)
            throws IOException {
        Path zip = base.resolve("repo/orders-" + version + "-contracts.zip");
        ContractBundle.of(new ContractBundle.Coordinates("dev.datamesh.test", "orders", version, "test"),
                List.of(new ContractBundle.ContractEntry(file,
                        new ContractLoader().load(contract, file).result().orElseThrow())),
                Map.of(file, contract.getBytes(StandardCharsets.UTF_8)),
                generated.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().getBytes(StandardCharsets.UTF_8))))
                .write(zip, Instant.parse("2026-01-01T00:00:00Z"));
        return zip;
    }

    private String report(String name) throws IOException {
        return Files.readString(base.resolve("target/mesh-reports/" + name));
    }

    private void write(String path, String text) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
