package dev.datamesh.generator.etl;

import static org.assertj.core.api.Assertions.fail;

import software.amazon.glue.dqdl.exception.InvalidDataQualityRulesetException;
import software.amazon.glue.dqdl.model.DQRuleset;
import software.amazon.glue.dqdl.parser.DQDLParser;

/** Parses rulesets with AWS's own DQDL parser ({@code software.amazon.glue:dqdl}). */
public final class DqdlCheck {

    private DqdlCheck() {}

    public static DQRuleset parse(String ruleset) {
        try {
            return new DQDLParser().parse(ruleset);
        } catch (InvalidDataQualityRulesetException e) {
            return fail("AWS's DQDL parser rejects the ruleset: " + e.getMessage() + "\n" + ruleset);
        }
    }
}
