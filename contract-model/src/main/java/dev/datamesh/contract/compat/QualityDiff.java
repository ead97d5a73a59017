package dev.datamesh.contract.compat;

import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.model.QualityRule;
import dev.datamesh.contract.model.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares the {@code quality} rules of a table or property, matched by {@code name} (unnamed rules by position).
 * The allowed values of an {@code invalidValues} rule are left out: {@link AllowedValues} compares them.
 */
final class QualityDiff {

    private QualityDiff() {}

    static void compare(List<QualityRule> before, List<QualityRule> after, MapNode beforeParent,
            MapNode afterParent, String table, String element, String owner, ChangeCollector out) {
        Map<String, QualityRule> b = byKey(before);
        Map<String, QualityRule> a = byKey(after);
        for (Map.Entry<String, QualityRule> entry : b.entrySet()) {
            QualityRule old = entry.getValue();
            QualityRule current = a.get(entry.getKey());
            if (current == null) {
                if (AllowedValues.definesValues(old)) {
                    continue; // AllowedValues reports the values that are no longer restricted.
                }
                out.add(CompatibilityRules.QUALITY_CHANGED, table, element, old.sourceLocation(),
                        afterParent.keyLocation("quality"), label(entry.getKey()) + " of " + owner + " was removed.");
            } else if (!Objects.equals(comparable(old), comparable(current))) {
                out.add(CompatibilityRules.QUALITY_CHANGED, table, element, old.sourceLocation(),
                        current.sourceLocation(), label(entry.getKey()) + " of " + owner + " changed.");
            }
        }
        for (Map.Entry<String, QualityRule> entry : a.entrySet()) {
            if (!b.containsKey(entry.getKey()) && !AllowedValues.definesValues(entry.getValue())) {
                SourceLocation where = entry.getValue().sourceLocation();
                out.add(CompatibilityRules.QUALITY_CHANGED, table, element, beforeParent.keyLocation("quality"), where,
                        label(entry.getKey()) + " of " + owner + " was added.");
            }
        }
    }

    /** Rules by name; unnamed rules by their 1-based position, written {@code #2}. */
    private static Map<String, QualityRule> byKey(List<QualityRule> rules) {
        Map<String, QualityRule> keyed = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            QualityRule rule = rules.get(i);
            keyed.putIfAbsent(rule.name().orElse("#" + (i + 1)), rule);
        }
        return keyed;
    }

    private static String label(String key) {
        return key.startsWith("#") ? "Quality rule " + key : "Quality rule " + Texts.quote(key);
    }

    /** The rule's plain form, without the allowed values that {@link AllowedValues} compares. */
    private static Object comparable(QualityRule rule) {
        if (!AllowedValues.definesValues(rule)) {
            return rule.node().toPlain();
        }
        Map<String, Object> plain = new LinkedHashMap<>();
        for (MapNode.Entry entry : rule.node().entries().values()) {
            plain.put(entry.key(), entry.value().toPlain());
        }
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (MapNode.Entry entry : rule.arguments().orElseThrow().entries().values()) {
            if (!entry.key().equals("validValues")) {
                arguments.put(entry.key(), entry.value().toPlain());
            }
        }
        plain.put("arguments", arguments);
        return plain;
    }
}
