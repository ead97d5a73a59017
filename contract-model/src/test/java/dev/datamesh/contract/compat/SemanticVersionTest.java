package dev.datamesh.contract.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing, precedence and the next versions of Semantic Versioning 2.0.0. */
class SemanticVersionTest {

    @Test
    void parsesEveryPart() {
        SemanticVersion version = SemanticVersion.parse("1.2.3-rc.1+build.7").orElseThrow();
        assertThat(version.major()).isEqualTo(1);
        assertThat(version.minor()).isEqualTo(2);
        assertThat(version.patch()).isEqualTo(3);
        assertThat(version.preRelease()).containsExactly("rc", "1");
        assertThat(version.build()).isEqualTo("build.7");
        assertThat(version).hasToString("1.2.3-rc.1+build.7");
        assertThat(version.release()).hasToString("1.2.3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1.0", "v1.0.0", "01.0.0", "1.0.0-", "1.0.0-01", "1.0.0+", "1.0.0-a..b", "1.0.0 beta",
        "", "1.0.0-alpha_beta", "99999999999999999999.0.0"})
    void rejectsWhatIsNoSemanticVersion(String text) {
        assertThat(SemanticVersion.parse(text)).isEmpty();
    }

    @Test
    void rejectsNull() {
        assertThat(SemanticVersion.parse(null)).isEqualTo(Optional.empty());
    }

    @Test
    void ordersByPrecedenceAsTheSpecificationDoes() {
        // The example chain of semver.org, item 11, plus numeric parts that compare as numbers.
        List<String> ordered = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.2.0", "1.10.0", "2.0.0",
                "10.0.0");
        List<SemanticVersion> shuffled = new ArrayList<>(ordered.stream()
                .map(v -> SemanticVersion.parse(v).orElseThrow()).toList());
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertThat(shuffled).extracting(SemanticVersion::toString).containsExactlyElementsOf(ordered);
    }

    @Test
    void ignoresBuildMetadataForPrecedence() {
        SemanticVersion a = SemanticVersion.parse("1.0.0+a").orElseThrow();
        SemanticVersion b = SemanticVersion.parse("1.0.0+b").orElseThrow();
        assertThat(a.compareTo(b)).isZero();
        assertThat(a).isNotEqualTo(b);
    }

    @ParameterizedTest(name = "{0}: major {1}, minor {2}, patch {3}")
    @CsvSource({
        "1.2.3,        2.0.0, 1.3.0, 1.2.4",
        "0.1.0,        1.0.0, 0.2.0, 0.1.1",
        "2.0.0-rc.1,   2.0.0, 2.0.0, 2.0.0",
        "1.3.0-beta,   2.0.0, 1.3.0, 1.3.0",
        "1.2.4-beta,   2.0.0, 1.3.0, 1.2.4",
        "1.2.3+b9,     2.0.0, 1.3.0, 1.2.4"})
    void nextVersions(String version, String major, String minor, String patch) {
        SemanticVersion v = SemanticVersion.parse(version).orElseThrow();
        assertThat(v.nextMajor()).hasToString(major);
        assertThat(v.nextMinor()).hasToString(minor);
        assertThat(v.nextPatch()).hasToString(patch);
    }

    @ParameterizedTest(name = "{0} satisfies {1}: {2}")
    @CsvSource({
        "2.0.0,        2.0.0, true",
        "2.1.0,        2.0.0, true",
        "3.0.0,        2.0.0, true",
        "2.0.0-rc.1,   2.0.0, true",
        "2.0.0+b1,     2.0.0, true",
        "1.9.9,        2.0.0, false",
        "1.3.0-rc.1,   2.0.0, false",
        "2.0.1-rc.1,   2.0.0, true",
        "1.0.0,        1.0.1, false"})
    void satisfiesTheRequiredVersionOrIsItsPreRelease(String version, String required, boolean expected) {
        assertThat(SemanticVersion.parse(version).orElseThrow()
                .satisfies(SemanticVersion.parse(required).orElseThrow())).isEqualTo(expected);
    }
}
