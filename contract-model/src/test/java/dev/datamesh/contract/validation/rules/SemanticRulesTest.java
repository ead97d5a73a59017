package dev.datamesh.contract.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.SafeYamlLoader;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.ContractReader;
import dev.datamesh.contract.validation.LineEventFormatter;
import dev.datamesh.contract.validation.Rule;
import dev.datamesh.contract.validation.SemanticRules;
import dev.datamesh.contract.validation.TypeMappingRule;
import dev.datamesh.contract.validation.ValidatedResult;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule registry, the hints of the events (fixtures check messages only) and robustness against wrong types. */
class SemanticRulesTest {

    private static final String HEAD = """
            apiVersion: v3.1.0
            kind: DataContract
            id: urn:datacontract:sales:pos
            version: 1.0.0
            status: active
            team:
              name: sales-data
            """;

    @Test
    void registersEveryRuleOnceWithAStableIdPrefix() {
        List<Rule> rules = SemanticRules.all();
        assertThat(rules).hasSize(20).hasAtLeastOneElementOfType(TypeMappingRule.class);
        assertThat(rules.stream().map(Rule::id).toList()).doesNotHaveDuplicates()
                .allMatch(id -> id.startsWith("ODCS-") || id.startsWith("GLUE-"));
        assertThat(rules.stream().map(r -> r.getClass()).distinct().count()).isEqualTo(rules.size());
    }

    @Test
    void primaryKeyHintNamesTheKeyToAdd() {
        assertThat(formatted(HEAD + """
                schema:
                  - name: pos_sales
                    properties:
                      - name: sale_id
                        logicalType: string
                        primaryKey: true
                      - name: store_id
                        logicalType: string
                        required: false
                        primaryKey: true
                        primaryKeyPosition: 2
                """)).containsExactly("""
                pos.odcs.yaml:13:9: warning [ODCS-KEY-POSITION-MISSING] Primary key of 'pos_sales' has 2 properties, \
                but 'sale_id' has no primaryKeyPosition; keys without a position follow in contract order.
                  hint: number the primary key properties of 'pos_sales' 1 to 2, each once, with 'primaryKeyPosition'.""", """
                pos.odcs.yaml:13:9: warning [ODCS-PK-REQUIRED] Primary key 'sale_id' is not required.
                  hint: add 'required: true' to property 'sale_id'.""", """
                pos.odcs.yaml:16:9: warning [ODCS-PK-REQUIRED] Primary key 'store_id' is not required.
                  hint: set 'required: true' on property 'store_id'.""");
    }

    @Test
    void glueNameHintsProposeTheLowerCaseName() {
        assertThat(formatted(HEAD + """
                servers:
                  - server: prod
                    type: glue
                    account: "123456789012"
                    database: Sales-POS
                schema:
                  - name: POS_Sales
                    properties:
                      - name: unit price
                        physicalName: Unit Price
                        logicalType: number
                """)).containsExactly("""
                pos.odcs.yaml:12:15: error [GLUE-NAME] Database name 'Sales-POS' is not a valid Glue name: only \
                letters, digits and '_' are allowed.
                  hint: change 'database' to 'sales_pos' or another name of lower-case letters, digits and '_'.""", """
                pos.odcs.yaml:14:11: note [GLUE-NAME-CASE] Table name 'POS_Sales' is stored by Glue in lower case, \
                as 'pos_sales'.
                  hint: add 'physicalName: pos_sales' to make the Glue name explicit.""", """
                pos.odcs.yaml:17:23: error [GLUE-NAME] Column name 'Unit Price' is not a valid Glue name: only \
                letters, digits and '_' are allowed.
                  hint: change 'physicalName' to 'unit_price' or another name of lower-case letters, digits and '_'.""");
    }

    @Test
    void versionHintCompletesAPartialVersion() {
        assertThat(formatted(HEAD.replace("version: 1.0.0", "version: \"v2.1\"") + """
                schema:
                  - name: pos_sales
                    properties:
                      - name: sale_id
                        logicalType: string
                """)).containsExactly("""
                pos.odcs.yaml:4:10: error [ODCS-VERSION-SEMVER] Version 'v2.1' is not a semantic version.
                  hint: write 'version:' as MAJOR.MINOR.PATCH, e.g. 'version: 2.1.0'.""");
    }

    @Test
    void wrongTypesEverywhereNeverCrashARule() {
        // Every value has a type the JSON Schema layer rejects; the rules must skip them quietly.
        List<String> events = formatted("""
                apiVersion: v3.1.0
                kind: DataContract
                id: urn:datacontract:sales:pos
                version: [1, 0]
                status: active
                team: sales-data
                servers:
                  - just a string
                  - type: glue
                    database: {name: sales}
                schema:
                  - name: pos_sales
                    properties: 5
                    relationships:
                      - from: {table: pos_sales}
                        to: [1, 2]
                    quality:
                      - metric: duplicateValues
                        arguments: {properties: {a: 1}}
                  - 42
                  - properties:
                      - logicalType: string
                        primaryKey: true
                        primaryKeyPosition: first
                      - name: [a]
                        partitioned: yes
                slaProperties:
                  - property: latency
                    element: [pos_sales]
                  - property: retention
                    element: 7
                """);
        // Only what is still meaningful: a glue server whose database is no name, and (TypeResolver's) a nameless
        // property without logicalType.
        assertThat(events).containsExactly("""
                pos.odcs.yaml:10:15: error [GLUE-SERVER-DATABASE] Glue server names no database.
                  hint: set 'database:' to the Glue database the tables belong to (lower case a-z, 0-9 and _).""", """
                pos.odcs.yaml:25:15: warning [ODCS-LOGICAL-TYPE-MISSING] Property '' has no logicalType; it is read \
                as a string.
                  hint: add 'logicalType:' (string, integer, number, boolean, date, timestamp, time, array or object).""");
    }

    private static List<String> formatted(String yaml) {
        MapNode root = (MapNode) new SafeYamlLoader().load(yaml, "pos.odcs.yaml").unwrap();
        Contract contract = ContractReader.read(root, "pos.odcs.yaml");
        List<ValidationEvent> events = new ArrayList<>();
        for (Rule rule : SemanticRules.all()) {
            events.addAll(rule.validate(contract));
        }
        return ValidatedResult.of(contract, events).events().stream().map(LineEventFormatter::format).toList();
    }
}
