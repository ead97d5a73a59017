package dev.datamesh.contract.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeySuggestionsTest {

    private static final List<String> KEYS = List.of("name", "physicalType", "physicalName", "primaryKey",
            "primaryKeyPosition", "logicalTypeOptions", "required");

    @Test
    void findsTyposCaseAndSeparatorVariants() {
        assertThat(KeySuggestions.closest("physcalType", KEYS)).hasValue("physicalType");
        assertThat(KeySuggestions.closest("PhysicalType", KEYS)).hasValue("physicalType");
        assertThat(KeySuggestions.closest("primary_key", KEYS)).hasValue("primaryKey");
        assertThat(KeySuggestions.closest("requird", KEYS)).hasValue("required");
    }

    @Test
    void findsAKeyTheWordAbbreviates() {
        assertThat(KeySuggestions.closest("logicalTypeOpt", KEYS)).hasValue("logicalTypeOptions");
    }

    @Test
    void suggestsNothingForUnrelatedWords() {
        assertThat(KeySuggestions.closest("owner", KEYS)).isEmpty();
        assertThat(KeySuggestions.closest("id", KEYS)).isEmpty();
        assertThat(KeySuggestions.closest("x", List.of())).isEmpty();
    }

    @Test
    void distanceIsLevenshtein() {
        assertThat(KeySuggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(KeySuggestions.distance("", "abc")).isEqualTo(3);
        assertThat(KeySuggestions.distance("same", "same")).isZero();
    }
}
