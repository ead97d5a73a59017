package dev.datamesh.contract.validation;

import dev.datamesh.contract.loader.ListNode;
import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.Node;
import dev.datamesh.contract.loader.Nodes;
import dev.datamesh.contract.model.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the YAML node behind a path of keys and list indexes, and names it for messages the way a contract author
 * thinks of it: "schema object 'orders'", "property 'orders.order_id'", "server 'prod'".
 */
final class YamlPaths {

    /** For list items: what one item is called, and the key that names it (empty: items go by number). */
    private static final Map<String, String[]> ITEMS = Map.ofEntries(
            Map.entry("schema", new String[] {"schema object", "name"}),
            Map.entry("properties", new String[] {"property", "name"}),
            Map.entry("servers", new String[] {"server", "server"}),
            Map.entry("roles", new String[] {"role", "role"}),
            Map.entry("slaProperties", new String[] {"SLA property", "property"}),
            Map.entry("customProperties", new String[] {"custom property", "property"}),
            Map.entry("members", new String[] {"team member", "username"}),
            Map.entry("support", new String[] {"support channel", "channel"}),
            Map.entry("quality", new String[] {"quality rule", ""}),
            Map.entry("relationships", new String[] {"relationship", ""}),
            Map.entry("authoritativeDefinitions", new String[] {"authoritative definition", ""}));

    private final MapNode root;

    YamlPaths(MapNode root) {
        this.root = root;
    }

    Optional<Node> at(List<Object> path) {
        Node node = root;
        for (Object element : path) {
            if (element instanceof Integer index && node instanceof ListNode list && index < list.items().size()) {
                node = list.items().get(index);
            } else if (element instanceof String key && node instanceof MapNode map && map.has(key)) {
                node = map.get(key).orElseThrow();
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }

    /** Where the value at the path starts; the nearest enclosing value when the path does not exist. */
    SourceLocation valueLocation(List<Object> path) {
        for (int end = path.size(); end >= 0; end--) {
            Optional<Node> node = at(path.subList(0, end));
            if (node.isPresent()) {
                return node.get().location();
            }
        }
        return root.location();
    }

    /** Where a key of the mapping at {@code mapPath} was written. */
    SourceLocation keyLocation(List<Object> mapPath, String key) {
        Optional<Node> node = at(mapPath);
        return node.isPresent() && node.get() instanceof MapNode map ? map.keyLocation(key) : valueLocation(mapPath);
    }

    /** "at the top level" or "in property 'orders.order_id'": where a mapping is, to follow a sentence. */
    String where(List<Object> mapPath) {
        return mapPath.isEmpty() ? "at the top level" : "in " + describe(mapPath);
    }

    /** The value at the path as the subject of a sentence: {@code 'required'}, {@code Server 'prod'}. */
    String subject(List<Object> path) {
        if (path.isEmpty()) {
            return "The contract";
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof String key) {
            return "'" + key + "'";
        }
        String described = describe(path);
        return Character.toUpperCase(described.charAt(0)) + described.substring(1);
    }

    /** The value at a non-empty path, named for a human. */
    String describe(List<Object> path) {
        if (path.isEmpty()) {
            return "the contract";
        }
        Object last = path.get(path.size() - 1);
        List<Object> parent = path.subList(0, path.size() - 1);
        if (last instanceof String key) {
            return "'" + key + "'" + of(parent);
        }
        int index = (Integer) last;
        String listKey = parent.isEmpty() ? "" : String.valueOf(parent.get(parent.size() - 1));
        List<Object> owner = parent.isEmpty() ? parent : parent.subList(0, parent.size() - 1);
        String[] item = ITEMS.get(listKey);
        if (item == null) {
            return "item " + (index + 1) + " of '" + listKey + "'" + of(owner);
        }
        if (listKey.equals("properties")) {
            Optional<String> name = propertyPath(path);
            if (name.isPresent()) {
                return "property '" + name.get() + "'";
            }
        } else if (!item[1].isEmpty()) {
            Optional<String> name = at(path).flatMap(n -> n instanceof MapNode m ? Nodes.string(m, item[1])
                    : Optional.empty());
            if (name.isPresent()) {
                return item[0] + " '" + name.get() + "'" + of(owner);
            }
        }
        return item[0] + " " + (index + 1) + of(owner);
    }

    private String of(List<Object> owner) {
        return owner.isEmpty() ? "" : " of " + describe(owner);
    }

    /** The dotted property path the model uses ({@code orders.address.city}, {@code orders.tags[]}). */
    private Optional<String> propertyPath(List<Object> path) {
        if (path.size() < 4 || !"schema".equals(path.get(0))) {
            return Optional.empty();
        }
        StringBuilder name = new StringBuilder();
        int i = 0;
        while (i < path.size()) {
            Object element = path.get(i);
            if (i + 1 < path.size() && ("schema".equals(element) || "properties".equals(element))
                    && path.get(i + 1) instanceof Integer) {
                Optional<String> part = at(path.subList(0, i + 2))
                        .flatMap(n -> n instanceof MapNode m ? Nodes.string(m, "name") : Optional.empty());
                if (part.isEmpty()) {
                    return Optional.empty();
                }
                name.append(name.length() == 0 ? "" : ".").append(part.get());
                i += 2;
            } else if ("items".equals(element)) {
                name.append("[]");
                i++;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(name.toString());
    }
}
