package dev.datamesh.contract.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.access.AccessConfig;
import dev.datamesh.contract.validation.LineEventFormatter;
import dev.datamesh.contract.validation.RuleConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The role rules' hints (fixtures check messages only) and short names mapped as a pom's {@code <principals>}. */
class RoleRulesTest {

    private static final String HEAD = """
            apiVersion: v3.1.0
            kind: DataContract
            id: urn:datacontract:sales:pos
            version: 1.0.0
            status: active
            team:
              name: sales-data
            schema:
              - name: pos_sales
                properties:
                  - name: sale_id
                    logicalType: string
                    classification: internal
            """;

    private static List<String> events(AccessConfig access, String roles) {
        return new ContractLoader(RuleConfig.DEFAULT, access).load(HEAD + roles, "pos.odcs.yaml").events().stream()
                .map(LineEventFormatter::format).toList();
    }

    @Test
    void shortNamesMappedInThePomAreValidRoles() {
        AccessConfig access = new AccessConfig(Map.of("demand-planning-reader",
                "arn:aws:iam::210987654321:role/demand-planning-reader", "marketing", "345678901234"),
                AccessConfig.DEFAULT_OPEN_CLASSIFICATIONS);

        assertThat(events(access, """
                roles:
                  - role: demand-planning-reader
                  - role: marketing
                    access: read
                """)).isEmpty();
    }

    @Test
    void eachProblemHasAHintNamingTheKeyOrPomElementToChange() {
        assertThat(events(AccessConfig.DEFAULT, """
                roles:
                  - role: finance-reader
                  - role: arn:aws:iam::2109876543:role/x
                    access: owner
                  - role: "2109876543"
                  - role: arn:aws:iam::210987654321:role/planner
                    customProperties:
                      - property: classifications
                        value: [secret]
                """)).containsExactly("""
                pos.odcs.yaml:15:11: error [ODCS-ROLE-PRINCIPAL] Role 'finance-reader' is neither an IAM role ARN nor \
                an account id, and the plugin configuration maps no principal of that name.
                  hint: map the name in the plugin's configuration, e.g. <principals><finance-reader>\
                arn:aws:iam::123456789012:role/finance-reader</finance-reader></principals>, or write the role ARN in \
                'role'.""", """
                pos.odcs.yaml:16:11: error [ODCS-ROLE-PRINCIPAL] Role 'arn:aws:iam::2109876543:role/x' is not a valid \
                IAM role ARN: the account id '2109876543' is not 12 digits.
                  hint: write the role as arn:aws:iam::<12-digit account>:role/<path/name>, e.g. \
                'role: arn:aws:iam::123456789012:role/demand-planning-reader'.""", """
                pos.odcs.yaml:17:13: error [ODCS-ROLE-ACCESS] Role 'arn:aws:iam::2109876543:role/x' has access \
                'owner'; access must be read or write.
                  hint: set 'access: read' (SELECT and DESCRIBE) or 'access: write' (also INSERT, DELETE, ALTER and \
                the table location), or leave 'access' out for read.""", """
                pos.odcs.yaml:18:11: error [ODCS-ROLE-PRINCIPAL] Role '2109876543' is not an AWS account id: it has \
                10 digits instead of 12.
                  hint: write the consumer account's 12-digit id, e.g. 'role: "210987654321"' (quoted, so that YAML \
                keeps leading zeros).""", """
                pos.odcs.yaml:21:9: warning [ODCS-ROLE-CLASSIFICATION] Role 'arn:aws:iam::210987654321:role/planner' \
                lists classification 'secret', which no column of this contract has.
                  hint: remove 'secret' from the role's 'classifications' custom property, or correct it to one the \
                columns use: internal.""");
    }

    @Test
    void aShortNameAndTheArnItMapsToAreOnePrincipal() {
        AccessConfig access = new AccessConfig(Map.of("planner", "arn:aws:iam::210987654321:role/planner"),
                AccessConfig.DEFAULT_OPEN_CLASSIFICATIONS);

        assertThat(events(access, """
                roles:
                  - role: planner
                  - role: arn:aws:iam::210987654321:role/planner
                    access: write
                """)).containsExactly("""
                pos.odcs.yaml:16:11: error [ODCS-ROLE-DUPLICATE] Role 'arn:aws:iam::210987654321:role/planner' is the \
                same principal as role 'planner' at line 15 (arn:aws:iam::210987654321:role/planner).
                  hint: keep one entry for the principal in 'roles', with the wider access if the two differ.""");
    }
}
