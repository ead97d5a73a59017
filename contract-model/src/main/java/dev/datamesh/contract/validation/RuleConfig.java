package dev.datamesh.contract.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Per-rule configuration from the pom: ids to ignore and ids whose severity changes. An id also matches its
 * sub-ids: ignoring {@code GLUE-NAME} ignores {@code GLUE-NAME-LENGTH}.
 */
public final class RuleConfig {

    public static final RuleConfig DEFAULT = new RuleConfig(Set.of(), Map.of());

    private final Set<String> ignored;
    private final Map<String, Severity> severities;

    public RuleConfig(Set<String> ignored, Map<String, Severity> severities) {
        this.ignored = Set.copyOf(new TreeSet<>(Objects.requireNonNull(ignored, "ignored == null")));
        this.severities = Map.copyOf(new TreeMap<>(Objects.requireNonNull(severities, "severities == null")));
    }

    public Set<String> ignored() {
        return ignored;
    }

    public Map<String, Severity> severities() {
        return severities;
    }

    /** Applies the configuration: drops ignored events, re-grades the others. */
    public List<ValidationEvent> apply(List<ValidationEvent> events) {
        List<ValidationEvent> result = new ArrayList<>(events.size());
        for (ValidationEvent event : events) {
            if (matches(ignored, event.ruleId())) {
                continue;
            }
            Severity severity = lookup(event.ruleId());
            result.add(severity == null ? event : event.withSeverity(severity));
        }
        return result;
    }

    private Severity lookup(String ruleId) {
        // The most specific configured id wins: GLUE-NAME-LENGTH before GLUE-NAME.
        String id = ruleId;
        while (true) {
            Severity severity = severities.get(id);
            if (severity != null) {
                return severity;
            }
            int dash = id.lastIndexOf('-');
            if (dash <= 0) {
                return null;
            }
            id = id.substring(0, dash);
        }
    }

    private static boolean matches(Set<String> ids, String ruleId) {
        for (String id : ids) {
            if (ruleId.equals(id) || ruleId.startsWith(id + "-")) {
                return true;
            }
        }
        return false;
    }
}
