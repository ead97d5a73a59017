package dev.datamesh.plugin.core;

import dev.datamesh.contract.validation.RuleConfig;
import dev.datamesh.contract.validation.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the rule settings of a pom ({@code <ignoredRules>}, {@code <ruleSeverities>}) into a {@link RuleConfig}.
 *
 * <p>Rule ids are trimmed and upper-cased; an ignored-rules entry may itself be a comma-separated list, so
 * {@code <ignoredRules>A,B</ignoredRules>}, a list of elements and {@code -Dmesh.ignoredRules=A,B} all work.
 */
public final class RuleSettings {

    /** The POM element of ignored rules. */
    public static final String IGNORED_RULES = "ignoredRules";
    /** The POM element of re-graded rules. */
    public static final String RULE_SEVERITIES = "ruleSeverities";

    private RuleSettings() {}

    public static RuleConfig toRuleConfig(List<String> ignoredRules, Map<String, String> ruleSeverities)
            throws InvalidConfigurationException {
        Set<String> ignored = new TreeSet<>();
        for (String entry : ignoredRules) {
            for (String id : entry.split(",")) {
                if (!id.isBlank()) {
                    ignored.add(ruleId(id));
                }
            }
        }
        Map<String, Severity> severities = new TreeMap<>();
        for (Map.Entry<String, String> entry : ruleSeverities.entrySet()) {
            String id = ruleId(entry.getKey());
            String word = entry.getValue() == null ? "" : entry.getValue().trim();
            severities.put(id, severity(entry.getKey().trim(), word));
        }
        return new RuleConfig(ignored, severities);
    }

    private static String ruleId(String id) {
        return id.trim().toUpperCase(Locale.ROOT);
    }

    private static Severity severity(String element, String word) throws InvalidConfigurationException {
        for (Severity severity : Severity.values()) {
            if (severity.label().equalsIgnoreCase(word)) {
                return severity;
            }
        }
        String setting = "<" + RULE_SEVERITIES + "><" + element + ">";
        throw new InvalidConfigurationException(setting, word, "Unknown severity '" + word + "' in " + setting
                + ": write note, warning or error, e.g. " + setting + "error</" + element + ">.");
    }
}
