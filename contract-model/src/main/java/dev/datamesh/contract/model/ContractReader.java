package dev.datamesh.contract.model;

import dev.datamesh.contract.loader.ListNode;
import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.Node;
import dev.datamesh.contract.loader.Nodes;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a loaded YAML tree into a {@link Contract}. Lenient: values of the wrong type read as absent, because the
 * JSON Schema layer reports them with their location; this reader never throws for user input.
 */
public final class ContractReader {

    private ContractReader() {}

    public static Contract read(MapNode root, String file) {
        return new Contract(
                file,
                Nodes.string(root, "apiVersion").orElse(""),
                Nodes.string(root, "kind").orElse("DataContract"),
                Nodes.string(root, "id").orElse(""),
                Nodes.string(root, "name"),
                Nodes.string(root, "version").orElse(""),
                Nodes.string(root, "status").orElse(""),
                Nodes.string(root, "domain"),
                Nodes.string(root, "dataProduct"),
                Nodes.string(root, "tenant"),
                description(root),
                Nodes.strings(root, "tags"),
                Nodes.maps(root, "servers").stream().map(ContractReader::server).toList(),
                Nodes.maps(root, "schema").stream().map(ContractReader::schemaObject).toList(),
                team(root),
                Nodes.maps(root, "support").stream().map(ContractReader::support).toList(),
                Nodes.maps(root, "slaProperties").stream().map(ContractReader::sla).toList(),
                roles(root),
                customProperties(root),
                Fingerprint.of(root),
                root);
    }

    private static Description description(MapNode root) {
        Optional<Node> node = root.get("description");
        if (node.isPresent() && node.get() instanceof MapNode map) {
            return new Description(Nodes.string(map, "purpose"), Nodes.string(map, "usage"),
                    Nodes.string(map, "limitations"), map.location());
        }
        // v2-style plain-text description: treat it as the purpose.
        return new Description(node.flatMap(Nodes::text), Optional.empty(), Optional.empty(),
                root.valueLocation("description"));
    }

    private static Server server(MapNode node) {
        return new Server(Nodes.string(node, "server").orElse(""), Nodes.string(node, "type").orElse(""),
                Nodes.string(node, "description"), Nodes.string(node, "environment"), roles(node),
                customProperties(node), node);
    }

    private static SchemaObject schemaObject(MapNode node) {
        String name = Nodes.string(node, "name").orElse("");
        return new SchemaObject(name, Nodes.string(node, "physicalName"), Nodes.string(node, "physicalType"),
                Nodes.string(node, "logicalType"), Nodes.string(node, "description"),
                Nodes.string(node, "businessName"), Nodes.string(node, "dataGranularityDescription"),
                properties(node, name), quality(node), relationships(node), Nodes.strings(node, "tags"),
                customProperties(node), node);
    }

    private static List<SchemaProperty> properties(MapNode parent, String parentPath) {
        List<SchemaProperty> properties = new ArrayList<>();
        for (MapNode node : Nodes.maps(parent, "properties")) {
            String name = Nodes.string(node, "name").orElse("");
            properties.add(property(node, name, parentPath.isEmpty() ? name : parentPath + "." + name));
        }
        return properties;
    }

    private static SchemaProperty property(MapNode node, String name, String path) {
        Optional<SchemaProperty> items = Nodes.map(node, "items").map(i -> property(i, "items", path + "[]"));
        LogicalTypeOptions options = Nodes.map(node, "logicalTypeOptions").map(LogicalTypeOptions::new)
                .orElse(LogicalTypeOptions.empty(node.location()));
        List<Node> examples = node.get("examples").map(n -> n instanceof ListNode l ? l.items() : List.of(n))
                .orElse(List.of());
        return new SchemaProperty(name, path, Nodes.string(node, "physicalName"), Nodes.string(node, "logicalType"),
                Nodes.string(node, "physicalType"), Nodes.string(node, "description"),
                Nodes.string(node, "businessName"), Nodes.bool(node, "required").orElse(false),
                Nodes.bool(node, "unique").orElse(false), Nodes.bool(node, "primaryKey").orElse(false),
                position(node, "primaryKeyPosition"), Nodes.bool(node, "partitioned").orElse(false),
                position(node, "partitionKeyPosition"), Nodes.string(node, "classification"),
                Nodes.bool(node, "criticalDataElement").orElse(false), options, examples, items,
                properties(node, path), quality(node), relationships(node), Nodes.strings(node, "tags"),
                customProperties(node), node);
    }

    private static int position(MapNode node, String key) {
        return Nodes.integer(node, key).filter(v -> v.bitLength() < 32).map(BigInteger::intValue).orElse(-1);
    }

    private static List<QualityRule> quality(MapNode parent) {
        List<QualityRule> rules = new ArrayList<>();
        for (MapNode node : Nodes.maps(parent, "quality")) {
            rules.add(new QualityRule(Nodes.string(node, "type").orElse("library"), Nodes.string(node, "name"),
                    Nodes.string(node, "description"),
                    Nodes.string(node, "metric").or(() -> Nodes.string(node, "rule")),
                    Nodes.string(node, "query"), Nodes.string(node, "engine"), Nodes.string(node, "dimension"),
                    Nodes.string(node, "severity"), Nodes.string(node, "unit"), Nodes.map(node, "arguments"),
                    node));
        }
        return rules;
    }

    private static List<Relationship> relationships(MapNode parent) {
        List<Relationship> relationships = new ArrayList<>();
        for (MapNode node : Nodes.maps(parent, "relationships")) {
            relationships.add(new Relationship(Nodes.string(node, "type"), Nodes.strings(node, "from"),
                    Nodes.strings(node, "to"), node.location()));
        }
        return relationships;
    }

    private static Optional<Team> team(MapNode root) {
        Optional<Node> node = root.get("team");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof MapNode map) {
            return Optional.of(new Team(Nodes.string(map, "name"), Nodes.string(map, "description"),
                    members(Nodes.maps(map, "members")), map.location()));
        }
        if (node.get() instanceof ListNode list) {
            List<MapNode> maps = list.items().stream().filter(MapNode.class::isInstance).map(MapNode.class::cast)
                    .toList();
            return Optional.of(new Team(Optional.empty(), Optional.empty(), members(maps), list.location()));
        }
        return Optional.empty();
    }

    private static List<Team.TeamMember> members(List<MapNode> nodes) {
        return nodes.stream().map(m -> new Team.TeamMember(Nodes.string(m, "username").orElse(""),
                Nodes.string(m, "name"), Nodes.string(m, "role"), Nodes.string(m, "description"), m.location()))
                .toList();
    }

    private static SupportChannel support(MapNode node) {
        return new SupportChannel(Nodes.string(node, "channel").orElse(""), Nodes.string(node, "url"),
                Nodes.string(node, "tool"), Nodes.string(node, "scope"), Nodes.string(node, "description"),
                node.location());
    }

    private static SlaProperty sla(MapNode node) {
        return new SlaProperty(Nodes.string(node, "property").orElse(""), Nodes.string(node, "value").orElse(""),
                Nodes.string(node, "valueExt"), Nodes.string(node, "unit"), Nodes.string(node, "element"),
                Nodes.string(node, "driver"), Nodes.string(node, "description"), node.location());
    }

    private static List<Role> roles(MapNode parent) {
        List<Role> roles = new ArrayList<>();
        for (MapNode node : Nodes.maps(parent, "roles")) {
            roles.add(new Role(Nodes.string(node, "role").orElse(""), Nodes.string(node, "access"),
                    Nodes.string(node, "description"), Nodes.strings(node, "firstLevelApprovers"),
                    Nodes.strings(node, "secondLevelApprovers"), customProperties(node), node.location(),
                    node.valueLocation("role"), node.valueLocation("access")));
        }
        return roles;
    }

    private static List<CustomProperty> customProperties(MapNode parent) {
        List<CustomProperty> properties = new ArrayList<>();
        for (MapNode node : Nodes.maps(parent, "customProperties")) {
            Optional<Node> value = node.get("value");
            if (value.isPresent()) {
                properties.add(new CustomProperty(Nodes.string(node, "property").orElse(""), value.get(),
                        Nodes.string(node, "description"), node.location()));
            }
        }
        return properties;
    }
}
