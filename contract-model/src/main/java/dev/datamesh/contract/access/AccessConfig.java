package dev.datamesh.contract.access;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How the contracts' {@code roles} become principals and what a role may read by default: the short role names the
 * pom maps to role ARNs or account ids ({@code <principals>}), and the column classifications that every reader sees
 * unless its role lists its own ({@code mesh.openClassifications}).
 */
public final class AccessConfig {

    /** The classifications a role reads when it lists none: {@code internal} and {@code public}. */
    public static final SortedSet<String> DEFAULT_OPEN_CLASSIFICATIONS =
            Collections.unmodifiableSortedSet(new TreeSet<>(Set.of("internal", "public")));

    /** No short names, the default open classifications. */
    public static final AccessConfig DEFAULT = new AccessConfig(Map.of(), DEFAULT_OPEN_CLASSIFICATIONS);

    private final SortedMap<String, Principal> principals;
    private final SortedSet<String> openClassifications;

    /**
     * @param principals short name to role ARN or account id
     * @param openClassifications what a role reads when it lists no classifications (unclassified columns aside)
     * @throws IllegalArgumentException naming the first mapping whose value is no role ARN or account id, or a blank
     *     classification
     */
    public AccessConfig(Map<String, String> principals, Collection<String> openClassifications) {
        Objects.requireNonNull(principals, "principals == null");
        Objects.requireNonNull(openClassifications, "openClassifications == null");
        TreeMap<String, Principal> resolved = new TreeMap<>();
        principals.forEach((name, value) -> {
            String text = value == null ? "" : value.trim();
            Principal principal = Principal.parse(text).orElseThrow(() -> new IllegalArgumentException(
                    "principal '" + name + "' maps to '" + text + "', which is neither an IAM role ARN nor a 12-digit "
                    + "account id"));
            resolved.put(name.trim(), principal);
        });
        TreeSet<String> open = new TreeSet<>();
        for (String classification : openClassifications) {
            if (classification == null || classification.isBlank()) {
                throw new IllegalArgumentException("an open classification is blank");
            }
            open.add(classification.trim());
        }
        this.principals = Collections.unmodifiableSortedMap(resolved);
        this.openClassifications = Collections.unmodifiableSortedSet(open);
    }

    /** Short name to principal, sorted by name. */
    public SortedMap<String, Principal> principals() {
        return principals;
    }

    /** What a role reads when it lists no classifications, sorted; unclassified columns are always readable. */
    public SortedSet<String> openClassifications() {
        return openClassifications;
    }

    /** The principal a contract's {@code role} names: a role ARN, an account id, or a mapped short name. */
    public Optional<Principal> resolve(String role) {
        if (role == null) {
            return Optional.empty();
        }
        Optional<Principal> direct = Principal.parse(role.trim());
        return direct.isPresent() ? direct : Optional.ofNullable(principals.get(role.trim()));
    }

    /** The same configuration with other open classifications. */
    public AccessConfig withOpenClassifications(Collection<String> classifications) {
        Map<String, String> names = new TreeMap<>();
        principals.forEach((k, v) -> names.put(k, v.identifier()));
        return new AccessConfig(names, classifications);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccessConfig other && principals.equals(other.principals)
                && openClassifications.equals(other.openClassifications);
    }

    @Override
    public int hashCode() {
        return Objects.hash(principals, openClassifications);
    }

    @Override
    public String toString() {
        return "AccessConfig[principals=" + principals + ", openClassifications=" + openClassifications + "]";
    }
}
