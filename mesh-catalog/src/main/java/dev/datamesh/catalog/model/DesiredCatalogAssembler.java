package dev.datamesh.catalog.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datamesh.catalog.access.AccessGrants;
import dev.datamesh.catalog.access.PrincipalAccess;
import dev.datamesh.catalog.access.ProductScope;
import dev.datamesh.contract.access.AccessConfig;
import dev.datamesh.contract.access.AccessLevel;
import dev.datamesh.contract.access.ColumnVisibility;
import dev.datamesh.contract.access.Principal;
import dev.datamesh.contract.loader.Node;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.QualityRule;
import dev.datamesh.contract.model.Role;
import dev.datamesh.contract.model.SchemaObject;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.contract.model.Server;
import dev.datamesh.contract.model.Team;
import dev.datamesh.generator.ContractKey;
import dev.datamesh.generator.GeneratedFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Turns contracts and their generated files into {@link ProductDefinition}s. */
final class DesiredCatalogAssembler {

    private final Map<String, GeneratedFile> files = new TreeMap<>();
    private final DefinitionOptions options;

    DesiredCatalogAssembler(List<GeneratedFile> generated, DefinitionOptions options) {
        generated.forEach(f -> files.put(f.path(), f));
        this.options = options;
    }

    DesiredCatalog assemble(List<Contract> contracts) {
        Map<String, List<Contract>> byKey = new TreeMap<>();
        for (Contract contract : contracts) {
            byKey.computeIfAbsent(ContractKey.of(contract), k -> new ArrayList<>()).add(contract);
        }
        List<ProductDefinition> products = new ArrayList<>();
        Map<String, String> tableOwners = new TreeMap<>();
        for (Map.Entry<String, List<Contract>> entry : byKey.entrySet()) {
            List<Contract> group = entry.getValue().stream().sorted(Comparator.comparing(Contract::id)).toList();
            ProductDefinition product = product(entry.getKey(), group);
            for (TableDefinition table : product.tables()) {
                String previous = tableOwners.putIfAbsent(table.qualifiedName(), table.contractId());
                if (previous != null) {
                    throw new InvalidProductDefinitionException("Table " + table.qualifiedName()
                            + " is defined by contracts " + previous + " and " + table.contractId() + ".",
                            "table " + table.qualifiedName(), "give one of the schema objects another "
                            + "'physicalName', or register the contracts in different databases "
                            + "(servers[type=glue].database).");
                }
            }
            products.add(product);
        }
        return DesiredCatalog.of(products);
    }

    private ProductDefinition product(String key, List<Contract> contracts) {
        Contract first = contracts.get(0);
        String domain = domainSlug(first);
        for (Contract other : contracts) {
            if (!domainSlug(other).equals(domain)) {
                throw new InvalidProductDefinitionException("Contracts " + first.file() + " (domain " + domain
                        + ") and " + other.file() + " (domain " + domainSlug(other)
                        + ") both write their outputs under " + key + "/.", other.file(),
                        "give the contracts distinct 'dataProduct' values.");
            }
        }
        String id = domain + "/" + key;
        Map<String, List<Contract>> byDatabase = new TreeMap<>();
        contracts.forEach(c -> byDatabase.computeIfAbsent(databaseName(c), d -> new ArrayList<>()).add(c));

        Map<String, String> productParameters = new LinkedHashMap<>();
        productParameters.put(ProductParameters.PRODUCT_ID, id);
        productParameters.put(ProductParameters.DOMAIN, domain);
        productParameters.put(ProductParameters.DATA_PRODUCT, key);
        owner(contracts).ifPresent(o -> productParameters.put(ProductParameters.OWNER, o));

        List<DatabaseDefinition> databases = databases(key, domain, byDatabase, productParameters);
        List<TableDefinition> tables = tables(key, contracts, productParameters);
        List<SchemaDefinition> schemas = schemas(key, domain);
        List<GlueObject> jobs = jobs(key);
        List<PrincipalAccess> access = new ArrayList<>();
        List<ProductRecord.RoleRef> roles = new ArrayList<>();
        roles(id, domain, key, contracts, tables, access, roles);
        ProductRecord record = record(id, domain, key, contracts, tables, schemas, jobs, roles);
        return new ProductDefinition(record, databases, tables, schemas, jobs, access,
                options.lakeFormationRoleArn());
    }

    /**
     * The contracts' roles, as accesses to grant (on every table of the product: LF-tag policies cannot tell one
     * contract's tables from another's) and as what the product record shows.
     */
    private void roles(String id, String domain, String key, List<Contract> contracts, List<TableDefinition> tables,
            List<PrincipalAccess> access, List<ProductRecord.RoleRef> refs) {
        ProductScope scope = new ProductScope(id, domain, key, tables.stream().map(t -> new ProductScope.Table(
                t.database(), t.name(), t.columnNames(), t.classifications(), Optional.empty())).toList());
        AccessConfig config = options.access();
        for (Contract contract : contracts) {
            for (Role role : contract.roles()) {
                Principal principal = config.resolve(role.role()).orElseThrow(() ->
                        new InvalidProductDefinitionException("Role '" + role.role() + "' of contract "
                                + contract.file() + " names no IAM role ARN or account id.", contract.file(),
                                "write the role ARN in 'role', or map the name in the plugin's <principals>."));
                AccessLevel level = AccessLevel.of(role.access()).orElseThrow(() ->
                        new InvalidProductDefinitionException("Role '" + role.role() + "' of contract "
                                + contract.file() + " has access '" + role.access().orElse("") + "'.",
                                contract.file(), "set 'access' to read or write."));
                SortedSet<String> allowed = ColumnVisibility.allowed(role, config.openClassifications());
                String source = "role " + (role.role().trim().equals(principal.identifier()) ? ""
                        : role.role().trim() + " ") + "(" + level.word() + ") in " + contract.file();
                access.add(new PrincipalAccess(principal.identifier(), level, allowed, Optional.empty(), source));
                Map<String, List<String>> visible = new LinkedHashMap<>();
                for (ProductScope.Table table : scope.tables()) {
                    visible.put(table.qualifiedName(), AccessGrants.visibleColumns(table, allowed));
                }
                refs.add(new ProductRecord.RoleRef(role.role().trim(), principal.identifier(), level.word(),
                        role.description(), role.firstLevelApprovers(), role.secondLevelApprovers(),
                        List.copyOf(allowed), visible, contract.id()));
            }
        }
    }

    private List<DatabaseDefinition> databases(String key, String domain, Map<String, List<Contract>> byDatabase,
            Map<String, String> productParameters) {
        String path = "glue/" + key + "/database.json";
        Optional<GlueObject> generated = Optional.ofNullable(files.get(path)).map(f -> parse(f, "DatabaseInput"));
        if (generated.isPresent() && !byDatabase.containsKey(generated.get().name())) {
            throw new InvalidProductDefinitionException(path + " defines database '" + generated.get().name()
                    + "' but the contracts name " + String.join(", ", byDatabase.keySet()) + ".", path,
                    "run mesh:generate again so that the generated files match the contracts.");
        }
        List<DatabaseDefinition> out = new ArrayList<>();
        byDatabase.forEach((name, inDatabase) -> {
            GlueObject input = generated.filter(g -> g.name().equals(name)).orElseGet(() -> GlueObject.empty()
                    .with("Name", name).with("Description", "Data products of the " + domain + " domain."));
            Map<String, String> parameters = new LinkedHashMap<>(productParameters);
            parameters.putAll(contractParameters(inDatabase));
            out.add(new DatabaseDefinition(name, input.withEntries("Parameters", parameters)));
        });
        return out;
    }

    private List<TableDefinition> tables(String key, List<Contract> contracts, Map<String, String> productParameters) {
        String prefix = "glue/" + key + "/";
        List<TableDefinition> out = new ArrayList<>();
        for (GeneratedFile file : files.values()) {
            String rest = file.path().startsWith(prefix) ? file.path().substring(prefix.length()) : "";
            if (!rest.endsWith(".table.json") || rest.contains("/")) {
                continue;
            }
            GlueObject input = parse(file, "TableInput");
            if (input.name().isEmpty()) {
                throw invalidFile(file, "has no 'Name'");
            }
            Optional<Match> match = contracts.stream().flatMap(c -> c.schema().stream()
                    .filter(s -> s.tableName().equalsIgnoreCase(input.name())).map(s -> new Match(c, s)))
                    .findFirst();
            if (match.isEmpty()) {
                throw new InvalidProductDefinitionException(file.path() + " defines table '" + input.name()
                        + "', which no contract of product " + key + " has.", file.path(),
                        "run mesh:generate again; it removes the files of tables that left the contracts.");
            }
            Contract contract = match.get().contract();
            Map<String, String> parameters = new LinkedHashMap<>(productParameters);
            parameters.putAll(contractParameters(List.of(contract)));
            out.add(new TableDefinition(databaseName(contract), input.withEntries("Parameters", parameters),
                    contract.id(), classifications(match.get().schemaObject(), input)));
        }
        for (Contract contract : contracts) {
            for (SchemaObject object : contract.schema()) {
                boolean found = out.stream().anyMatch(t -> t.name().equalsIgnoreCase(object.tableName()));
                if (!found) {
                    throw new InvalidProductDefinitionException("No Glue table definition for table '"
                            + object.tableName() + "' of contract " + contract.file() + " (expected "
                            + prefix + object.tableName().toLowerCase(Locale.ROOT) + ".table.json).",
                            contract.file(), "run mesh:generate with the 'glue' generator before registering.");
                }
            }
        }
        out.sort(Comparator.comparing(TableDefinition::qualifiedName));
        return out;
    }

    private record Match(Contract contract, SchemaObject schemaObject) {}

    private static Map<String, String> classifications(SchemaObject object, GlueObject input) {
        Map<String, String> byLowerName = new TreeMap<>();
        for (String column : TableDefinition.columnNames(input)) {
            byLowerName.put(column.toLowerCase(Locale.ROOT), column);
        }
        Map<String, String> out = new TreeMap<>();
        for (SchemaProperty property : object.properties()) {
            String column = byLowerName.get(property.columnName().toLowerCase(Locale.ROOT));
            Optional<String> classification = property.classification().map(String::trim).filter(s -> !s.isEmpty());
            if (column != null && classification.isPresent()) {
                out.put(column, classification.get());
            }
        }
        return out;
    }

    private List<SchemaDefinition> schemas(String key, String domain) {
        String prefix = "avro/" + key + "/";
        String registry = options.schemaRegistry().orElse(domain);
        List<SchemaDefinition> out = new ArrayList<>();
        for (GeneratedFile file : files.values()) {
            String rest = file.path().startsWith(prefix) ? file.path().substring(prefix.length()) : "";
            if (!rest.endsWith(".avsc") || rest.contains("/")) {
                continue;
            }
            ObjectNode schema;
            try {
                schema = Json.parseObject(file.content());
            } catch (InvalidJsonException e) {
                throw invalidFile(file, "is not a valid Avro schema (" + e.getMessage() + ")");
            }
            JsonNode name = schema.get("name");
            if (name == null || !name.isTextual() || name.asText().isBlank()) {
                throw invalidFile(file, "has no record 'name'");
            }
            JsonNode namespace = schema.get("namespace");
            String fullName = name.asText().contains(".") || namespace == null || !namespace.isTextual()
                    || namespace.asText().isEmpty() ? name.asText() : namespace.asText() + "." + name.asText();
            out.add(new SchemaDefinition(registry, fullName, "AVRO", options.compatibility(), file.content()));
        }
        out.sort(Comparator.comparing(SchemaDefinition::id));
        return out;
    }

    private List<GlueObject> jobs(String key) {
        String prefix = "glue-etl/" + key + "/";
        List<GlueObject> out = new ArrayList<>();
        for (GeneratedFile file : files.values()) {
            String rest = file.path().startsWith(prefix) ? file.path().substring(prefix.length()) : "";
            if (rest.endsWith(".job.json") && !rest.contains("/")) {
                GlueObject job = parse(file, "CreateJob request");
                if (job.name().isEmpty()) {
                    throw invalidFile(file, "has no 'Name'");
                }
                out.add(job);
            }
        }
        out.sort(Comparator.comparing(GlueObject::name));
        return out;
    }

    private static ProductRecord record(String id, String domain, String key, List<Contract> contracts,
            List<TableDefinition> tables, List<SchemaDefinition> schemas, List<GlueObject> jobs,
            List<ProductRecord.RoleRef> roles) {
        Contract first = contracts.get(0);
        String name = contracts.stream().map(c -> c.dataProduct().filter(s -> !s.isBlank()))
                .flatMap(Optional::stream).findFirst().orElse(key);
        Optional<Contract> described = contracts.stream().filter(c -> c.description().purpose().isPresent())
                .findFirst();
        Contract descriptionSource = described.orElse(first);
        LinkedHashSet<String> members = new LinkedHashSet<>();
        contracts.forEach(c -> c.team().ifPresent(t -> t.members().forEach(
                m -> members.add(m.username() + m.role().map(r -> " (" + r + ")").orElse("")))));
        TreeSet<String> tags = new TreeSet<>();
        contracts.forEach(c -> tags.addAll(c.tags()));
        LinkedHashMap<String, ProductRecord.Support> support = new LinkedHashMap<>();
        contracts.forEach(c -> c.support().forEach(s -> support.putIfAbsent(s.channel() + " " + s.url().orElse(""),
                new ProductRecord.Support(s.channel(), s.url(), s.description()))));
        LinkedHashMap<String, ProductRecord.Sla> sla = new LinkedHashMap<>();
        contracts.forEach(c -> c.slaProperties().forEach(s -> sla.putIfAbsent(
                s.property() + " " + s.element().orElse(""), new ProductRecord.Sla(s.property(),
                        s.value() + s.valueExt().map(v -> " - " + v).orElse(""), s.unit(), s.element(),
                        s.description()))));
        List<ProductRecord.ContractRef> refs = contracts.stream().map(c -> new ProductRecord.ContractRef(c.id(),
                c.name(), c.version(), c.status(), c.fingerprint())).toList();
        List<ProductRecord.TableRef> tableRefs = new ArrayList<>();
        for (TableDefinition table : tables) {
            Contract contract = contracts.stream().filter(c -> c.id().equals(table.contractId())).findFirst()
                    .orElseThrow();
            SchemaObject object = contract.schema().stream()
                    .filter(s -> s.tableName().equalsIgnoreCase(table.name())).findFirst().orElseThrow();
            List<String> quality = new ArrayList<>();
            object.quality().forEach(q -> quality.add(qualityText(q, Optional.empty())));
            object.properties().forEach(p -> p.quality().forEach(q -> quality.add(qualityText(q,
                    Optional.of(p.columnName())))));
            tableRefs.add(new ProductRecord.TableRef(table.database(), table.name(), contract.id(),
                    object.description().or(() -> table.input().text("Description")), quality));
        }
        return new ProductRecord(id, domain, key, name, descriptionSource.description().purpose(),
                descriptionSource.description().usage(), descriptionSource.description().limitations(),
                owner(contracts), List.copyOf(members), List.copyOf(tags), List.copyOf(support.values()),
                List.copyOf(sla.values()), refs, tableRefs,
                schemas.stream().map(SchemaDefinition::id).toList(),
                jobs.stream().map(GlueObject::name).toList(), roles, Optional.empty());
    }

    /** A quality rule in words, e.g. {@code sale_id: nullValues mustBe 0}. */
    static String qualityText(QualityRule rule, Optional<String> column) {
        StringBuilder out = new StringBuilder();
        column.ifPresent(c -> out.append(c).append(": "));
        String what;
        if (rule.isLibrary()) {
            what = rule.metric().or(() -> rule.name()).orElse("library rule");
        } else if (rule.isSql()) {
            what = "SQL " + rule.query().orElse("?");
        } else {
            what = rule.description().or(() -> rule.name()).orElse(rule.type() + " rule");
        }
        out.append(what);
        rule.operator().ifPresent(op -> out.append(' ').append(op).append(' ')
                .append(rule.operand().map(DesiredCatalogAssembler::operandText).orElse("")));
        rule.unit().ifPresent(u -> out.append(' ').append(u));
        if (!what.equals(rule.description().orElse(null))) {
            rule.description().ifPresent(d -> out.append(" (").append(d).append(')'));
        }
        return out.toString().strip();
    }

    private static String operandText(Node node) {
        Object plain = node.toPlain();
        if (plain instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(plain);
    }

    private static Optional<String> owner(List<Contract> contracts) {
        return contracts.stream().map(Contract::team).flatMap(Optional::stream).map(Team::name)
                .flatMap(Optional::stream).filter(s -> !s.isBlank()).findFirst();
    }

    private static Map<String, String> contractParameters(List<Contract> contracts) {
        List<Contract> sorted = contracts.stream().sorted(Comparator.comparing(Contract::id)).toList();
        Map<String, String> out = new LinkedHashMap<>();
        out.put(ProductParameters.CONTRACT_ID, sorted.stream().map(Contract::id).collect(Collectors.joining(",")));
        out.put(ProductParameters.CONTRACT_VERSION,
                sorted.stream().map(Contract::version).collect(Collectors.joining(",")));
        out.put(ProductParameters.CONTRACT_FINGERPRINT,
                sorted.stream().map(Contract::fingerprint).collect(Collectors.joining(",")));
        return out;
    }

    private static String domainSlug(Contract contract) {
        String domain = contract.domain().filter(s -> !s.isBlank()).orElseThrow(() ->
                new InvalidProductDefinitionException("Contract " + contract.file() + " has no domain, so it cannot "
                        + "be registered in the catalog.", contract.file(),
                        "add 'domain:' (for example 'domain: sales') at the top level of the contract."));
        return ContractKey.slug(domain);
    }

    /** The glue server's {@code database}, else the domain made a Glue name ({@code Sales Ops} is {@code sales_ops}). */
    static String databaseName(Contract contract) {
        Optional<String> configured = contract.server("glue").flatMap(Server::database).filter(s -> !s.isBlank());
        if (configured.isPresent()) {
            return configured.get();
        }
        return domainSlug(contract).replace('-', '_');
    }

    private static GlueObject parse(GeneratedFile file, String shape) {
        try {
            return GlueObject.parse(file.content());
        } catch (InvalidJsonException e) {
            throw invalidFile(file, "is not a valid Glue " + shape + " (" + e.getMessage() + ")");
        }
    }

    private static InvalidProductDefinitionException invalidFile(GeneratedFile file, String problem) {
        return new InvalidProductDefinitionException("The generated file " + file.path() + " " + problem + ".",
                file.path(), "run mesh:generate again; if the problem stays, report it with this file attached.");
    }
}
