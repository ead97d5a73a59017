package dev.datamesh.catalog.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datamesh.catalog.ResourceKind;
import dev.datamesh.catalog.access.AccessGrants;
import dev.datamesh.catalog.access.AccessPlanner;
import dev.datamesh.catalog.access.PrincipalAccess;
import dev.datamesh.catalog.access.ProductScope;
import dev.datamesh.catalog.access.Subscription;
import dev.datamesh.catalog.access.SubscriptionAccess;
import dev.datamesh.catalog.access.SubscriptionStatus;
import dev.datamesh.catalog.model.DatabaseDefinition;
import dev.datamesh.catalog.model.DesiredCatalog;
import dev.datamesh.catalog.model.GlueFields;
import dev.datamesh.catalog.model.GlueObject;
import dev.datamesh.catalog.model.InvalidJsonException;
import dev.datamesh.catalog.model.Json;
import dev.datamesh.catalog.model.LfResource;
import dev.datamesh.catalog.model.LfTag;
import dev.datamesh.catalog.model.ProductDefinition;
import dev.datamesh.catalog.model.ProductParameters;
import dev.datamesh.catalog.model.ProductRecord;
import dev.datamesh.catalog.model.SchemaDefinition;
import dev.datamesh.catalog.model.SchemaInfo;
import dev.datamesh.catalog.model.TableDefinition;
import dev.datamesh.catalog.model.TableState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes a {@link RegistrationPlan} from the desired products and a snapshot of the catalog. Pure: no I/O, no
 * clock, same inputs give the same plan.
 *
 * <p>Rules: keys the contracts set win and keys they do not mention are kept; nothing is deleted (a table, a column
 * or a tag assignment) unless {@code allowDeletes} is set, and what would have been deleted is reported. A database
 * or table whose {@code product.id} parameter names another product is left as it is. LF-tag values are only ever
 * added, since other products may use them. Grants are the exception to "never delete": a grant made for the
 * product that no contract role or approved subscription holds any more is revoked, first of all.
 */
public final class Planner {

    private static final Map<String, String> TABLE_ALIASES = Map.of("StorageDescriptor.Columns", "Columns");
    private static final String KEPT = "not in any contract; kept, use allowDeletes to drop";

    private final DesiredCatalog desired;
    private final CatalogSnapshot current;
    private final boolean allowDeletes;
    private final Map<String, ProductDefinition> databaseOwners = new TreeMap<>();
    private final List<Managed> managedTables = new ArrayList<>();

    private Planner(DesiredCatalog desired, CatalogSnapshot current, boolean allowDeletes) {
        this.desired = desired;
        this.current = current;
        this.allowDeletes = allowDeletes;
    }

    private record Managed(ProductDefinition product, TableDefinition table) {}

    /** The plan that brings the catalog to the desired state. */
    public static RegistrationPlan plan(DesiredCatalog desired, CatalogSnapshot current, boolean allowDeletes) {
        return new Planner(desired, current, allowDeletes).plan();
    }

    private RegistrationPlan plan() {
        List<PlannedAction> actions = new ArrayList<>();
        List<PlannedAction> grants = new ArrayList<>();
        if (current.supports(ResourceKind.GRANT)) {
            for (ProductDefinition product : desired.products()) {
                AccessPlanner.Plan plan = AccessPlanner.plan(ProductScope.of(product), accesses(product),
                        current.grants(product.id()), true);
                actions.addAll(plan.revokes());
                grants.addAll(plan.grants());
            }
        }
        if (current.supports(ResourceKind.LF_TAG)) {
            lfTags(actions);
        }
        databases(actions);
        tables(actions);
        if (current.supports(ResourceKind.SCHEMA)) {
            schemas(actions);
        }
        if (current.supports(ResourceKind.JOB)) {
            jobs(actions);
        }
        if (current.supports(ResourceKind.TAG_ASSIGNMENT)) {
            assignments(actions);
        }
        if (current.supports(ResourceKind.DATA_LOCATION)) {
            dataLocations(actions);
        }
        actions.addAll(grants);
        if (current.supports(ResourceKind.PRODUCT)) {
            products(actions);
        }
        return RegistrationPlan.of(current.catalog(), desired.productIds(), actions);
    }

    /**
     * Who may use a product: its contracts' roles and its approved subscriptions, which registration keeps (the
     * classifications granted on approval, the tables requested).
     */
    private List<PrincipalAccess> accesses(ProductDefinition product) {
        List<PrincipalAccess> out = new ArrayList<>(product.access());
        for (Subscription subscription : current.subscriptions(product.id())) {
            if (subscription.status() == SubscriptionStatus.APPROVED) {
                out.add(SubscriptionAccess.of(subscription));
            }
        }
        return out;
    }

    private void lfTags(List<PlannedAction> actions) {
        Map<String, TreeSet<String>> values = new TreeMap<>();
        for (ProductDefinition product : desired.products()) {
            values.computeIfAbsent(LfTag.DOMAIN, k -> new TreeSet<>()).add(product.domain());
            values.computeIfAbsent(LfTag.DATA_PRODUCT, k -> new TreeSet<>()).add(product.dataProduct());
            product.tables().forEach(t -> t.classifications().values().forEach(
                    c -> values.computeIfAbsent(LfTag.CLASSIFICATION, k -> new TreeSet<>()).add(c)));
            if (!product.tables().isEmpty()) {
                values.computeIfAbsent(LfTag.CLASSIFICATION, k -> new TreeSet<>()).add(AccessGrants.UNCLASSIFIED);
            }
            if (current.supports(ResourceKind.GRANT)) {
                for (PrincipalAccess access : accesses(product)) {
                    if (access.tables().isEmpty()) {
                        values.computeIfAbsent(LfTag.CLASSIFICATION, k -> new TreeSet<>())
                                .addAll(AccessGrants.expressionValues(access));
                    }
                }
            }
        }
        values.forEach((key, wanted) -> {
            Optional<LfTag> tag = current.lfTag(key);
            if (tag.isEmpty()) {
                actions.add(change(ResourceKind.LF_TAG, key, ActionType.CREATE,
                        List.of("TagValues: " + String.join(", ", wanted)),
                        new Operation.CreateLfTag(key, List.copyOf(wanted))));
                return;
            }
            List<String> missing = wanted.stream().filter(v -> !tag.get().values().contains(v)).toList();
            if (missing.isEmpty()) {
                actions.add(unchanged(ResourceKind.LF_TAG, key));
            } else {
                actions.add(change(ResourceKind.LF_TAG, key, ActionType.UPDATE,
                        missing.stream().map(v -> "TagValues: + " + v).toList(),
                        new Operation.UpdateLfTag(key, missing)));
            }
        });
    }

    private void databases(List<PlannedAction> actions) {
        Map<String, List<ProductDefinition>> wanted = new TreeMap<>();
        for (ProductDefinition product : desired.products()) {
            product.databases().forEach(d -> wanted.computeIfAbsent(d.name(), n -> new ArrayList<>()).add(product));
        }
        wanted.forEach((name, products) -> {
            Optional<GlueObject> existing = current.database(name);
            if (existing.isEmpty()) {
                ProductDefinition owner = products.get(0);
                databaseOwners.put(name, owner);
                actions.add(change(ResourceKind.DATABASE, name, ActionType.CREATE, List.of(),
                        new Operation.CreateDatabase(definition(owner, name).input())));
                return;
            }
            String ownerId = existing.get().parameters().get(ProductParameters.PRODUCT_ID);
            Optional<ProductDefinition> owner = ownerId == null ? Optional.of(products.get(0))
                    : products.stream().filter(p -> p.id().equals(ownerId)).findFirst();
            if (owner.isEmpty()) {
                actions.add(new PlannedAction(ResourceKind.DATABASE, name, ActionType.UNCHANGED,
                        "owned by product " + ownerId + "; left as it is", List.of(), List.of()));
                return;
            }
            databaseOwners.put(name, owner.get());
            GlueObject before = existing.get().only(GlueFields.DATABASE_INPUT);
            GlueObject after = merged(before, definition(owner.get(), name).input(), new JsonMerge(allowDeletes));
            if (before.equals(after)) {
                actions.add(unchanged(ResourceKind.DATABASE, name));
            } else {
                actions.add(change(ResourceKind.DATABASE, name, ActionType.UPDATE,
                        JsonDiff.diff(before.toNode(), after.toNode(), Map.of()),
                        new Operation.UpdateDatabase(name, after)));
            }
        });
    }

    private static DatabaseDefinition definition(ProductDefinition product, String name) {
        return product.databases().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private void tables(List<PlannedAction> actions) {
        List<PlannedAction> tableActions = new ArrayList<>();
        List<PlannedAction> columnReports = new ArrayList<>();
        for (ProductDefinition product : desired.products()) {
            for (TableDefinition table : product.tables()) {
                tableActions.add(table(product, table, columnReports));
            }
            Set<String> databases = new TreeSet<>();
            product.tables().forEach(t -> databases.add(t.database()));
            product.databases().forEach(d -> databases.add(d.name()));
            for (String database : databases) {
                for (TableState state : current.tables(database)) {
                    boolean ours = product.id().equals(state.table().parameters().get(ProductParameters.PRODUCT_ID));
                    boolean wanted = product.tables().stream()
                            .anyMatch(t -> t.database().equals(database) && t.name().equals(state.name()));
                    if (ours && !wanted) {
                        String name = database + "." + state.name();
                        tableActions.add(allowDeletes
                                ? change(ResourceKind.TABLE, name, ActionType.DELETE, List.of(),
                                        new Operation.DeleteTable(database, state.name()))
                                : report(ResourceKind.TABLE, name, KEPT));
                    }
                }
            }
        }
        tableActions.sort(Comparator.comparing(PlannedAction::resource));
        actions.addAll(tableActions);
        actions.addAll(columnReports);
    }

    private PlannedAction table(ProductDefinition product, TableDefinition table, List<PlannedAction> columnReports) {
        Optional<TableState> existing = current.table(table.database(), table.name());
        if (existing.isEmpty()) {
            managedTables.add(new Managed(product, table));
            return change(ResourceKind.TABLE, table.qualifiedName(), ActionType.CREATE, List.of(),
                    new Operation.CreateTable(table.database(), table.input()));
        }
        String ownerId = existing.get().table().parameters().get(ProductParameters.PRODUCT_ID);
        if (ownerId != null && !ownerId.equals(product.id())) {
            return report(ResourceKind.TABLE, table.qualifiedName(), "belongs to product " + ownerId
                    + "; not changed, rename the table in one of the contracts");
        }
        managedTables.add(new Managed(product, table));
        GlueObject before = existing.get().table().only(GlueFields.TABLE_INPUT);
        JsonMerge merge = new JsonMerge(allowDeletes);
        GlueObject after = merged(before, table.input(), merge);
        for (String column : merge.kept()) {
            columnReports.add(report(ResourceKind.COLUMN, table.qualifiedName() + "." + column,
                    "not in the contract; kept, use allowDeletes to drop"));
        }
        if (before.equals(after)) {
            return unchanged(ResourceKind.TABLE, table.qualifiedName());
        }
        return change(ResourceKind.TABLE, table.qualifiedName(), ActionType.UPDATE,
                JsonDiff.diff(before.toNode(), after.toNode(), TABLE_ALIASES),
                new Operation.UpdateTable(table.database(), after, existing.get().versionId()));
    }

    private void schemas(List<PlannedAction> actions) {
        Map<String, String> registries = new TreeMap<>();
        List<SchemaDefinition> schemas = new ArrayList<>();
        for (ProductDefinition product : desired.products()) {
            product.schemas().forEach(s -> registries.putIfAbsent(s.registry(), product.domain()));
            schemas.addAll(product.schemas());
        }
        registries.forEach((registry, domain) -> actions.add(current.registryExists(registry)
                ? unchanged(ResourceKind.SCHEMA_REGISTRY, registry)
                : change(ResourceKind.SCHEMA_REGISTRY, registry, ActionType.CREATE, List.of(),
                        new Operation.CreateRegistry(registry, registry.equals(domain)
                                ? "Schemas of the data products of the " + domain + " domain."
                                : "Schemas of data mesh products."))));
        schemas.sort(Comparator.comparing(SchemaDefinition::id));
        for (SchemaDefinition schema : schemas) {
            Optional<SchemaInfo> info = current.schema(schema);
            if (info.isEmpty()) {
                actions.add(change(ResourceKind.SCHEMA, schema.id(), ActionType.CREATE, List.of(),
                        new Operation.CreateSchema(schema)));
                continue;
            }
            OptionalLong matching = current.matchingVersion(schema);
            long latest = info.get().latestVersion();
            if (matching.isPresent()) {
                String reason = matching.getAsLong() == latest ? ActionType.UNCHANGED.defaultReason()
                        : "matches version " + matching.getAsLong() + "; the latest is " + latest;
                actions.add(new PlannedAction(ResourceKind.SCHEMA, schema.id(), ActionType.UNCHANGED, reason,
                        List.of(), List.of()));
                continue;
            }
            List<String> diff = new ArrayList<>();
            diff.add("Version: " + latest + " -> " + (latest + 1));
            try {
                diff.addAll(JsonDiff.diff(Json.parse(info.get().latestDefinition()), Json.parse(schema.definition()),
                        Map.of()));
            } catch (InvalidJsonException e) {
                diff.add("SchemaDefinition: changed");
            }
            actions.add(change(ResourceKind.SCHEMA, schema.id(), ActionType.UPDATE, diff,
                    new Operation.RegisterSchemaVersion(schema)));
        }
    }

    private void jobs(List<PlannedAction> actions) {
        List<GlueObject> jobs = new ArrayList<>();
        desired.products().forEach(p -> jobs.addAll(p.jobs()));
        jobs.sort(Comparator.comparing(GlueObject::name));
        for (GlueObject job : jobs) {
            Optional<GlueObject> existing = current.job(job.name());
            if (existing.isEmpty()) {
                actions.add(change(ResourceKind.JOB, job.name(), ActionType.CREATE, List.of(),
                        new Operation.CreateJob(job)));
                continue;
            }
            GlueObject before = existing.get().only(GlueFields.JOB_UPDATE);
            GlueObject after = merged(before, job.only(GlueFields.JOB_UPDATE), new JsonMerge(true));
            actions.add(before.equals(after) ? unchanged(ResourceKind.JOB, job.name())
                    : change(ResourceKind.JOB, job.name(), ActionType.UPDATE,
                            JsonDiff.diff(before.toNode(), after.toNode(), Map.of()),
                            new Operation.UpdateJob(job.name(), after)));
        }
    }

    private void assignments(List<PlannedAction> actions) {
        Set<String> productKeys = Set.of(LfTag.DOMAIN, LfTag.DATA_PRODUCT);
        databaseOwners.forEach((database, product) -> assignment(actions, LfResource.database(database),
                productTags(product), current.databaseTags(database), productKeys));
        List<Managed> tables = new ArrayList<>(managedTables);
        tables.sort(Comparator.comparing(m -> m.table().qualifiedName()));
        Set<String> tableKeys = Set.of(LfTag.DOMAIN, LfTag.DATA_PRODUCT, LfTag.CLASSIFICATION);
        for (Managed managed : tables) {
            TableDefinition table = managed.table();
            Map<String, String> wanted = productTags(managed.product());
            wanted.put(LfTag.CLASSIFICATION, AccessGrants.UNCLASSIFIED);
            assignment(actions, LfResource.table(table.database(), table.name()), wanted,
                    current.tableTags(table.database(), table.name()).table(), tableKeys);
        }
        for (Managed managed : tables) {
            TableDefinition table = managed.table();
            for (String column : table.columnNames()) {
                Map<String, String> wanted = new TreeMap<>();
                Optional.ofNullable(table.classifications().get(column))
                        .ifPresent(c -> wanted.put(LfTag.CLASSIFICATION, c));
                assignment(actions, LfResource.column(table.database(), table.name(), column), wanted,
                        current.tableTags(table.database(), table.name()).column(column),
                        Set.of(LfTag.CLASSIFICATION));
            }
        }
    }

    private static Map<String, String> productTags(ProductDefinition product) {
        Map<String, String> tags = new TreeMap<>();
        tags.put(LfTag.DATA_PRODUCT, product.dataProduct());
        tags.put(LfTag.DOMAIN, product.domain());
        return tags;
    }

    private void assignment(List<PlannedAction> actions, LfResource resource, Map<String, String> wanted,
            Map<String, String> assigned, Set<String> managedKeys) {
        Map<String, String> have = new TreeMap<>();
        assigned.forEach((k, v) -> {
            if (managedKeys.contains(k)) {
                have.put(k, v);
            }
        });
        Map<String, String> toAdd = new TreeMap<>();
        List<String> diff = new ArrayList<>();
        wanted.forEach((k, v) -> {
            if (!v.equals(have.get(k))) {
                toAdd.put(k, v);
                diff.add(have.containsKey(k) ? k + ": " + have.get(k) + " -> " + v : k + ": + " + v);
            }
        });
        Map<String, String> stale = new TreeMap<>();
        have.forEach((k, v) -> {
            if (!wanted.containsKey(k)) {
                stale.put(k, v);
            }
        });
        String name = resource.level() + " " + resource.name();
        List<Operation> operations = new ArrayList<>();
        if (!toAdd.isEmpty()) {
            operations.add(new Operation.AddLfTags(resource, toAdd));
        }
        if (!stale.isEmpty() && allowDeletes) {
            operations.add(new Operation.RemoveLfTags(resource, stale));
            stale.forEach((k, v) -> diff.add(k + ": - " + v));
        }
        if (!operations.isEmpty()) {
            ActionType type = have.isEmpty() ? ActionType.CREATE : toAdd.isEmpty() ? ActionType.DELETE
                    : ActionType.UPDATE;
            String reason = type == ActionType.DELETE ? "not in the contract; allowDeletes is set"
                    : type.defaultReason();
            actions.add(new PlannedAction(ResourceKind.TAG_ASSIGNMENT, name, type, reason, diff, operations));
        } else if (!wanted.isEmpty()) {
            actions.add(unchanged(ResourceKind.TAG_ASSIGNMENT, name));
        }
        if (!stale.isEmpty() && !allowDeletes) {
            StringBuilder tags = new StringBuilder();
            stale.forEach((k, v) -> tags.append(tags.length() == 0 ? "" : ", ").append(k).append('=').append(v));
            actions.add(report(ResourceKind.TAG_ASSIGNMENT, name, tags
                    + " not in the contract; kept, use allowDeletes to remove"));
        }
    }

    /**
     * Registers the locations of the tables the products manage with Lake Formation, unless a registered location
     * holds them already (the location itself or a prefix of it, such as the bucket).
     */
    private void dataLocations(List<PlannedAction> actions) {
        Map<String, Optional<String>> wanted = new TreeMap<>();
        for (Managed managed : managedTables) {
            managed.table().input().object("StorageDescriptor").flatMap(sd -> sd.text("Location"))
                    .flatMap(ProductScope::locationArn)
                    .ifPresent(arn -> wanted.putIfAbsent(arn, managed.product().lakeFormationRoleArn()));
        }
        wanted.forEach((arn, role) -> {
            if (covered(arn, current.dataLocations())) {
                actions.add(unchanged(ResourceKind.DATA_LOCATION, arn));
            } else {
                actions.add(change(ResourceKind.DATA_LOCATION, arn, ActionType.CREATE,
                        List.of("RoleArn: " + role.orElse("(the service-linked role)")),
                        new Operation.RegisterDataLocation(arn, role)));
            }
        });
    }

    /** Whether a location ARN is registered itself or below a registered one. */
    static boolean covered(String arn, Set<String> registered) {
        for (String location : registered) {
            if (arn.equals(location) || arn.startsWith(location + "/")) {
                return true;
            }
        }
        return false;
    }

    private void products(List<PlannedAction> actions) {
        for (ProductDefinition product : desired.products()) {
            ProductRecord record = product.record();
            Optional<ProductRecord> existing = current.product(product.id());
            if (existing.isEmpty()) {
                actions.add(change(ResourceKind.PRODUCT, product.id(), ActionType.CREATE, List.of(),
                        new Operation.PutProduct(record)));
            } else if (existing.get().sameContent(record)) {
                actions.add(unchanged(ResourceKind.PRODUCT, product.id()));
            } else {
                ObjectNode before = existing.get().withLastChanged(Optional.empty()).toJson();
                actions.add(change(ResourceKind.PRODUCT, product.id(), ActionType.UPDATE,
                        JsonDiff.diff(before, record.toJson(), Map.of()), new Operation.PutProduct(record)));
            }
        }
    }

    private static GlueObject merged(GlueObject before, GlueObject wanted, JsonMerge merge) {
        return GlueObject.of(merge.merge(before.toNode(), wanted.toNode()));
    }

    private static PlannedAction change(ResourceKind kind, String resource, ActionType type, List<String> diff,
            Operation operation) {
        return new PlannedAction(kind, resource, type, type.defaultReason(), diff, List.of(operation));
    }

    private static PlannedAction unchanged(ResourceKind kind, String resource) {
        return new PlannedAction(kind, resource, ActionType.UNCHANGED, ActionType.UNCHANGED.defaultReason(),
                List.of(), List.of());
    }

    private static PlannedAction report(ResourceKind kind, String resource, String reason) {
        return new PlannedAction(kind, resource, ActionType.REPORT, reason, List.of(), List.of());
    }
}
