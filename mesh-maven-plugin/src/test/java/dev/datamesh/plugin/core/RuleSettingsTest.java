package dev.datamesh.plugin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.datamesh.contract.validation.RuleConfig;
import dev.datamesh.contract.validation.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleSettingsTest {

    @Test
    void ignoredRulesAcceptListsCommaSeparatedValuesAndAnyCase() throws Exception {
        RuleConfig config = RuleSettings.toRuleConfig(
                List.of("GLUE-NAME-CASE, odcs-team-missing", " ODCS-PK-REQUIRED ", "", " , "), Map.of());

        assertThat(config.ignored()).containsExactlyInAnyOrder("GLUE-NAME-CASE", "ODCS-TEAM-MISSING",
                "ODCS-PK-REQUIRED");
        assertThat(config.severities()).isEmpty();
    }

    @Test
    void ruleSeveritiesMapToSeverities() throws Exception {
        Map<String, String> severities = new LinkedHashMap<>();
        severities.put("ODCS-PK-REQUIRED", "error");
        severities.put("odcs-logical-type-missing", " WARNING ");
        severities.put("GLUE-NAME", "Note");

        RuleConfig config = RuleSettings.toRuleConfig(List.of(), severities);

        assertThat(config.severities()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ODCS-PK-REQUIRED", Severity.ERROR,
                "ODCS-LOGICAL-TYPE-MISSING", Severity.WARNING,
                "GLUE-NAME", Severity.NOTE));
    }

    @Test
    void anUnknownSeverityNamesThePomElement() {
        assertThatThrownBy(() -> RuleSettings.toRuleConfig(List.of(), Map.of("ODCS-PK-REQUIRED", "fatal")))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                    assertThat(e.setting()).isEqualTo("<ruleSeverities><ODCS-PK-REQUIRED>");
                    assertThat(e.value()).isEqualTo("fatal");
                })
                .hasMessage("Unknown severity 'fatal' in <ruleSeverities><ODCS-PK-REQUIRED>: write note, warning"
                        + " or error, e.g. <ruleSeverities><ODCS-PK-REQUIRED>error</ODCS-PK-REQUIRED>.");
    }

    @Test
    void anEmptySeverityIsAnError() {
        Map<String, String> severities = new LinkedHashMap<>();
        severities.put("GLUE-NAME", null);

        assertThatThrownBy(() -> RuleSettings.toRuleConfig(List.of(), severities))
                .hasMessageStartingWith("Unknown severity '' in <ruleSeverities><GLUE-NAME>:");
    }
}
