package dev.datamesh.catalog.importer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datamesh.contract.validation.rules.PlaceholderRule;
import dev.datamesh.generator.ContractKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Puts imported tables into ODCS v3.1.0 contracts, one per source or one per table ({@link ImportLayout}): id
 * {@code urn:datacontract:<domain>:<name>}, version {@value #VERSION}, status {@value #STATUS}, the glue server of
 * Glue tables, the schema objects, and a {@value PlaceholderRule#MARKER} placeholder wherever only a person knows
 * the answer (purpose, owning team, service levels), which {@code mesh:validate} reports until it is filled in.
 */
public final class ContractAssembler {

    public static final String API_VERSION = "v3.1.0";
    public static final String VERSION = "0.1.0";
    public static final String STATUS = "draft";
    /** The name of the glue server entry. */
    public static final String GLUE_SERVER = "glue";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ImportLayout layout;
    private final Optional<String> domain;

    /** {@code domain} overrides what the source suggests. */
    public ContractAssembler(ImportLayout layout, Optional<String> domain) {
        this.layout = Objects.requireNonNull(layout, "layout == null");
        this.domain = Objects.requireNonNull(domain, "domain == null").map(String::strip).filter(d -> !d.isEmpty());
    }

    /** The contracts; {@code sourceName} names the one contract of the {@link ImportLayout#DATABASE} layout. */
    public List<ImportedContract> assemble(List<ImportedTable> tables, String sourceName) {
        if (layout == ImportLayout.DATABASE) {
            return List.of(contract(sourceName, tables));
        }
        return tables.stream().map(t -> contract(t.name(), List.of(t))).toList();
    }

    private ImportedContract contract(String name, List<ImportedTable> tables) {
        List<String> warnings = new ArrayList<>();
        tables.forEach(t -> warnings.addAll(t.warnings()));
        Optional<String> contractDomain = domain.or(() -> tables.stream().map(ImportedTable::domain)
                .flatMap(Optional::stream).findFirst());
        String key = ContractKey.slug(name);
        ObjectNode contract = NODES.objectNode();
        contract.put("apiVersion", API_VERSION);
        contract.put("kind", "DataContract");
        contract.put("id", "urn:datacontract:" + contractDomain.map(d -> ContractKey.slug(d) + ":").orElse("") + key);
        contract.put("name", name);
        contract.put("version", VERSION);
        contract.put("status", STATUS);
        contractDomain.ifPresent(d -> contract.put("domain", d));
        contract.put("dataProduct", name);
        contract.putObject("description").put("purpose",
                placeholder("why this data product exists, who it serves and what questions it answers."));
        ObjectNode team = contract.putObject("team");
        List<String> owners = tables.stream().map(ImportedTable::owner).flatMap(Optional::stream).distinct().toList();
        team.put("name", placeholder("the team that owns this data product." + (owners.isEmpty() ? ""
                : " Glue names the owner " + owners.stream().map(o -> "'" + o + "'")
                        .collect(Collectors.joining(", ")) + ".")));
        team.putArray("members").addObject()
                .put("username", placeholder("the username of the data product owner."))
                .put("role", "owner");
        server(tables, warnings).ifPresent(s -> contract.putArray("servers").add(s));
        ArrayNode schema = contract.putArray("schema");
        tables.forEach(t -> schema.add(t.schemaObject().deepCopy()));
        ArrayNode sla = contract.putArray("slaProperties");
        sla.addObject().put("property", "latency").put("value", placeholder("the most time from an event to its"
                + " data being queryable, as a number with 'unit:' (e.g. 6 and h)."));
        sla.addObject().put("property", "retention").put("value", placeholder("how long the data is kept, as a"
                + " number with 'unit:' (e.g. 3 and y)."));
        return new ImportedContract(key + ".odcs.yaml", OdcsOrder.contract(contract),
                tables.stream().map(ImportedTable::name).toList(), warnings);
    }

    /** A placeholder value: the marker, then what to write. */
    public static String placeholder(String what) {
        return PlaceholderRule.MARKER + ": " + what;
    }

    /**
     * The glue server of the tables that came from Glue: their account, database, common location prefix and most
     * common format.
     */
    private static Optional<ObjectNode> server(List<ImportedTable> tables, List<String> warnings) {
        List<ImportedTable> glue = tables.stream().filter(t -> t.glue().isPresent()).toList();
        if (glue.isEmpty()) {
            return Optional.empty();
        }
        ImportedTable.GlueOrigin first = glue.get(0).glue().orElseThrow();
        ObjectNode server = NODES.objectNode();
        server.put("server", GLUE_SERVER);
        server.put("type", "glue");
        first.databaseDescription().ifPresent(d -> server.put("description", d));
        server.put("account", glue.stream().map(t -> t.glue().orElseThrow().account()).flatMap(Optional::stream)
                .findFirst().orElse(placeholder("the AWS account id of the Glue Data Catalog.")));
        server.put("database", first.database());
        location(glue, warnings).ifPresent(l -> server.put("location", l));
        format(glue, warnings).ifPresent(f -> server.put("format", f));
        return Optional.of(server);
    }

    /**
     * The server location from which the Glue generator derives every table's location ({@code <location><table>/}),
     * when the tables follow that pattern.
     */
    private static Optional<String> location(List<ImportedTable> tables, List<String> warnings) {
        List<String> prefixes = new ArrayList<>();
        List<String> all = new ArrayList<>();
        boolean fits = true;
        for (ImportedTable table : tables) {
            Optional<String> location = table.glue().orElseThrow().location();
            if (location.isEmpty()) {
                continue;
            }
            all.add(table.name() + ": " + location.get());
            String folder = location.get().endsWith("/") ? location.get() : location.get() + "/";
            String suffix = "/" + table.name().toLowerCase(Locale.ROOT) + "/";
            if (folder.toLowerCase(Locale.ROOT).endsWith(suffix)) {
                prefixes.add(folder.substring(0, folder.length() - suffix.length() + 1));
            } else {
                fits = false;
            }
        }
        List<String> distinct = prefixes.stream().distinct().toList();
        if (fits && distinct.size() == 1) {
            return Optional.of(distinct.get(0));
        }
        if (!all.isEmpty()) {
            warnings.add("The tables' locations (" + String.join(", ", all) + ") are not one folder with a"
                    + " sub-folder per table, so the glue server has no 'location'; add the location the generated"
                    + " Glue tables should use (<location><table>/).");
        }
        return Optional.empty();
    }

    /** The most common format (ties: the first table's); a warning names the tables stored otherwise. */
    private static Optional<String> format(List<ImportedTable> tables, List<String> warnings) {
        Map<String, List<String>> byFormat = new LinkedHashMap<>();
        for (ImportedTable table : tables) {
            table.glue().orElseThrow().format().ifPresent(f -> byFormat.computeIfAbsent(f, k -> new ArrayList<>())
                    .add(table.name()));
        }
        Optional<String> format = byFormat.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> e.getValue().size())
                        .thenComparing(e -> -indexOf(byFormat, e.getKey())))
                .map(Map.Entry::getKey);
        format.ifPresent(f -> byFormat.forEach((other, names) -> {
            if (!other.equals(f)) {
                warnings.add("Tables " + String.join(", ", names) + " are stored as " + other + ", but the contract's"
                        + " glue server says " + f + "; import them with -Dmesh.importLayout=table to keep each"
                        + " table's format.");
            }
        }));
        return format;
    }

    private static int indexOf(Map<String, List<String>> map, String key) {
        return new ArrayList<>(map.keySet()).indexOf(key);
    }
}
