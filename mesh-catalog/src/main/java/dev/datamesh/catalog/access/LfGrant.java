package dev.datamesh.catalog.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datamesh.catalog.model.InvalidJsonException;
import dev.datamesh.catalog.model.Json;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Permissions of one principal on one Lake Formation resource, as {@code GrantPermissions} sends and
 * {@code ListPermissions} returns them. The grant option is never part of it: this plugin never grants it.
 *
 * @param principal the {@code DataLakePrincipalIdentifier}: a role ARN or an account id
 * @param permissions e.g. {@code DESCRIBE}, {@code SELECT}, sorted
 */
public record LfGrant(String principal, GrantResource resource, SortedSet<String> permissions) {

    /** Plans and files list grants by principal, then resource kind, then resource. */
    public static final Comparator<LfGrant> ORDER = Comparator.comparing(LfGrant::principal)
            .thenComparingInt(g -> GrantResource.rank(g.resource()))
            .thenComparing(g -> g.resource().describe());

    public LfGrant {
        Objects.requireNonNull(principal, "principal == null");
        Objects.requireNonNull(resource, "resource == null");
        permissions = Collections.unmodifiableSortedSet(new TreeSet<>(permissions));
    }

    public static LfGrant of(String principal, GrantResource resource, Collection<String> permissions) {
        return new LfGrant(principal, resource, new TreeSet<>(permissions));
    }

    /** The same principal and resource with other permissions. */
    public LfGrant withPermissions(Collection<String> other) {
        return of(principal, resource, other);
    }

    /** Whether two grants are on the same principal and resource, whatever their permissions. */
    public boolean sameTarget(LfGrant other) {
        return principal.equals(other.principal) && resource.equals(other.resource);
    }

    /** {@code <principal> on <resource>}, as the plan names it. */
    public String target() {
        return principal + " on " + resource.describe();
    }

    /** Lake Formation's {@code PrincipalResourcePermissions} shape (no catalog ids, no grant option). */
    public ObjectNode toJson() {
        ObjectNode out = Json.object();
        out.putObject("Principal").put("DataLakePrincipalIdentifier", principal);
        out.set("Resource", resource.toJson());
        out.set("Permissions", Json.textArray(permissions));
        return out;
    }

    /**
     * Reads {@code PrincipalResourcePermissions}; empty for resources this plugin never grants on.
     *
     * @throws InvalidJsonException when a key is missing or of the wrong type
     */
    public static Optional<LfGrant> fromJson(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new InvalidJsonException(0, 0, "a grant must be an object");
        }
        JsonNode principal = json.path("Principal").get("DataLakePrincipalIdentifier");
        if (principal == null || !principal.isTextual()) {
            throw new InvalidJsonException(0, 0, "a grant's 'Principal.DataLakePrincipalIdentifier' must be a string");
        }
        if (!json.path("Permissions").isArray()) {
            throw new InvalidJsonException(0, 0, "a grant's 'Permissions' must be an array");
        }
        return GrantResource.fromJson(json.get("Resource")).map(r -> of(principal.asText(), r,
                Json.texts(json.get("Permissions"))));
    }

    @Override
    public String toString() {
        return target() + " " + permissions;
    }
}
