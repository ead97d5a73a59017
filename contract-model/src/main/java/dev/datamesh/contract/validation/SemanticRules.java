package dev.datamesh.contract.validation;

import dev.datamesh.contract.access.AccessConfig;
import dev.datamesh.contract.validation.rules.DuplicateNameRule;
import dev.datamesh.contract.validation.rules.DuplicateRoleRule;
import dev.datamesh.contract.validation.rules.GlueNameCollisionRule;
import dev.datamesh.contract.validation.rules.GlueNameRule;
import dev.datamesh.contract.validation.rules.GlueServerDatabaseRule;
import dev.datamesh.contract.validation.rules.KeyPositionRule;
import dev.datamesh.contract.validation.rules.PartitionNullableRule;
import dev.datamesh.contract.validation.rules.PlaceholderRule;
import dev.datamesh.contract.validation.rules.PrimaryKeyRequiredRule;
import dev.datamesh.contract.validation.rules.QualityPropertyRule;
import dev.datamesh.contract.validation.rules.RelationshipRule;
import dev.datamesh.contract.validation.rules.RoleAccessRule;
import dev.datamesh.contract.validation.rules.RoleClassificationRule;
import dev.datamesh.contract.validation.rules.RolePrincipalRule;
import dev.datamesh.contract.validation.rules.ScalarKeyRule;
import dev.datamesh.contract.validation.rules.NoTablesRule;
import dev.datamesh.contract.validation.rules.SlaElementRule;
import dev.datamesh.contract.validation.rules.TeamRule;
import dev.datamesh.contract.validation.rules.VersionSemverRule;
import java.util.List;

/** The semantic rules (validation layer 2), in the order they run. */
public final class SemanticRules {

    private SemanticRules() {}

    /** Every built-in rule, with no short role names mapped. */
    public static List<Rule> all() {
        return all(AccessConfig.DEFAULT);
    }

    /** Every built-in rule; the role rules resolve short role names through {@code access}. */
    public static List<Rule> all(AccessConfig access) {
        return List.of(
                new VersionSemverRule(),
                new TeamRule(),
                new NoTablesRule(),
                new GlueServerDatabaseRule(),
                new DuplicateNameRule(),
                new GlueNameRule(),
                new GlueNameCollisionRule(),
                new TypeMappingRule(),
                new PrimaryKeyRequiredRule(),
                new ScalarKeyRule(),
                new KeyPositionRule(),
                new PartitionNullableRule(),
                new RelationshipRule(),
                new QualityPropertyRule(),
                new SlaElementRule(),
                new PlaceholderRule(),
                new RolePrincipalRule(access),
                new RoleAccessRule(),
                new DuplicateRoleRule(access),
                new RoleClassificationRule());
    }
}
