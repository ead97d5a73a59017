package dev.datamesh.catalog.access;

import dev.datamesh.catalog.ResourceKind;
import dev.datamesh.catalog.plan.ActionType;
import dev.datamesh.catalog.plan.Operation;
import dev.datamesh.catalog.plan.PlannedAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Plans the grants of one product: what to grant, what to leave, and (for registration) what to revoke because no
 * contract role or approved subscription holds it any more. Pure; registration and {@code approve} both use it.
 */
public final class AccessPlanner {

    static final String REVOKED = "no contract role or approved subscription names it; revoked";
    static final String NARROWED = "more than the contracts and approved subscriptions grant; revoked";

    private AccessPlanner() {}

    /** The planned grant actions: {@code revokes} run before anything else, {@code grants} after tags and locations. */
    public record Plan(List<PlannedAction> revokes, List<PlannedAction> grants) {

        public Plan {
            revokes = List.copyOf(revokes);
            grants = List.copyOf(grants);
        }
    }

    /**
     * @param current the grants the catalog holds for the product ({@link ProductScope#owns})
     * @param revoke whether grants (or permissions) that no access asks for are revoked; {@code approve} only adds
     */
    public static Plan plan(ProductScope scope, List<PrincipalAccess> accesses, List<LfGrant> current,
            boolean revoke) {
        Map<String, LfGrant> have = new LinkedHashMap<>();
        for (LfGrant grant : current.stream().sorted(LfGrant.ORDER).toList()) {
            have.merge(grant.target(), grant, (a, b) -> {
                TreeSet<String> union = new TreeSet<>(a.permissions());
                union.addAll(b.permissions());
                return a.withPermissions(union);
            });
        }
        List<AccessGrants.Desired> desired = AccessGrants.grants(scope, accesses);
        Map<String, AccessGrants.Desired> wanted = new LinkedHashMap<>();
        desired.forEach(d -> wanted.put(d.grant().target(), d));

        List<PlannedAction> revokes = new ArrayList<>();
        List<PlannedAction> grants = new ArrayList<>();
        if (revoke) {
            for (LfGrant existing : have.values()) {
                AccessGrants.Desired want = wanted.get(existing.target());
                TreeSet<String> extra = new TreeSet<>(existing.permissions());
                if (want != null) {
                    extra.removeAll(want.grant().permissions());
                }
                if (!extra.isEmpty()) {
                    revokes.add(new PlannedAction(ResourceKind.GRANT, existing.target(), ActionType.DELETE,
                            want == null ? REVOKED : NARROWED, List.of("Permissions: - " + String.join(", ", extra)),
                            List.of(new Operation.RevokePermissions(scope.productId(), existing.withPermissions(extra)))));
                }
            }
        }
        for (AccessGrants.Desired want : desired) {
            LfGrant grant = want.grant();
            LfGrant existing = have.get(grant.target());
            TreeSet<String> missing = new TreeSet<>(grant.permissions());
            if (existing != null) {
                missing.removeAll(existing.permissions());
            }
            if (missing.isEmpty()) {
                grants.add(new PlannedAction(ResourceKind.GRANT, grant.target(), ActionType.UNCHANGED,
                        ActionType.UNCHANGED.defaultReason(), List.of(), List.of()));
                continue;
            }
            ActionType type = existing == null ? ActionType.CREATE : ActionType.UPDATE;
            grants.add(new PlannedAction(ResourceKind.GRANT, grant.target(), type, type.defaultReason(),
                    List.of("Permissions: + " + String.join(", ", missing), "For: " + String.join("; ",
                            want.sources())),
                    List.of(new Operation.GrantPermissions(scope.productId(), grant.withPermissions(missing)))));
        }
        return new Plan(revokes, grants);
    }
}
