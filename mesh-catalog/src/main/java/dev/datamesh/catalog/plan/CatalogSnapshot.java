package dev.datamesh.catalog.plan;

import dev.datamesh.catalog.CatalogSession;
import dev.datamesh.catalog.ResourceKind;
import dev.datamesh.catalog.access.LfGrant;
import dev.datamesh.catalog.access.ProductScope;
import dev.datamesh.catalog.access.Subscription;
import dev.datamesh.catalog.model.DesiredCatalog;
import dev.datamesh.catalog.model.GlueObject;
import dev.datamesh.catalog.model.LfTag;
import dev.datamesh.catalog.model.ProductDefinition;
import dev.datamesh.catalog.model.ProductRecord;
import dev.datamesh.catalog.model.ResourceLfTags;
import dev.datamesh.catalog.model.SchemaDefinition;
import dev.datamesh.catalog.model.SchemaInfo;
import dev.datamesh.catalog.model.TableDefinition;
import dev.datamesh.catalog.model.TableState;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the catalog holds now of everything the desired products touch, read once through a session (read calls
 * only), so that planning is a pure function of two values.
 */
public final class CatalogSnapshot {

    private final String catalog;
    private final Set<ResourceKind> kinds;
    private final Map<String, GlueObject> databases = new TreeMap<>();
    private final Map<String, List<TableState>> tables = new TreeMap<>();
    private final Map<String, LfTag> lfTags = new TreeMap<>();
    private final Map<String, Map<String, String>> databaseTags = new TreeMap<>();
    private final Map<String, ResourceLfTags> tableTags = new TreeMap<>();
    private final Set<String> registries = new TreeSet<>();
    private final Map<String, SchemaInfo> schemas = new TreeMap<>();
    private final Map<String, Long> matchingVersions = new TreeMap<>();
    private final Map<String, GlueObject> jobs = new TreeMap<>();
    private final Map<String, ProductRecord> products = new TreeMap<>();
    private final Map<String, List<LfGrant>> grants = new TreeMap<>();
    private final Set<String> dataLocations = new TreeSet<>();
    private final Map<String, List<Subscription>> subscriptions = new TreeMap<>();

    private CatalogSnapshot(String catalog, Set<ResourceKind> kinds) {
        this.catalog = catalog;
        this.kinds = Set.copyOf(kinds.isEmpty() ? EnumSet.noneOf(ResourceKind.class) : EnumSet.copyOf(kinds));
    }

    /** Reads everything the desired products refer to, and the other tables of their databases. */
    public static CatalogSnapshot read(CatalogSession session, DesiredCatalog desired) {
        CatalogSnapshot s = new CatalogSnapshot(session.catalogName(), session.supportedKinds());
        Set<String> databaseNames = new TreeSet<>();
        desired.products().forEach(p -> p.databases().forEach(d -> databaseNames.add(d.name())));
        desired.products().forEach(p -> p.tables().forEach(t -> databaseNames.add(t.database())));
        boolean assignments = s.supports(ResourceKind.TAG_ASSIGNMENT);
        for (String name : databaseNames) {
            Optional<GlueObject> database = session.getDatabase(name);
            if (database.isEmpty()) {
                continue;
            }
            s.databases.put(name, database.get());
            List<TableState> listed = session.getTables(name);
            s.tables.put(name, List.copyOf(listed));
            if (assignments) {
                s.databaseTags.put(name, Map.copyOf(session.getDatabaseLfTags(name)));
            }
        }
        if (assignments) {
            for (ProductDefinition product : desired.products()) {
                for (TableDefinition table : product.tables()) {
                    if (s.table(table.database(), table.name()).isPresent()) {
                        s.tableTags.put(table.qualifiedName(), session.getTableLfTags(table.database(), table.name()));
                    }
                }
            }
        }
        if (s.supports(ResourceKind.LF_TAG)) {
            for (String key : desiredTagKeys(desired)) {
                session.getLfTag(key).ifPresent(tag -> s.lfTags.put(key, tag));
            }
        }
        if (s.supports(ResourceKind.SCHEMA)) {
            Set<String> registryNames = new TreeSet<>();
            desired.products().forEach(p -> p.schemas().forEach(d -> registryNames.add(d.registry())));
            for (String registry : registryNames) {
                if (session.getRegistry(registry).isPresent()) {
                    s.registries.add(registry);
                }
            }
            for (ProductDefinition product : desired.products()) {
                for (SchemaDefinition schema : product.schemas()) {
                    if (!s.registries.contains(schema.registry())) {
                        continue;
                    }
                    Optional<SchemaInfo> info = session.getSchema(schema.registry(), schema.name());
                    if (info.isPresent()) {
                        s.schemas.put(schema.id(), info.get());
                        OptionalLong version = session.getSchemaVersionByDefinition(schema.registry(),
                                schema.name(), schema.definition());
                        version.ifPresent(v -> s.matchingVersions.put(schema.id(), v));
                    }
                }
            }
        }
        if (s.supports(ResourceKind.JOB)) {
            for (ProductDefinition product : desired.products()) {
                for (GlueObject job : product.jobs()) {
                    session.getJob(job.name()).ifPresent(j -> s.jobs.put(job.name(), j));
                }
            }
        }
        if (s.supports(ResourceKind.PRODUCT)) {
            for (ProductDefinition product : desired.products()) {
                session.getProduct(product.domain(), product.dataProduct())
                        .ifPresent(r -> s.products.put(product.id(), r));
            }
        }
        if (s.supports(ResourceKind.DATA_LOCATION)) {
            s.dataLocations.addAll(session.getDataLocations());
        }
        for (ProductDefinition product : desired.products()) {
            if (s.supports(ResourceKind.SUBSCRIPTION)) {
                s.subscriptions.put(product.id(), List.copyOf(session.getSubscriptions(Optional.of(product.id()))));
            }
            if (s.supports(ResourceKind.GRANT)) {
                s.grants.put(product.id(), List.copyOf(session.getGrants(ProductScope.of(product))));
            }
        }
        return s;
    }

    /**
     * The LF-tag keys the desired products use: domain and data_product, and classification (on classified columns,
     * and as {@code unclassified} on every table, which the other columns inherit).
     */
    static Set<String> desiredTagKeys(DesiredCatalog desired) {
        Set<String> keys = new TreeSet<>(List.of(LfTag.DOMAIN, LfTag.DATA_PRODUCT));
        if (desired.products().stream().anyMatch(p -> !p.tables().isEmpty())) {
            keys.add(LfTag.CLASSIFICATION);
        }
        return keys;
    }

    public String catalog() {
        return catalog;
    }

    public boolean supports(ResourceKind kind) {
        return kinds.contains(kind);
    }

    public Optional<GlueObject> database(String name) {
        return Optional.ofNullable(databases.get(name));
    }

    /** The tables of a database that exists, sorted by name; empty otherwise. */
    public List<TableState> tables(String database) {
        return tables.getOrDefault(database, List.of());
    }

    public Optional<TableState> table(String database, String table) {
        return tables(database).stream().filter(t -> t.name().equals(table)).findFirst();
    }

    public Optional<LfTag> lfTag(String key) {
        return Optional.ofNullable(lfTags.get(key));
    }

    public Map<String, String> databaseTags(String database) {
        return databaseTags.getOrDefault(database, Map.of());
    }

    public ResourceLfTags tableTags(String database, String table) {
        return tableTags.getOrDefault(database + "." + table, ResourceLfTags.NONE);
    }

    public boolean registryExists(String registry) {
        return registries.contains(registry);
    }

    public Optional<SchemaInfo> schema(SchemaDefinition schema) {
        return Optional.ofNullable(schemas.get(schema.id()));
    }

    /** The version that holds exactly the desired definition, if one does. */
    public OptionalLong matchingVersion(SchemaDefinition schema) {
        Long version = matchingVersions.get(schema.id());
        return version == null ? OptionalLong.empty() : OptionalLong.of(version);
    }

    public Optional<GlueObject> job(String name) {
        return Optional.ofNullable(jobs.get(name));
    }

    public Optional<ProductRecord> product(String id) {
        return Optional.ofNullable(products.get(id));
    }

    /** The grants the catalog holds that were made for a product. */
    public List<LfGrant> grants(String productId) {
        return grants.getOrDefault(productId, List.of());
    }

    /** The S3 locations registered with Lake Formation, as ARNs. */
    public Set<String> dataLocations() {
        return Collections.unmodifiableSet(dataLocations);
    }

    /** The subscription requests of a product. */
    public List<Subscription> subscriptions(String productId) {
        return subscriptions.getOrDefault(productId, List.of());
    }
}
