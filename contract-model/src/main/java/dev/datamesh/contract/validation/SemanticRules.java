package dev.datamesh.contract.validation;

import java.util.List;

/** The semantic rules (validation layer 2), in the order they run. */
public final class SemanticRules {

    private SemanticRules() {}

    /** Every built-in rule. */
    public static List<Rule> all() {
        return List.of(new TypeMappingRule());
    }
}
