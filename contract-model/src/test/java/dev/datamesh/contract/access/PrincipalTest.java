package dev.datamesh.contract.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrincipalTest {

    @ParameterizedTest
    @CsvSource({
            "arn:aws:iam::210987654321:role/demand-planning-reader, ROLE, 210987654321",
            "arn:aws:iam::123456789012:role/etl/nightly/sales-pos-etl, ROLE, 123456789012",
            "'arn:aws-us-gov:iam::123456789012:role/a+b=c,d.e@f_g-h', ROLE, 123456789012",
            "345678901234, ACCOUNT, 345678901234"})
    void roleArnsAndAccountIdsAreGrantable(String text, Principal.Kind kind, String account) {
        Principal principal = Principal.parse(text).orElseThrow();

        assertThat(principal.kind()).isEqualTo(kind);
        assertThat(principal.identifier()).isEqualTo(text);
        assertThat(principal.account()).isEqualTo(account);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "demand-planning-reader", "12345678901", "1234567890123",
            "arn:aws:iam::210987654321:user/jdoe", "arn:aws:iam::210987654321:role/", "arn:aws:iam:eu-west-1:210987654321:role/x",
            "arn:aws:iam::210987654321:role/with space", "arn:aws:iam::210987654321:role/" + "n123456789"
                    + "n123456789n123456789n123456789n123456789n123456789n1234"})
    void anythingElseIsNot(String text) {
        assertThat(Principal.parse(text)).isEmpty();
    }

    @Test
    void aMalformedArnSaysWhichPartIsWrong() {
        assertThat(Principal.arnProblem("arn:aws:iam::21098765432:role/x"))
                .isEqualTo("the account id '21098765432' is not 12 digits");
        assertThat(Principal.arnProblem("arn:aws:iam:eu-west-1:210987654321:role/x"))
                .isEqualTo("IAM ARNs have no region, but this one names 'eu-west-1'");
        assertThat(Principal.arnProblem("arn:gcp:iam::210987654321:role/x"))
                .isEqualTo("the partition 'gcp' is not an AWS partition such as aws");
        assertThat(Principal.arnProblem("arn:aws:iam"))
                .isEqualTo("an ARN has six parts, arn:aws:iam::<account>:role/<name>");
    }

    @Test
    void accessLevelsAreReadByDefaultAndWriteWins() {
        assertThat(AccessLevel.of(Optional.empty())).contains(AccessLevel.READ);
        assertThat(AccessLevel.of(Optional.of("Write"))).contains(AccessLevel.WRITE);
        assertThat(AccessLevel.of(Optional.of("readwrite"))).isEmpty();
        assertThat(AccessLevel.READ.max(AccessLevel.WRITE)).isEqualTo(AccessLevel.WRITE);
        assertThat(AccessLevel.READ.max(AccessLevel.READ)).isEqualTo(AccessLevel.READ);
    }

    @Test
    void theConfigurationResolvesShortNamesAndRefusesUnusableMappings() {
        AccessConfig config = new AccessConfig(Map.of(" planner ", "arn:aws:iam::210987654321:role/planner",
                "marketing", " 345678901234 "), List.of("public", " internal"));

        assertThat(config.resolve("planner")).contains(new Principal("arn:aws:iam::210987654321:role/planner",
                Principal.Kind.ROLE));
        assertThat(config.resolve("marketing").map(Principal::identifier)).contains("345678901234");
        assertThat(config.resolve("arn:aws:iam::111122223333:role/x")).isPresent();
        assertThat(config.resolve("finance")).isEmpty();
        assertThat(config.openClassifications()).containsExactly("internal", "public");
        assertThat(config.withOpenClassifications(List.of("public")).openClassifications()).containsExactly("public");
        assertThat(AccessConfig.DEFAULT.openClassifications()).containsExactly("internal", "public");
        assertThatThrownBy(() -> new AccessConfig(Map.of("planner", "arn:aws:iam::2109:role/planner"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("principal 'planner' maps to 'arn:aws:iam::2109:role/planner', which is neither an IAM "
                        + "role ARN nor a 12-digit account id");
    }
}
