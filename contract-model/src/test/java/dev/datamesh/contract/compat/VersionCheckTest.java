package dev.datamesh.contract.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.model.SourceLocation;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The semantic version rule: which version the changes require, and whether the new version complies. */
class VersionCheckTest {

    private static final SourceLocation HERE = new SourceLocation("new.odcs.yaml", 5, 10);

    @ParameterizedTest(name = "{0} -> {2} with {1}: required {3}, {4}")
    @CsvSource(nullValues = "-", value = {
        // old,      level,        new,          required, status
        "1.2.3,      -,            1.2.3,        1.2.3,    OK",
        "1.2.3,      -,            1.2.2,        1.2.3,    TOO_LOW",
        "1.2.3,      PATCH,        1.2.3,        1.2.4,    TOO_LOW",
        "1.2.3,      PATCH,        1.2.4,        1.2.4,    OK",
        "1.2.3,      PATCH,        2.0.0,        1.2.4,    OK",
        "1.2.3,      NON_BREAKING, 1.2.4,        1.3.0,    TOO_LOW",
        "1.2.3,      NON_BREAKING, 1.3.0,        1.3.0,    OK",
        "1.2.3,      NON_BREAKING, 1.3.0-rc.1,   1.3.0,    OK",
        "1.2.3,      BREAKING,     1.3.0,        2.0.0,    TOO_LOW",
        "1.2.3,      BREAKING,     2.0.0,        2.0.0,    OK",
        "1.2.3,      BREAKING,     2.0.0-rc.1,   2.0.0,    OK",
        "1.2.3,      BREAKING,     1.99.0-rc.1,  2.0.0,    TOO_LOW",
        "2.0.0-rc.1, BREAKING,     2.0.0-rc.2,   2.0.0,    OK",
        "2.0.0-rc.2, BREAKING,     2.0.0-rc.1,   2.0.0,    OK",
        "1.2.3,      BREAKING,     v2,           2.0.0,    NEW_NOT_SEMVER",
        "draft,      BREAKING,     2.0.0,        -,        OLD_NOT_SEMVER"})
    void requiredVersion(String oldVersion, String level, String newVersion, String required, String status) {
        Optional<ChangeKind> kind = level == null ? Optional.empty() : Optional.of(ChangeKind.valueOf(level));
        VersionCheck check = VersionCheck.of(oldVersion, newVersion, HERE, kind);
        assertThat(check.required().map(SemanticVersion::toString)).isEqualTo(Optional.ofNullable(required));
        assertThat(check.status()).isEqualTo(VersionCheck.Status.valueOf(status));
        assertThat(check.failed()).isEqualTo(status.equals("TOO_LOW") || status.equals("NEW_NOT_SEMVER"));
    }

    @ParameterizedTest(name = "{0} -> {1}: major release {2}")
    @CsvSource({"1.2.3, 2.0.0, true", "1.2.3, 2.0.0-rc.1, true", "1.2.3, 1.3.0, false", "1.2.3, 3.1.0, true",
        "draft, 2.0.0, false", "1.2.3, v2, false"})
    void majorRelease(String oldVersion, String newVersion, boolean major) {
        assertThat(VersionCheck.of(oldVersion, newVersion, HERE, Optional.empty()).majorRelease()).isEqualTo(major);
    }
}
