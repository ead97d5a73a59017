package dev.datamesh.contract.compat;

import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.Nodes;
import dev.datamesh.contract.model.Contract;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares two versions of a contract and classifies every change with a rule of {@link CompatibilityRules}. Pure:
 * no I/O, and the same two contracts always give the same report.
 */
public final class ContractComparator {

    /** The contract's identity in the catalog. */
    private static final List<String> PRODUCT_KEYS = List.of("id", "domain", "dataProduct", "tenant");

    /** Top-level keys with a rule of their own; every other key is metadata. */
    private static final Set<String> HANDLED = Set.of("id", "domain", "dataProduct", "tenant", "version",
            "description", "servers", "roles", "schema");

    /** Server keys that only document the server; every other key is how consumers reach the data. */
    private static final Set<String> SERVER_DOCUMENTATION = Set.of("server", "description", "environment", "roles",
            "customProperties", "id");

    private ContractComparator() {}

    /** The classified changes from {@code baseline} to {@code current}, with the version rule applied. */
    public static CompatibilityReport compare(Contract baseline, Contract current) {
        ChangeCollector out = new ChangeCollector();
        MapNode before = baseline.node();
        MapNode after = current.node();
        for (String key : PRODUCT_KEYS) {
            if (!MetadataDiff.same(before.get(key), after.get(key))) {
                out.add(CompatibilityRules.PRODUCT_CHANGED, "", key, Locations.of(before, key),
                        Locations.of(after, key), Texts.quote(key) + " changed from " + Texts.text(before.get(key))
                                + " to " + Texts.text(after.get(key)) + ": the catalog sees another product.");
            }
        }
        MetadataDiff.description(before, after, "", "description", "the contract", out);
        servers(before, after, out);
        roles(before, after, out);
        TableDiff.compare(baseline, current, out);
        MetadataDiff.otherKeys(before, after, HANDLED::contains, "", k -> k, "", out);
        return CompatibilityReport.of(baseline, current, out.changes());
    }

    private static void servers(MapNode before, MapNode after, ChangeCollector out) {
        Function<MapNode, String> key = s -> Nodes.string(s, "server").or(() -> Nodes.string(s, "type")).orElse("");
        Map<String, MapNode> b = byKey(Nodes.maps(before, "servers"), key);
        Map<String, MapNode> a = byKey(Nodes.maps(after, "servers"), key);
        for (Map.Entry<String, MapNode> entry : b.entrySet()) {
            String name = entry.getKey();
            String element = "servers." + name;
            String owner = "server " + Texts.quote(name);
            MapNode old = entry.getValue();
            MapNode current = a.get(name);
            if (current == null) {
                out.add(CompatibilityRules.SERVER_CHANGED, "", element, old.location(), after.keyLocation("servers"),
                        "Server " + Texts.quote(name) + " was removed.");
                continue;
            }
            Set<String> keys = new LinkedHashSet<>(old.entries().keySet());
            keys.addAll(current.entries().keySet());
            for (String k : keys) {
                if (!SERVER_DOCUMENTATION.contains(k) && !MetadataDiff.same(old.get(k), current.get(k))) {
                    out.add(CompatibilityRules.SERVER_CHANGED, "", element, Locations.of(old, k),
                            Locations.of(current, k), Texts.quote(k) + " of " + owner + " changed from "
                                    + Texts.text(old.get(k)) + " to " + Texts.text(current.get(k)) + ".");
                }
            }
            MetadataDiff.otherKeys(old, current, k -> !SERVER_DOCUMENTATION.contains(k) || k.equals("server"), "",
                    k -> element, owner, out);
        }
        for (Map.Entry<String, MapNode> entry : a.entrySet()) {
            if (!b.containsKey(entry.getKey())) {
                out.add(CompatibilityRules.SERVER_ADDED, "", "servers." + entry.getKey(),
                        before.keyLocation("servers"), entry.getValue().location(),
                        "Server " + Texts.quote(entry.getKey()) + " was added.");
            }
        }
    }

    private static void roles(MapNode before, MapNode after, ChangeCollector out) {
        Function<MapNode, String> key = r -> Nodes.string(r, "role").orElse("");
        Map<String, MapNode> b = byKey(Nodes.maps(before, "roles"), key);
        Map<String, MapNode> a = byKey(Nodes.maps(after, "roles"), key);
        for (Map.Entry<String, MapNode> entry : b.entrySet()) {
            String element = "roles." + entry.getKey();
            MapNode current = a.get(entry.getKey());
            if (current == null) {
                out.add(CompatibilityRules.ROLE_REMOVED, "", element, entry.getValue().location(),
                        after.keyLocation("roles"), "Role " + Texts.quote(entry.getKey())
                                + " was removed: its principal loses access.");
            } else if (!entry.getValue().toPlain().equals(current.toPlain())) {
                out.add(CompatibilityRules.METADATA_CHANGED, "", element, entry.getValue().location(),
                        current.location(), "Role " + Texts.quote(entry.getKey()) + " changed.");
            }
        }
        for (Map.Entry<String, MapNode> entry : a.entrySet()) {
            if (!b.containsKey(entry.getKey())) {
                out.add(CompatibilityRules.METADATA_CHANGED, "", "roles." + entry.getKey(),
                        before.keyLocation("roles"), entry.getValue().location(),
                        "Role " + Texts.quote(entry.getKey()) + " was added.");
            }
        }
    }

    private static Map<String, MapNode> byKey(List<MapNode> nodes, Function<MapNode, String> key) {
        Map<String, MapNode> keyed = new LinkedHashMap<>();
        for (MapNode node : nodes) {
            keyed.putIfAbsent(key.apply(node), node);
        }
        return keyed;
    }
}
