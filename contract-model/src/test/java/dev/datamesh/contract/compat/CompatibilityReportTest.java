package dev.datamesh.contract.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.model.SourceLocation;
import dev.datamesh.contract.validation.ValidationEvent;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Acceptance, folding in findings of other comparisons, events and renderings of a report. */
class CompatibilityReportTest {

    private static final AcceptedChange WEIGHT_REQUIRED =
            new AcceptedChange("COMPAT-REQUIRED-ADDED", "orders.weight_kg");

    @Test
    void aBreakingChangeWithoutMajorVersionFails() {
        CompatibilityReport report = compare("version-too-low");
        assertThat(report.failed()).isTrue();
        assertThat(report.failingChanges()).extracting(Change::key).containsExactly(WEIGHT_REQUIRED);
        assertThat(report.versionCheck().status()).isEqualTo(VersionCheck.Status.TOO_LOW);
    }

    @Test
    void aListedChangeIsAcceptedAndNeedsOnlyAMinorVersion() {
        CompatibilityReport report = compare("version-too-low");
        CompatibilityReport accepted = report.accept(Set.of(WEIGHT_REQUIRED));
        assertThat(accepted.failed()).isFalse();
        assertThat(accepted.changes()).extracting(Change::acceptance).containsExactly(Acceptance.LISTED);
        assertThat(accepted.versionCheck().required()).hasValueSatisfying(v -> assertThat(v).hasToString("1.1.0"));
        assertThat(accepted.unusedAcceptances()).isEmpty();
        // accept is a pure function: the first report is unchanged.
        assertThat(report.failed()).isTrue();
        assertThat(report.changes()).extracting(Change::acceptance).containsExactly(Acceptance.NONE);
        // and accepting nothing again gives the first report back.
        assertThat(accepted.accept(Set.of()).failed()).isTrue();
    }

    @Test
    void anAcceptanceMustNameTheRuleAndTheElement() {
        AcceptedChange otherElement = new AcceptedChange("COMPAT-REQUIRED-ADDED", "orders.quantity");
        AcceptedChange otherRule = new AcceptedChange("COMPAT-TYPE-CHANGED", "orders.weight_kg");
        CompatibilityReport report = compare("version-too-low").accept(Set.of(otherRule, otherElement));
        assertThat(report.failed()).isTrue();
        assertThat(report.unusedAcceptances()).containsExactly(otherElement, otherRule);
    }

    @Test
    void aMajorVersionAcceptsEveryBreakingChange() {
        CompatibilityReport report = compare("multiple-changes");
        assertThat(report.failed()).isFalse();
        assertThat(report.changes(ChangeKind.BREAKING)).extracting(Change::acceptance)
                .containsOnly(Acceptance.MAJOR_VERSION);
        assertThat(report.changes(ChangeKind.NON_BREAKING)).extracting(Change::acceptance)
                .containsOnly(Acceptance.NONE);
    }

    @Test
    void findingsOfOtherComparisonsFoldIn() {
        CompatibilityReport report = compare("sla-changed");
        assertThat(report.failed()).isFalse();
        Change avro = new Change(ChangeSource.AVRO, "AVRO-READER-FIELD-MISSING", ChangeKind.BREAKING, false,
                "orders", "orders.weight_kg", new SourceLocation("orders.avsc", 12, 5),
                new SourceLocation("orders.avsc", 12, 5), "Field 'weight_kg' has no default.", Acceptance.NONE);
        CompatibilityReport folded = report.withChanges(List.of(avro));
        assertThat(folded.failed()).isTrue();
        assertThat(folded.versionCheck().required()).hasValueSatisfying(v -> assertThat(v).hasToString("2.0.0"));
        assertThat(folded.changes()).extracting(Change::ruleId)
                .containsExactly("COMPAT-METADATA-CHANGED", "AVRO-READER-FIELD-MISSING");
        // Accepted by listing, it no longer needs a major version, but still a minor one: 1.0.1 is too low.
        CompatibilityReport accepted =
                folded.accept(Set.of(new AcceptedChange("AVRO-READER-FIELD-MISSING", "orders.weight_kg")));
        assertThat(accepted.failingChanges()).isEmpty();
        assertThat(accepted.versionCheck().required()).hasValueSatisfying(v -> assertThat(v).hasToString("1.1.0"));
        assertThat(accepted.failed()).isTrue();
    }

    @Test
    void eventsSayWhatWhereAndHowToFix() {
        List<String> events = compare("version-too-low").events().stream().map(ValidationEvent::toString).toList();
        assertThat(events).containsExactly("""
                new.odcs.yaml:5:10: error [COMPAT-VERSION] Version 1.1.0 is lower than 2.0.0, which the breaking \
                changes since 1.0.0 require.
                  hint: set 'version: 2.0.0' (or higher).""", """
                new.odcs.yaml:73:19: error [COMPAT-REQUIRED-ADDED] Property 'orders.weight_kg' became required.
                  hint: release a new major version ('version: 2.0.0'), or accept it on purpose with \
                'COMPAT-REQUIRED-ADDED orders.weight_kg'.""");
    }

    @Test
    void addedEnumValuesAreWarningsAndOtherChangesNotes() {
        assertThat(compare("valid-values-added").events()).extracting(ValidationEvent::toString).containsExactly("""
                new.odcs.yaml:86:15: warning [COMPAT-ENUM-ADDED] Values added to property 'orders.channel': \
                'store'; consumers that handle every value need a case for them.
                  hint: check that consumers handle the new values before releasing.""");
        assertThat(compare("sla-changed").events()).extracting(ValidationEvent::toString).containsExactly(
                "new.odcs.yaml:18:1: note [COMPAT-METADATA-CHANGED] 'slaProperties' changed.");
    }

    @Test
    void versionEventsForVersionsThatAreNoSemver() {
        assertThat(compare("version-not-semver").events()).extracting(ValidationEvent::toString).containsExactly("""
                new.odcs.yaml:5:10: error [COMPAT-VERSION] Version 'v2' is not a semantic version \
                (MAJOR.MINOR.PATCH), so it cannot be checked.
                  hint: set 'version: 1.0.0' (or higher).""");
        assertThat(compare("version-lower-than-baseline").events()).extracting(ValidationEvent::toString)
                .containsExactly("""
                        new.odcs.yaml:5:10: error [COMPAT-VERSION] Version 0.9.0 is lower than 1.0.0, which is the \
                        baseline version.
                          hint: set 'version: 1.0.0' (or higher).""");
    }

    @Test
    void textRendering() {
        assertThat(CompatibilityTextRenderer.render(compare("version-too-low"))).isEqualTo("""
                Compatibility of new.odcs.yaml with old.odcs.yaml: FAILED
                Version 1.0.0 -> 1.1.0, required 2.0.0 or higher: too low
                Breaking changes (1):
                  [COMPAT-REQUIRED-ADDED] orders.weight_kg: Property 'orders.weight_kg' became required.
                      old old.odcs.yaml:70:9, new new.odcs.yaml:73:19
                """);
        assertThat(CompatibilityTextRenderer.render(compare("multiple-changes"))).isEqualTo("""
                Compatibility of new.odcs.yaml with old.odcs.yaml: passed
                Version 1.0.0 -> 2.0.0, required 2.0.0 or higher: ok
                Breaking changes (3):
                  [COMPAT-CONSTRAINT-TIGHTENED] orders.coupon_code: Maximum length of property \
                'orders.coupon_code' lowered from 20 to 10. (accepted: major version)
                      old old.odcs.yaml:92:22, new new.odcs.yaml:92:22
                  [COMPAT-PROPERTY-RENAMED] orders.store_id: Property 'orders.store_id' was renamed to \
                'orders.shop_id'. (accepted: major version)
                      old old.odcs.yaml:55:15, new new.odcs.yaml:55:15
                  [COMPAT-TABLE-REMOVED] products: Table 'products' was removed. (accepted: major version)
                      old old.odcs.yaml:111:11, new new.odcs.yaml:34:1
                Non-breaking changes (1):
                  [COMPAT-PROPERTY-ADDED] orders.gift_note: Optional property 'orders.gift_note' was added.
                      old old.odcs.yaml:39:5, new new.odcs.yaml:106:15
                Patch-level changes (1):
                  [COMPAT-METADATA-CHANGED] slaProperties: 'slaProperties' changed.
                      old old.odcs.yaml:18:1, new new.odcs.yaml:18:1
                """);
        assertThat(CompatibilityTextRenderer.render(compare("no-change"))).isEqualTo("""
                Compatibility of new.odcs.yaml with old.odcs.yaml: passed
                Version 1.0.0 -> 1.0.0, required 1.0.0 or higher: ok
                No changes.
                """);
    }

    @Test
    void markdownChangelog() {
        assertThat(CompatibilityMarkdownRenderer.render(compare("multiple-changes"))).isEqualTo("""
                ## urn:datacontract:sales:orders 2.0.0

                Changes since 1.0.0. They require version 2.0.0 or higher.

                ### Breaking changes

                - `orders.coupon_code`: Maximum length of property 'orders.coupon\\_code' lowered from 20 to 10. \
                (COMPAT-CONSTRAINT-TIGHTENED) (accepted: major version)
                - `orders.store_id`: Property 'orders.store\\_id' was renamed to 'orders.shop\\_id'. \
                (COMPAT-PROPERTY-RENAMED) (accepted: major version)
                - `products`: Table 'products' was removed. (COMPAT-TABLE-REMOVED) (accepted: major version)

                ### Non-breaking changes

                - `orders.gift_note`: Optional property 'orders.gift\\_note' was added. (COMPAT-PROPERTY-ADDED)

                ### Patch-level changes

                - `slaProperties`: 'slaProperties' changed. (COMPAT-METADATA-CHANGED)
                """);
        assertThat(CompatibilityMarkdownRenderer.render(compare("valid-values-added"))).contains(
                "- **Warning:** `orders.channel`: Values added to property 'orders.channel': 'store'; consumers");
    }

    @Test
    void markdownEscapesUserText() {
        assertThat(CompatibilityMarkdownRenderer.escape("<script>*x*</script> [a](b) `c` | d_e\nf"))
                .isEqualTo("\\<script\\>\\*x\\*\\</script\\> \\[a\\](b) \\`c\\` \\| d\\_e f");
        assertThat(CompatibilityMarkdownRenderer.code("a`b")).isEqualTo("``a`b``");
        assertThat(CompatibilityMarkdownRenderer.code("`x")).isEqualTo("`` `x ``");
    }

    @Test
    void acceptedChangesParseFromText() {
        assertThat(AcceptedChange.parse(" COMPAT-PROPERTY-REMOVED  pos_transactions.net_amount "))
                .contains(new AcceptedChange("COMPAT-PROPERTY-REMOVED", "pos_transactions.net_amount"));
        assertThat(AcceptedChange.parse("COMPAT-SERVER-CHANGED servers.glue prod"))
                .contains(new AcceptedChange("COMPAT-SERVER-CHANGED", "servers.glue prod"));
        assertThat(AcceptedChange.parse("COMPAT-PROPERTY-REMOVED")).isEqualTo(Optional.empty());
        assertThat(new AcceptedChange("COMPAT-TABLE-REMOVED", "products")).hasToString("COMPAT-TABLE-REMOVED products");
    }

    private static CompatibilityReport compare(String name) {
        Path dir = root().resolve(name);
        return ContractComparator.compare(CompatibilityFixtureTest.load(dir, "old.odcs.yaml"),
                CompatibilityFixtureTest.load(dir, "new.odcs.yaml"));
    }

    private static Path root() {
        try {
            return Path.of(CompatibilityReportTest.class.getResource("/compat").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
