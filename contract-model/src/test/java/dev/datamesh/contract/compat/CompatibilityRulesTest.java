package dev.datamesh.contract.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule catalogue: stable ids, one kind each, and the one warning rule. */
class CompatibilityRulesTest {

    @Test
    void idsAreUniqueAndPrefixed() {
        List<String> ids = CompatibilityRules.all().stream().map(CompatibilityRule::id).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("COMPAT-[A-Z]+(-[A-Z]+)*"));
        assertThat(ids).hasSize(30);
    }

    @Test
    void findsRulesById() {
        assertThat(CompatibilityRules.find("COMPAT-TYPE-WIDENED")).contains(CompatibilityRules.TYPE_WIDENED);
        assertThat(CompatibilityRules.find("COMPAT-NOPE")).isEmpty();
    }

    @Test
    void onlyAddedEnumValuesWarn() {
        assertThat(CompatibilityRules.all().stream().filter(CompatibilityRule::warning))
                .containsExactly(CompatibilityRules.ENUM_ADDED);
        assertThat(CompatibilityRules.ENUM_ADDED.kind()).isEqualTo(ChangeKind.NON_BREAKING);
    }

    @Test
    void kindsFollowTheIssue() {
        assertThat(CompatibilityRules.all().stream().filter(r -> r.kind() == ChangeKind.PATCH))
                .containsExactly(CompatibilityRules.DESCRIPTION_CHANGED, CompatibilityRules.METADATA_CHANGED);
        assertThat(CompatibilityRules.all().stream().filter(r -> r.kind() == ChangeKind.NON_BREAKING))
                .containsExactly(CompatibilityRules.SERVER_ADDED, CompatibilityRules.TABLE_ADDED,
                        CompatibilityRules.PROPERTY_ADDED, CompatibilityRules.TYPE_WIDENED,
                        CompatibilityRules.ENUM_ADDED, CompatibilityRules.CONSTRAINT_LOOSENED,
                        CompatibilityRules.QUALITY_CHANGED);
    }
}
