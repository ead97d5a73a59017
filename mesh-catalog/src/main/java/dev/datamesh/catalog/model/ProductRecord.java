package dev.datamesh.catalog.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a consumer browsing the catalog needs to know about a data product: who owns it, what it is for, its service
 * levels and support, and which contracts, tables, schemas and jobs make it up.
 *
 * <p>{@code lastChanged} is set by the backend when it writes a changed record; it is not part of the comparison
 * that decides whether the record changed, so an unchanged product is never rewritten.
 */
public record ProductRecord(String id, String domain, String dataProduct, String name, Optional<String> purpose,
        Optional<String> usage, Optional<String> limitations, Optional<String> owner, List<String> members,
        List<String> tags, List<Support> support, List<Sla> sla, List<ContractRef> contracts,
        List<TableRef> tables, List<String> schemas, List<String> jobs, List<RoleRef> roles,
        Optional<String> lastChanged) {

    /** A support channel. */
    public record Support(String channel, Optional<String> url, Optional<String> description) {}

    /** A service-level property such as latency or retention. */
    public record Sla(String property, String value, Optional<String> unit, Optional<String> element,
            Optional<String> description) {}

    /** A contract of the product. */
    public record ContractRef(String id, Optional<String> name, String version, String status,
            String fingerprint) {}

    /** A table of the product with the contract it comes from and its quality rules in words. */
    public record TableRef(String database, String name, String contractId, Optional<String> description,
            List<String> quality) {

        public TableRef {
            quality = List.copyOf(quality);
        }

        public String qualifiedName() {
            return database + "." + name;
        }
    }

    /**
     * A role of the product's contracts: whom it names, its access, its approvers as written, and the columns it
     * can see.
     *
     * @param role the contract's {@code role} as written (a short name, an ARN or an account id)
     * @param principal the role ARN or account id it resolves to
     * @param classifications the column classifications it reads (unclassified columns always)
     * @param visibleColumns by table ({@code database.table}), the columns it can see, in table order
     */
    public record RoleRef(String role, String principal, String access, Optional<String> description,
            List<String> firstLevelApprovers, List<String> secondLevelApprovers, List<String> classifications,
            Map<String, List<String>> visibleColumns, String contractId) {

        public RoleRef {
            firstLevelApprovers = List.copyOf(firstLevelApprovers);
            secondLevelApprovers = List.copyOf(secondLevelApprovers);
            classifications = List.copyOf(classifications);
            Map<String, List<String>> copy = new LinkedHashMap<>();
            visibleColumns.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            visibleColumns = Collections.unmodifiableMap(copy);
        }
    }

    public ProductRecord {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(domain, "domain == null");
        Objects.requireNonNull(dataProduct, "dataProduct == null");
        Objects.requireNonNull(name, "name == null");
        members = List.copyOf(members);
        tags = List.copyOf(tags);
        support = List.copyOf(support);
        sla = List.copyOf(sla);
        contracts = List.copyOf(contracts);
        tables = List.copyOf(tables);
        schemas = List.copyOf(schemas);
        jobs = List.copyOf(jobs);
        roles = List.copyOf(roles);
    }

    public ProductRecord withLastChanged(Optional<String> time) {
        return new ProductRecord(id, domain, dataProduct, name, purpose, usage, limitations, owner, members, tags,
                support, sla, contracts, tables, schemas, jobs, roles, time);
    }

    /** Whether two records say the same, {@code lastChanged} aside. */
    public boolean sameContent(ProductRecord other) {
        return withLastChanged(Optional.empty()).equals(other.withLastChanged(Optional.empty()));
    }

    /** The JSON form, keys in PascalCase like the Glue documents next to it. */
    public ObjectNode toJson() {
        ObjectNode out = Json.object();
        out.put("ProductId", id);
        out.put("Domain", domain);
        out.put("DataProduct", dataProduct);
        out.put("Name", name);
        purpose.ifPresent(v -> out.put("Purpose", v));
        usage.ifPresent(v -> out.put("Usage", v));
        limitations.ifPresent(v -> out.put("Limitations", v));
        owner.ifPresent(v -> out.put("OwnerTeam", v));
        out.set("Members", Json.textArray(members));
        out.set("Tags", Json.textArray(tags));
        out.set("Support", array(support, s -> {
            ObjectNode o = Json.object();
            o.put("Channel", s.channel());
            s.url().ifPresent(v -> o.put("Url", v));
            s.description().ifPresent(v -> o.put("Description", v));
            return o;
        }));
        out.set("Sla", array(sla, s -> {
            ObjectNode o = Json.object();
            o.put("Property", s.property());
            o.put("Value", s.value());
            s.unit().ifPresent(v -> o.put("Unit", v));
            s.element().ifPresent(v -> o.put("Element", v));
            s.description().ifPresent(v -> o.put("Description", v));
            return o;
        }));
        out.set("Contracts", array(contracts, c -> {
            ObjectNode o = Json.object();
            o.put("Id", c.id());
            c.name().ifPresent(v -> o.put("Name", v));
            o.put("Version", c.version());
            o.put("Status", c.status());
            o.put("Fingerprint", c.fingerprint());
            return o;
        }));
        out.set("Tables", array(tables, t -> {
            ObjectNode o = Json.object();
            o.put("DatabaseName", t.database());
            o.put("Name", t.name());
            o.put("ContractId", t.contractId());
            t.description().ifPresent(v -> o.put("Description", v));
            o.set("QualityRules", Json.textArray(t.quality()));
            return o;
        }));
        out.set("Schemas", Json.textArray(schemas));
        out.set("Jobs", Json.textArray(jobs));
        if (!roles.isEmpty()) {
            out.set("Roles", array(roles, r -> {
                ObjectNode o = Json.object();
                o.put("Role", r.role());
                o.put("Principal", r.principal());
                o.put("Access", r.access());
                r.description().ifPresent(v -> o.put("Description", v));
                o.set("FirstLevelApprovers", Json.textArray(r.firstLevelApprovers()));
                o.set("SecondLevelApprovers", Json.textArray(r.secondLevelApprovers()));
                o.set("Classifications", Json.textArray(r.classifications()));
                ObjectNode visible = o.putObject("VisibleColumns");
                r.visibleColumns().forEach((table, columns) -> visible.set(table, Json.textArray(columns)));
                o.put("ContractId", r.contractId());
                return o;
            }));
        }
        lastChanged.ifPresent(v -> out.put("LastChanged", v));
        return out;
    }

    /** Reads the JSON form; a missing or mistyped key is an {@link InvalidJsonException} naming it. */
    public static ProductRecord fromJson(JsonNode json) {
        if (!(json instanceof ObjectNode o)) {
            throw new InvalidJsonException(0, 0, "expected a product record object but found " + Json.typeName(json));
        }
        return new ProductRecord(required(o, "ProductId"), required(o, "Domain"), required(o, "DataProduct"),
                required(o, "Name"), optional(o, "Purpose"), optional(o, "Usage"), optional(o, "Limitations"),
                optional(o, "OwnerTeam"), texts(o, "Members"), texts(o, "Tags"),
                objects(o, "Support", s -> new Support(required(s, "Channel"), optional(s, "Url"),
                        optional(s, "Description"))),
                objects(o, "Sla", s -> new Sla(required(s, "Property"), required(s, "Value"), optional(s, "Unit"),
                        optional(s, "Element"), optional(s, "Description"))),
                objects(o, "Contracts", c -> new ContractRef(required(c, "Id"), optional(c, "Name"),
                        required(c, "Version"), required(c, "Status"), required(c, "Fingerprint"))),
                objects(o, "Tables", t -> new TableRef(required(t, "DatabaseName"), required(t, "Name"),
                        required(t, "ContractId"), optional(t, "Description"), texts(t, "QualityRules"))),
                texts(o, "Schemas"), texts(o, "Jobs"),
                objects(o, "Roles", r -> new RoleRef(required(r, "Role"), required(r, "Principal"),
                        required(r, "Access"), optional(r, "Description"), texts(r, "FirstLevelApprovers"),
                        texts(r, "SecondLevelApprovers"), texts(r, "Classifications"), visible(r),
                        required(r, "ContractId"))),
                optional(o, "LastChanged"));
    }

    private static Map<String, List<String>> visible(ObjectNode role) {
        JsonNode value = role.get("VisibleColumns");
        if (value == null || value.isNull()) {
            return Map.of();
        }
        if (!(value instanceof ObjectNode tables)) {
            throw new InvalidJsonException(0, 0, "'VisibleColumns' must be an object but is " + Json.typeName(value));
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        tables.properties().forEach(e -> out.put(e.getKey(), texts(tables, e.getKey())));
        return out;
    }

    private static <T> ArrayNode array(List<T> items, Function<T, ObjectNode> mapper) {
        ArrayNode out = Json.array();
        items.forEach(i -> out.add(mapper.apply(i)));
        return out;
    }

    private static String required(ObjectNode o, String key) {
        JsonNode value = o.get(key);
        if (value == null || !value.isTextual()) {
            throw new InvalidJsonException(0, 0, "'" + key + "' must be a string but is " + Json.typeName(value));
        }
        return value.asText();
    }

    private static Optional<String> optional(ObjectNode o, String key) {
        JsonNode value = o.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new InvalidJsonException(0, 0, "'" + key + "' must be a string but is " + Json.typeName(value));
        }
        return Optional.of(value.asText());
    }

    private static List<String> texts(ObjectNode o, String key) {
        JsonNode value = o.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidJsonException(0, 0, "'" + key + "' must be an array but is " + Json.typeName(value));
        }
        return Json.texts(value);
    }

    private static <T> List<T> objects(ObjectNode o, String key, Function<ObjectNode, T> mapper) {
        JsonNode value = o.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidJsonException(0, 0, "'" + key + "' must be an array but is " + Json.typeName(value));
        }
        List<T> out = new ArrayList<>();
        for (JsonNode item : value) {
            if (!(item instanceof ObjectNode object)) {
                throw new InvalidJsonException(0, 0, "the items of '" + key + "' must be objects");
            }
            out.add(mapper.apply(object));
        }
        return out;
    }
}
