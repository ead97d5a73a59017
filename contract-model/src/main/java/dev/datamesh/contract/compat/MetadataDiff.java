package dev.datamesh.contract.compat;

import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.Node;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Compares the keys of two mappings that no specific rule covers (tags, examples, SLA, team, ...) and the
 * descriptions: documentation, so patch-level changes.
 */
final class MetadataDiff {

    private MetadataDiff() {}

    /**
     * Reports every key outside {@code handled} whose value differs, as {@link CompatibilityRules#METADATA_CHANGED}.
     *
     * @param owner how messages name the mapping ({@code property 'orders.status'}), empty for the contract
     * @param elementOf the element key for a YAML key
     */
    static void otherKeys(MapNode before, MapNode after, Predicate<String> handled, String table,
            UnaryOperator<String> elementOf, String owner, ChangeCollector out) {
        Set<String> keys = new LinkedHashSet<>(before.entries().keySet());
        keys.addAll(after.entries().keySet());
        for (String key : keys) {
            if (handled.test(key) || same(before.get(key), after.get(key))) {
                continue;
            }
            String what = Texts.quote(key) + (owner.isEmpty() ? "" : " of " + owner);
            out.add(CompatibilityRules.METADATA_CHANGED, table, elementOf.apply(key), Locations.of(before, key),
                    Locations.of(after, key), what + " " + verb(before.has(key), after.has(key)) + ".");
        }
    }

    /** Reports a changed {@code description} key, as {@link CompatibilityRules#DESCRIPTION_CHANGED}. */
    static void description(MapNode before, MapNode after, String table, String element, String owner,
            ChangeCollector out) {
        if (same(before.get("description"), after.get("description"))) {
            return;
        }
        out.add(CompatibilityRules.DESCRIPTION_CHANGED, table, element, Locations.of(before, "description"),
                Locations.of(after, "description"), "Description of " + owner + " "
                        + verb(before.has("description"), after.has("description")) + ".");
    }

    static boolean same(Optional<Node> before, Optional<Node> after) {
        if (before.isPresent() != after.isPresent()) {
            return false;
        }
        return before.isEmpty() || Objects.equals(before.get().toPlain(), after.get().toPlain());
    }

    private static String verb(boolean before, boolean after) {
        return !before ? "was added" : !after ? "was removed" : "changed";
    }
}
