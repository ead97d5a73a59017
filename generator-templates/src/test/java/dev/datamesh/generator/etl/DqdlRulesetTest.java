package dev.datamesh.generator.etl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.GeneratorOptions;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.glue.dqdl.model.DQRule;
import software.amazon.glue.dqdl.model.condition.string.StringBasedCondition;
import software.amazon.glue.dqdl.model.condition.string.StringOperand;

/** The DQDL rules derived from contract constraints and quality rules, read back with AWS's parser. */
class DqdlRulesetTest {

    private final GlueEtlJobGenerator generator = new GlueEtlJobGenerator();

    @Test
    void aTableWithoutConstraintsGetsARuleThatAlwaysHolds() {
        String ruleset = ruleset(EtlTestContracts.withProperties(Map.of("name", "c", "logicalType", "string")));
        assertThat(rulesOf(ruleset)).containsExactly(DqdlRuleset.FALLBACK_RULE);
        assertThat(DqdlCheck.parse(ruleset).getRules()).extracting(DQRule::getRuleType).containsExactly("ColumnCount");
    }

    @Test
    void constraintsOfColumnsBecomeRules() {
        String ruleset = ruleset(EtlTestContracts.withProperties(
                Map.of("name", "id", "logicalType", "string", "required", true, "unique", true),
                Map.of("name", "code", "logicalType", "string", "physicalType", "varchar(5)",
                        "logicalTypeOptions", Map.of("minLength", 2, "maxLength", 9)),
                Map.of("name", "qty", "logicalType", "integer", "required", true,
                        "logicalTypeOptions", Map.of("minimum", 0, "exclusiveMaximum", 100)),
                Map.of("name", "rate", "logicalType", "number",
                        "logicalTypeOptions", Map.of("exclusiveMinimum", true, "minimum", 0.5)),
                Map.of("name", "day", "logicalType", "date",
                        "logicalTypeOptions", Map.of("minimum", "2020-01-01", "maximum", "2030-12-31")),
                Map.of("name", "at", "logicalType", "timestamp",
                        "logicalTypeOptions", Map.of("minimum", "2020-01-01T00:00:00Z"))));
        assertThat(rulesOf(ruleset)).containsExactly(
                "IsComplete \"id\"",
                "IsUnique \"id\"",
                "((ColumnLength \"code\" >= 2) and (ColumnLength \"code\" <= 5)) or (ColumnValues \"code\" = NULL)",
                "IsComplete \"qty\"",
                "(ColumnValues \"qty\" >= 0) and (ColumnValues \"qty\" < 100)",
                "(ColumnValues \"rate\" > 0.5) or (ColumnValues \"rate\" = NULL)",
                "((ColumnValues \"day\" >= \"2020-01-01\") and (ColumnValues \"day\" <= \"2030-12-31\")) or"
                        + " (ColumnValues \"day\" = NULL)");
        assertThat(ruleset).contains("    # not checked: at: minimum / maximum of a timestamp column (DQDL compares"
                + " numbers and dates only)\n");
        assertThat(DqdlCheck.parse(ruleset).getRules()).hasSize(7);
    }

    @Test
    void aCompositePrimaryKeyIsOneRuleAndItsColumnsNeedNoOwnCompleteness() {
        String ruleset = ruleset(EtlTestContracts.withProperties(
                Map.of("name", "b", "logicalType", "string", "required", true, "primaryKey", true,
                        "primaryKeyPosition", 2),
                Map.of("name", "a", "logicalType", "integer", "required", true, "primaryKey", true,
                        "primaryKeyPosition", 1, "unique", true)));
        assertThat(rulesOf(ruleset)).containsExactly("IsPrimaryKey \"a\" \"b\"", "IsUnique \"a\"");
        DQRule key = DqdlCheck.parse(ruleset).getRules().get(0);
        assertThat(key.getParameters()).containsValues("a", "b");
    }

    @Test
    void libraryAndSqlQualityRulesBecomeRules() {
        String ruleset = ruleset(EtlTestContracts.withSchema("""
                  - name: t
                    properties:
                      - name: c
                        logicalType: string
                        quality:
                          - {metric: nullValues, mustBeLessThan: 10}
                          - {metric: nullValues, mustBeBetween: [1, 5], unit: percent}
                          - {metric: missingValues, arguments: {missingValues: [null, "", "N/A"]}, mustBe: 0}
                          - {metric: missingValues, arguments: {missingValues: [null, ""]}, mustBeLessThan: 2,
                             unit: percent}
                          - {metric: missingValues, arguments: {missingValues: ["-"]}, mustBeLessThan: 7}
                          - {metric: invalidValues, arguments: {pattern: "^[a-z]+$"}, mustBe: 0}
                          - {metric: duplicateValues, mustBe: 0}
                          - {metric: duplicateValues, mustBeLessThan: 3}
                          - {type: sql, query: "SELECT COUNT(*) FROM t WHERE ${column} = 'x'", mustBeLessThan: 5}
                          - {metric: rowCount, mustNotBeBetween: [10, 20]}
                          - {type: text, description: Be nice.}
                      - name: n
                        logicalType: integer
                        quality:
                          - {metric: invalidValues, arguments: {validValues: [1, 2, 3]}, mustBe: 0}
                    quality:
                      - {metric: rowCount, mustBeGreaterOrEqualTo: 1000}
                      - {metric: duplicateValues, arguments: {properties: [c, n]}, mustBe: 0}
                      - {metric: nullValues, mustBe: 0}
                      - {type: sql, query: "SELECT COUNT(*) FROM \\"t\\"", mustBeGreaterThan: 0}
                      - {type: sql, query: "SELECT COUNT(*) FROM t WHERE c = \\"x\\"", mustBe: 0}
                """));
        assertThat(rulesOf(ruleset)).containsExactly(
                "CustomSql \"select count(*) from primary where `c` is null\" < 10",
                "(Completeness \"c\" <= 0.99) and (Completeness \"c\" >= 0.95)",
                "ColumnValues \"c\" not in [\"\", \"N/A\", NULL]",
                "ColumnValues \"c\" not in [\"\", NULL] with threshold > 0.98",
                "CustomSql \"select count(*) from primary where (`c` in ('-'))\" < 7",
                "(ColumnValues \"c\" matches \"^[a-z]+$\") or (ColumnValues \"c\" = NULL)",
                "IsUnique \"c\"",
                "CustomSql \"select coalesce(sum(n - 1), 0) from (select count(*) as n from primary group by `c`) t\""
                        + " < 3",
                "CustomSql \"SELECT COUNT(*) FROM primary WHERE `c` = 'x'\" < 5",
                "(RowCount < 10) or (RowCount > 20)",
                "ColumnValues \"n\" in [1, 2, 3, NULL]",
                "RowCount >= 1000",
                "CustomSql \"select coalesce(sum(n - 1), 0) from (select count(*) as n from primary group by `c`,"
                        + " `n`) t\" = 0",
                "CustomSql \"SELECT COUNT(*) FROM primary\" > 0");
        assertThat(ruleset).contains(
                "    # not checked: c: quality 'Be nice.': rules of type text have no DQDL form\n",
                "    # not checked: quality 'nullValues': metric nullValues needs a column (put the rule on a"
                        + " property)\n",
                "    # not checked: quality 'sql': the query has a double quote, a trailing backslash or characters"
                        + " outside printable ASCII, which a DQDL CustomSql statement cannot hold (use single quotes)\n");
        assertThat(DqdlCheck.parse(ruleset).getRules()).hasSize(14);
    }

    static Stream<String> hostilePatterns() {
        return Stream.of(
                "^say \"hi\"$",
                "^a\\\"b$",
                "C:\\\\data\\\\[a-z]+\\.csv",
                "^\\d{3}-\\\\\"$",
                "^[äöü]+ß$",
                "^\uD83D\uDE80 (?:launch|go)$",
                "tab\there",
                "^[^\"\\\\]*$",
                "# not a comment, \"]\" , IsComplete \"x\"",
                "\\Q\"quoted\"\\E",
                "^\\Q\"a\\d\"\\E|\\Qüber\\",
                "\\Q\\");
    }

    @ParameterizedTest
    @MethodSource("hostilePatterns")
    void patternsAreEscapedSoThatGlueMatchesWhatTheContractMeans(String pattern) {
        String ruleset = ruleset(EtlTestContracts.withProperties(Map.of("name", "c", "logicalType", "string",
                "required", true, "logicalTypeOptions", Map.of("pattern", pattern))));
        assertThat(ruleset.chars().allMatch(ch -> ch == '\n' || ch >= 0x20 && ch <= 0x7e)).isTrue();
        List<DQRule> rules = DqdlCheck.parse(ruleset).getRules();
        assertThat(rules).hasSize(2);
        DQRule matches = rules.get(1);
        assertThat(matches.getRuleType()).isEqualTo("ColumnValues");
        assertThat(matches.getParameters()).containsEntry("TargetColumn", "c");
        String regex = ((StringBasedCondition) matches.getCondition()).getOperands().get(0).getOperand();
        Pattern original = Pattern.compile(pattern);
        Pattern parsed = Pattern.compile(regex);
        for (String sample : List.of("say \"hi\"", "say hi", "a\"b", "a\\\"b", "C:\\data\\x.csv", "123-\\\"",
                "äöüß", "\uD83D\uDE80 go", "tab\there", "plain", "q\"x", "# not a comment, \"]\" , IsComplete \"x\"",
                "\"quoted\"", "\"a\\d\"", "über\\", "\\", "")) {
            assertThat(parsed.matcher(sample).find()).as("'" + sample + "' against " + regex)
                    .isEqualTo(original.matcher(sample).find());
        }
    }

    @Test
    void aPatternWithADoubleQuoteIsEscapedForDqdl() {
        String ruleset = ruleset(EtlTestContracts.withProperties(Map.of("name", "c", "logicalType", "string",
                "required", true, "logicalTypeOptions", Map.of("pattern", "^\"[A-Z]+\"$"))));
        assertThat(rulesOf(ruleset)).contains("ColumnValues \"c\" matches \"^\\\"[A-Z]+\\\"$\"");
    }

    @Test
    void aPatternThatIsNoRegexIsReportedNotDropped() {
        String ruleset = ruleset(EtlTestContracts.withProperties(Map.of("name", "c", "logicalType", "string",
                "logicalTypeOptions", Map.of("pattern", "[a-z"))));
        assertThat(ruleset).contains(
                "    # not checked: c: pattern [a-z is no valid regular expression for Spark (Java syntax)\n");
        assertThat(rulesOf(ruleset)).containsExactly(DqdlRuleset.FALLBACK_RULE);
    }

    @Test
    void enumerationValuesKeepQuotesAndBackslashes() {
        List<String> values = List.of("say \"hi\"", "C:\\temp\\", "\\\"", "#x", "]");
        String ruleset = ruleset(EtlTestContracts.withProperties(Map.of("name", "c", "logicalType", "string",
                "required", true, "quality", List.of(Map.of("metric", "invalidValues", "mustBe", 0,
                        "arguments", Map.of("validValues", values))))));
        DQRule rule = DqdlCheck.parse(ruleset).getRules().get(1);
        List<String> parsed = ((StringBasedCondition) rule.getCondition()).getOperands().stream()
                .map(StringOperand::getOperand).toList();
        assertThat(parsed).containsExactlyElementsOf(values);
    }

    @Test
    void enumerationValuesOutsideAsciiBecomeAnExactRegex() {
        List<String> values = List.of("Größe", "a.b", "x|y", "\uD83D\uDE80");
        String ruleset = ruleset(EtlTestContracts.withProperties(Map.of("name", "c", "logicalType", "string",
                "quality", List.of(Map.of("metric", "invalidValues", "mustBe", 0,
                        "arguments", Map.of("validValues", values))))));
        assertThat(rulesOf(ruleset)).containsExactly("(ColumnValues \"c\" matches \"^(?:Gr\\x{f6}\\x{df}e|a\\x{2e}b"
                + "|x\\x{7c}y|\\x{1f680})$\") or (ColumnValues \"c\" = NULL)");
        DQRule rule = DqdlCheck.parse(ruleset).getRules().get(0);
        String regex = ((StringBasedCondition) rule.getNestedRules().get(0).getCondition()).getOperands().get(0)
                .getOperand();
        for (String value : values) {
            assertThat(Pattern.compile(regex).matcher(value).find()).as(value).isTrue();
        }
        for (String other : List.of("Grosse", "axb", "x", "y", "Größe2", "")) {
            assertThat(Pattern.compile(regex).matcher(other).find()).as(other).isFalse();
        }
    }

    @Test
    void theDraftEnumKeywordIsAnEnumerationToo() {
        String ruleset = ruleset(EtlTestContracts.withProperties(Map.of("name", "c", "logicalType", "string",
                "required", true, "enum", List.of("a", "b"))));
        assertThat(rulesOf(ruleset)).containsExactly("IsComplete \"c\"", "ColumnValues \"c\" in [\"a\", \"b\"]");
    }

    @Test
    void qualityRulesOfNestedPropertiesAreReportedNotDropped() {
        String ruleset = ruleset(EtlTestContracts.withProperties(Map.of("name", "s", "logicalType", "object",
                "properties", List.of(Map.of("name", "x", "logicalType", "string",
                        "quality", List.of(Map.of("metric", "nullValues", "mustBe", 0)))))));
        assertThat(ruleset).contains("    # not checked: t.s.x: 1 quality rule(s) of a nested property (DQDL rules"
                + " address top-level columns)\n");
    }

    @Test
    void hostileTextInCommentsStaysOnOneAsciiLine() {
        String ruleset = ruleset(EtlTestContracts.withProperties(Map.of("name", "c", "logicalType", "integer",
                "quality", List.of(Map.of("metric", "nullValues", "mustBe", 0,
                        "description", "evil\n]\nRules = [ IsComplete \"x\" ]\r\n# Größe\tend")))));
        assertThat(ruleset).contains("    # c: quality 'evil ] Rules = [ IsComplete \"x\" ] # Gr??e end'\n");
        assertThat(DqdlCheck.parse(ruleset).getRules()).extracting(DQRule::getRuleType).containsExactly("IsComplete");
    }

    private String ruleset(Contract contract) {
        return generator.generate(contract, GeneratorOptions.DEFAULT).stream()
                .filter(f -> f.path().endsWith("/t.dqdl")).map(GeneratedFile::content).findFirst().orElseThrow();
    }

    /** The rule lines of a ruleset, without indentation, comments and separating commas. */
    static List<String> rulesOf(String ruleset) {
        return ruleset.lines().filter(l -> l.startsWith("    ") && !l.strip().startsWith("#"))
                .map(l -> l.strip().replaceAll(",$", "")).toList();
    }
}
