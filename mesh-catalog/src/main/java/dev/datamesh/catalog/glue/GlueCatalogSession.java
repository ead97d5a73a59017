package dev.datamesh.catalog.glue;

import dev.datamesh.catalog.AccessMode;
import dev.datamesh.catalog.CatalogException;
import dev.datamesh.catalog.CatalogSession;
import dev.datamesh.catalog.ResourceKind;
import dev.datamesh.catalog.access.GrantResource;
import dev.datamesh.catalog.access.LfGrant;
import dev.datamesh.catalog.access.ProductScope;
import dev.datamesh.catalog.access.Subscription;
import dev.datamesh.catalog.access.SubscriptionStatus;
import dev.datamesh.catalog.model.GlueFields;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datamesh.catalog.model.GlueObject;
import dev.datamesh.catalog.model.InvalidJsonException;
import dev.datamesh.catalog.model.Json;
import dev.datamesh.catalog.model.LfResource;
import dev.datamesh.catalog.model.LfTag;
import dev.datamesh.catalog.model.ProductParameters;
import dev.datamesh.catalog.model.ProductRecord;
import dev.datamesh.catalog.model.ResourceLfTags;
import dev.datamesh.catalog.model.SchemaDefinition;
import dev.datamesh.catalog.model.SchemaInfo;
import dev.datamesh.catalog.model.TableDefinition;
import dev.datamesh.catalog.model.TableState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.AlreadyExistsException;
import software.amazon.awssdk.services.glue.model.ConcurrentModificationException;
import software.amazon.awssdk.services.glue.model.CreateJobRequest;
import software.amazon.awssdk.services.glue.model.DatabaseInput;
import software.amazon.awssdk.services.glue.model.GetSchemaByDefinitionResponse;
import software.amazon.awssdk.services.glue.model.GetSchemaResponse;
import software.amazon.awssdk.services.glue.model.GetSchemaVersionResponse;
import software.amazon.awssdk.services.glue.model.JobUpdate;
import software.amazon.awssdk.services.glue.model.SchemaId;
import software.amazon.awssdk.services.glue.model.SchemaVersionStatus;
import software.amazon.awssdk.services.glue.model.Table;
import software.amazon.awssdk.services.glue.model.TableInput;
import software.amazon.awssdk.services.lakeformation.LakeFormationClient;
import software.amazon.awssdk.services.lakeformation.model.ColumnLFTag;
import software.amazon.awssdk.services.lakeformation.model.DataLakeResourceType;
import software.amazon.awssdk.services.lakeformation.model.GetResourceLfTagsResponse;
import software.amazon.awssdk.services.lakeformation.model.LFTagError;
import software.amazon.awssdk.services.lakeformation.model.LFTagPair;
import software.amazon.awssdk.services.lakeformation.model.ListPermissionsResponse;
import software.amazon.awssdk.services.lakeformation.model.ListResourcesResponse;
import software.amazon.awssdk.services.lakeformation.model.PrincipalResourcePermissions;
import software.amazon.awssdk.services.lakeformation.model.Resource;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A session on the Glue catalog: one AWS call per {@link dev.datamesh.catalog.CatalogReader} and
 * {@link dev.datamesh.catalog.CatalogWriter} method (a few read two), with "not found" as an empty result and every
 * other failure a {@link CatalogException} naming the IAM action and the resource. No lock: table updates are guarded
 * by {@code VersionId} and re-planned when another writer got there first.
 */
final class GlueCatalogSession implements CatalogSession {

    /** The SDK clients a session calls; owned by the backend. */
    record Clients(GlueClient glue, LakeFormationClient lakeFormation, DynamoDbClient dynamo, Optional<S3Client> s3) {}

    private static final String REQUEST_ID = "RequestId";
    private static final String PRODUCT_ID = "ProductId";
    private static final String STATUS = "Status";
    private static final String DOCUMENT = "Document";
    private static final int SCHEMA_POLLS = 20;
    private static final long SCHEMA_POLL_MILLIS = 250;

    private final GlueClient glue;
    private final LakeFormationClient lakeFormation;
    private final DynamoDbClient dynamo;
    private final GlueCatalogSettings settings;
    private final String catalogId;
    private final String catalogName;
    private final AccessMode mode;
    private final Optional<JobScripts> scripts;
    /** The tables as this session read them, by {@code database.table}: the base for re-planning after a conflict. */
    private final Map<String, TableState> tablesRead = new HashMap<>();
    /** The latest version id and number of each schema read, by {@code registry/schema}. */
    private final Map<String, Map.Entry<String, Long>> latestVersions = new HashMap<>();
    /** {@code ListPermissions} by resource type, read once a session (until this session grants or revokes). */
    private final Map<DataLakeResourceType, List<LfGrant>> permissions = new EnumMap<>(DataLakeResourceType.class);

    GlueCatalogSession(Clients clients, GlueCatalogSettings settings, String catalogId, String catalogName,
            AccessMode mode) {
        this.glue = clients.glue();
        this.lakeFormation = clients.lakeFormation();
        this.dynamo = clients.dynamo();
        this.settings = settings;
        this.catalogId = catalogId;
        this.catalogName = catalogName;
        this.mode = mode;
        this.scripts = clients.s3().map(s3 -> new JobScripts(s3, settings, catalogName));
    }

    @Override
    public String catalogName() {
        return catalogName;
    }

    /** Everything but the product record, which lives in the database and table parameters here. */
    @Override
    public Set<ResourceKind> supportedKinds() {
        return EnumSet.complementOf(EnumSet.of(ResourceKind.PRODUCT));
    }

    // ---- reads

    @Override
    public Optional<GlueObject> getDatabase(String name) {
        return find("glue:GetDatabase", "database " + name,
                () -> glue.getDatabase(r -> r.catalogId(catalogId).name(name)).database()).map(SdkShapes::write);
    }

    @Override
    public List<TableState> getTables(String database) {
        List<TableState> out = new ArrayList<>();
        Optional<Boolean> found = find("glue:GetTables", "database " + database, () -> {
            glue.getTablesPaginator(r -> r.catalogId(catalogId).databaseName(database))
                    .forEach(page -> page.tableList().forEach(t -> out.add(state(database, t))));
            return true;
        });
        out.sort(Comparator.comparing(TableState::name));
        return found.isPresent() ? out : List.of();
    }

    @Override
    public Optional<TableState> getTable(String database, String table) {
        return find("glue:GetTable", "table " + database + "." + table,
                () -> glue.getTable(r -> r.catalogId(catalogId).databaseName(database).name(table)).table())
                .map(t -> state(database, t));
    }

    private TableState state(String database, Table table) {
        TableState state = new TableState(database, SdkShapes.write(table), Objects.toString(table.versionId(), ""));
        tablesRead.put(database + "." + table.name(), state);
        return state;
    }

    @Override
    public Optional<LfTag> getLfTag(String key) {
        return find("lakeformation:GetLFTag", "lf-tag " + key,
                () -> lakeFormation.getLFTag(r -> r.catalogId(catalogId).tagKey(key)))
                .filter(r -> r.hasTagValues() && !r.tagValues().isEmpty())
                .map(r -> new LfTag(key, r.tagValues()));
    }

    @Override
    public Map<String, String> getDatabaseLfTags(String database) {
        return find("lakeformation:GetResourceLFTags", "lf-tags on database " + database,
                () -> lakeFormation.getResourceLFTags(r -> r.catalogId(catalogId).showAssignedLFTags(true)
                        .resource(resource(LfResource.database(database)))))
                .map(r -> pairs(r.lfTagOnDatabase())).orElse(Map.of());
    }

    /**
     * Lake Formation answers a table with its own and its columns' tags; when it names no column, the columns are
     * asked for by name as well, since some implementations only answer for named columns.
     */
    @Override
    public ResourceLfTags getTableLfTags(String database, String table) {
        String subject = "lf-tags on table " + database + "." + table;
        Optional<GetResourceLfTagsResponse> response = find("lakeformation:GetResourceLFTags", subject,
                () -> lakeFormation.getResourceLFTags(r -> r.catalogId(catalogId).showAssignedLFTags(true)
                        .resource(resource(LfResource.table(database, table)))));
        if (response.isEmpty()) {
            return ResourceLfTags.NONE;
        }
        Map<String, Map<String, String>> columns = columnTags(response.get().lfTagsOnColumns());
        if (columns.isEmpty()) {
            List<String> names = Optional.ofNullable(tablesRead.get(database + "." + table))
                    .or(() -> getTable(database, table))
                    .map(t -> TableDefinition.columnNames(t.table())).orElse(List.of());
            if (!names.isEmpty()) {
                find("lakeformation:GetResourceLFTags", subject, () -> lakeFormation.getResourceLFTags(
                        r -> r.catalogId(catalogId).showAssignedLFTags(true).resource(x -> x.tableWithColumns(
                                c -> c.catalogId(catalogId).databaseName(database).name(table).columnNames(names)))))
                        .ifPresent(r -> columns.putAll(columnTags(r.lfTagsOnColumns())));
            }
        }
        return new ResourceLfTags(pairs(response.get().lfTagsOnTable()), columns);
    }

    private static Map<String, Map<String, String>> columnTags(List<ColumnLFTag> columns) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (ColumnLFTag column : columns) {
            Map<String, String> tags = pairs(column.lfTags());
            if (!tags.isEmpty()) {
                out.put(column.name(), tags);
            }
        }
        return out;
    }

    private static Map<String, String> pairs(List<LFTagPair> pairs) {
        Map<String, String> out = new TreeMap<>();
        for (LFTagPair pair : pairs) {
            if (pair.hasTagValues() && !pair.tagValues().isEmpty()) {
                out.put(pair.tagKey(), pair.tagValues().get(0));
            }
        }
        return out;
    }

    @Override
    public Optional<GlueObject> getRegistry(String registry) {
        return find("glue:GetRegistry", "schema registry " + registry,
                () -> glue.getRegistry(r -> r.registryId(id -> id.registryName(registry)))).map(SdkShapes::write);
    }

    @Override
    public Optional<SchemaInfo> getSchema(String registry, String schema) {
        String subject = "schema " + registry + "/" + schema;
        SchemaId id = SchemaId.builder().registryName(registry).schemaName(schema).build();
        Optional<GetSchemaResponse> found = find("glue:GetSchema", subject, () -> glue.getSchema(r -> r.schemaId(id)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<GetSchemaVersionResponse> latest = find("glue:GetSchemaVersion", subject, () -> glue
                .getSchemaVersion(r -> r.schemaId(id).schemaVersionNumber(n -> n.latestVersion(true))));
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        GetSchemaVersionResponse version = latest.get();
        latestVersions.put(registry + "/" + schema, Map.entry(version.schemaVersionId(), version.versionNumber()));
        return Optional.of(new SchemaInfo(registry, schema, found.get().dataFormatAsString(),
                Objects.toString(found.get().compatibilityAsString(), "NONE"), version.versionNumber(),
                version.schemaDefinition()));
    }

    /** A version in another state than {@code AVAILABLE} (a failed compatibility check, say) is no match. */
    @Override
    public OptionalLong getSchemaVersionByDefinition(String registry, String schema, String definition) {
        String subject = "schema " + registry + "/" + schema;
        SchemaId id = SchemaId.builder().registryName(registry).schemaName(schema).build();
        Optional<GetSchemaByDefinitionResponse> found = find("glue:GetSchemaByDefinition", subject,
                () -> glue.getSchemaByDefinition(r -> r.schemaId(id).schemaDefinition(definition)));
        if (found.isEmpty() || found.get().status() != SchemaVersionStatus.AVAILABLE) {
            return OptionalLong.empty();
        }
        Map.Entry<String, Long> latest = latestVersions.get(registry + "/" + schema);
        if (latest != null && latest.getKey().equals(found.get().schemaVersionId())) {
            return OptionalLong.of(latest.getValue());
        }
        return find("glue:GetSchemaVersion", subject,
                () -> glue.getSchemaVersion(r -> r.schemaVersionId(found.get().schemaVersionId())))
                .map(v -> OptionalLong.of(v.versionNumber())).orElse(OptionalLong.empty());
    }

    @Override
    public Optional<GlueObject> getJob(String name) {
        Optional<GlueObject> job = find("glue:GetJob", "job " + name, () -> glue.getJob(r -> r.jobName(name)).job())
                .map(SdkShapes::write);
        return scripts.isPresent() ? job.map(j -> scripts.get().markOutdated(j)) : job;
    }

    @Override
    public Optional<ProductRecord> getProduct(String domain, String dataProduct) {
        return Optional.empty();
    }

    /**
     * Lists the permissions of the resource types this plugin grants on (LF-tag policies on databases and tables,
     * tables and their columns, data locations), once each per session, and keeps the product's.
     */
    @Override
    public List<LfGrant> getGrants(ProductScope scope) {
        List<LfGrant> out = new ArrayList<>();
        for (DataLakeResourceType type : List.of(DataLakeResourceType.LF_TAG_POLICY_DATABASE,
                DataLakeResourceType.LF_TAG_POLICY_TABLE, DataLakeResourceType.TABLE,
                DataLakeResourceType.DATA_LOCATION)) {
            permissions(type).stream().filter(scope::owns).forEach(out::add);
        }
        out.sort(LfGrant.ORDER);
        return out;
    }

    private List<LfGrant> permissions(DataLakeResourceType type) {
        List<LfGrant> cached = permissions.get(type);
        if (cached != null) {
            return cached;
        }
        List<LfGrant> out = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListPermissionsResponse page = call("lakeformation:ListPermissions", "permissions on " + type,
                    () -> lakeFormation.listPermissions(r -> r.catalogId(catalogId).resourceType(type)
                            .nextToken(next)));
            for (PrincipalResourcePermissions permission : page.principalResourcePermissions()) {
                try {
                    LfGrant.fromJson(SdkShapes.write(permission).toNode()).ifPresent(out::add);
                } catch (InvalidJsonException e) {
                    // A grant of a shape this plugin never makes (no principal identifier, say) is not its own.
                }
            }
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        permissions.put(type, List.copyOf(out));
        return permissions.get(type);
    }

    @Override
    public List<String> getDataLocations() {
        List<String> out = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListResourcesResponse page = call("lakeformation:ListResources", "registered data locations",
                    () -> lakeFormation.listResources(r -> r.nextToken(next)));
            page.resourceInfoList().forEach(info -> out.add(info.resourceArn()));
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        out.sort(null);
        return out;
    }

    @Override
    public Optional<Subscription> getSubscription(String id) {
        String table = settings.subscriptionsTable();
        try {
            GetItemResponse item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                    .key(Map.of(REQUEST_ID, AttributeValue.fromS(id))));
            return item.hasItem() && !item.item().isEmpty() ? Optional.of(subscription(item.item()))
                    : Optional.empty();
        } catch (software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw wrap(e, "dynamodb:GetItem", "subscription request " + id + " in table " + table);
        }
    }

    /** A scan: the requests table is small, and requests are looked up by id otherwise. */
    @Override
    public List<Subscription> getSubscriptions(Optional<String> productId) {
        String table = settings.subscriptionsTable();
        List<Subscription> out = new ArrayList<>();
        try {
            ScanRequest.Builder request = ScanRequest.builder().tableName(table).consistentRead(true);
            productId.ifPresent(p -> request.filterExpression("#p = :p")
                    .expressionAttributeNames(Map.of("#p", PRODUCT_ID))
                    .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(p))));
            dynamo.scanPaginator(request.build()).items().forEach(item -> out.add(subscription(item)));
        } catch (software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException e) {
            return List.of();
        } catch (SdkException e) {
            throw wrap(e, "dynamodb:Scan", "subscription requests in table " + table);
        }
        out.sort(Comparator.comparing(Subscription::requestedAt).thenComparing(Subscription::id));
        return out;
    }

    private Subscription subscription(Map<String, AttributeValue> item) {
        AttributeValue document = item.get(DOCUMENT);
        String id = item.containsKey(REQUEST_ID) ? item.get(REQUEST_ID).s() : "?";
        try {
            if (document == null || document.s() == null) {
                throw new InvalidJsonException(0, 0, "the item has no '" + DOCUMENT + "' string");
            }
            return Subscription.fromJson(Json.parse(document.s()));
        } catch (InvalidJsonException e) {
            throw new CatalogException("The subscription request " + id + " in DynamoDB table "
                    + settings.subscriptionsTable() + " cannot be read: " + e.getMessage() + ".",
                    "subscription request " + id, "restore the item from a backup or delete it; it was not "
                    + "written by this plugin.", false);
        }
    }

    /**
     * The product's tables: those whose {@code product.id} parameter names it, in the databases of its domain
     * ({@code product.domain}), found with {@code GetDatabases} and {@code GetTables}.
     */
    @Override
    public List<TableState> getProductTables(String productId) {
        int slash = productId.indexOf('/');
        String domain = slash < 0 ? productId : productId.substring(0, slash);
        List<String> databases = new ArrayList<>();
        call("glue:GetDatabases", "databases of domain " + domain, () -> {
            glue.getDatabasesPaginator(r -> r.catalogId(catalogId)).forEach(page -> page.databaseList().forEach(d -> {
                Map<String, String> parameters = d.hasParameters() ? d.parameters() : Map.of();
                String owner = parameters.getOrDefault(ProductParameters.PRODUCT_ID, "");
                if (domain.equals(parameters.get(ProductParameters.DOMAIN)) || owner.startsWith(domain + "/")) {
                    databases.add(d.name());
                }
            }));
            return true;
        });
        List<TableState> out = new ArrayList<>();
        for (String database : databases) {
            getTables(database).stream().filter(t -> productId.equals(t.table().parameters()
                    .get(ProductParameters.PRODUCT_ID))).forEach(out::add);
        }
        out.sort(Comparator.comparing((TableState t) -> t.database()).thenComparing(TableState::name));
        return out;
    }

    // ---- writes

    @Override
    public void createDatabase(GlueObject databaseInput) {
        String subject = writable("database " + databaseInput.name());
        DatabaseInput input = shape(databaseInput, DatabaseInput.builder(), "DatabaseInput", subject);
        call("glue:CreateDatabase", subject, () -> glue.createDatabase(r -> r.catalogId(catalogId)
                .databaseInput(input)));
    }

    @Override
    public void updateDatabase(String name, GlueObject databaseInput) {
        String subject = writable("database " + name);
        DatabaseInput input = shape(databaseInput, DatabaseInput.builder(), "DatabaseInput", subject);
        call("glue:UpdateDatabase", subject, () -> glue.updateDatabase(r -> r.catalogId(catalogId).name(name)
                .databaseInput(input)));
    }

    /**
     * Creates the table; when another registration created it meanwhile and it belongs to the same product, this
     * one's definition is laid over it instead.
     */
    @Override
    public void createTable(String database, GlueObject tableInput) {
        String subject = writable("table " + database + "." + tableInput.name());
        TableInput input = shape(tableInput, TableInput.builder(), "TableInput", subject);
        try {
            glue.createTable(r -> r.catalogId(catalogId).databaseName(database).tableInput(input));
        } catch (AlreadyExistsException e) {
            TableState existing = getTable(database, tableInput.name()).orElseThrow(() -> wrap(e,
                    "glue:CreateTable", subject));
            String owner = existing.table().parameters().get(ProductParameters.PRODUCT_ID);
            String ours = tableInput.parameters().get(ProductParameters.PRODUCT_ID);
            if (owner != null && !owner.equals(ours)) {
                throw new CatalogException("The " + subject + " was created meanwhile by product " + owner + ".",
                        subject, "rename the table in one of the contracts (schema[].physicalName).", false, e);
            }
            GlueObject theirs = existing.table().only(GlueFields.TABLE_INPUT);
            update(database, ThreeWayMerge.merge(GlueObject.empty(), tableInput, theirs), theirs,
                    existing.versionId(), subject);
        } catch (SdkException e) {
            throw wrap(e, "glue:CreateTable", subject);
        }
    }

    @Override
    public void updateTable(String database, GlueObject tableInput, String expectedVersionId) {
        String subject = writable("table " + database + "." + tableInput.name());
        TableState read = tablesRead.get(database + "." + tableInput.name());
        GlueObject base = read != null && read.versionId().equals(expectedVersionId)
                ? read.table().only(GlueFields.TABLE_INPUT) : GlueObject.empty();
        update(database, tableInput, base, expectedVersionId, subject);
    }

    /**
     * {@code UpdateTable} guarded by the version id; when another writer changed the table first, the change from
     * {@code base} to {@code wanted} is re-planned on the table's new version, a bounded number of times.
     */
    private void update(String database, GlueObject wanted, GlueObject base, String versionId, String subject) {
        GlueObject ours = wanted;
        GlueObject planned = base;
        String version = versionId;
        for (int conflicts = 0;; conflicts++) {
            TableInput input = shape(ours, TableInput.builder(), "TableInput", subject);
            String expected = version;
            try {
                glue.updateTable(r -> r.catalogId(catalogId).databaseName(database).tableInput(input)
                        .versionId(expected.isEmpty() ? null : expected));
                tablesRead.remove(database + "." + wanted.name());
                return;
            } catch (ConcurrentModificationException e) {
                if (conflicts >= settings.conflictRetries()) {
                    throw new CatalogException("The " + subject + " kept changing while registration updated it ("
                            + (conflicts + 1) + " attempts with a fresh VersionId).", subject,
                            "run register again when the other writer (a crawler, an ETL job, another registration) "
                            + "is done: it plans from the table's latest version.", true, e);
                }
                TableState fresh = getTable(database, wanted.name()).orElseThrow(() -> new CatalogException(
                        "The " + subject + " was deleted while registration updated it.", subject,
                        "run register again: it creates the table.", true, e));
                GlueObject theirs = fresh.table().only(GlueFields.TABLE_INPUT);
                ours = ThreeWayMerge.merge(planned, ours, theirs);
                planned = theirs;
                version = fresh.versionId();
                if (ours.equals(theirs)) {
                    return;
                }
            } catch (SdkException e) {
                throw wrap(e, "glue:UpdateTable", subject);
            }
        }
    }

    @Override
    public void deleteTable(String database, String table) {
        String subject = writable("table " + database + "." + table);
        call("glue:DeleteTable", subject, () -> glue.deleteTable(r -> r.catalogId(catalogId).databaseName(database)
                .name(table)));
        tablesRead.remove(database + "." + table);
    }

    /** Creates the LF-tag; when another registration created it meanwhile, adds the values it lacks instead. */
    @Override
    public void createLfTag(String key, List<String> values) {
        String subject = writable("lf-tag " + key);
        try {
            lakeFormation.createLFTag(r -> r.catalogId(catalogId).tagKey(key).tagValues(values));
        } catch (software.amazon.awssdk.services.lakeformation.model.AlreadyExistsException e) {
            List<String> have = getLfTag(key).map(LfTag::values).orElse(List.of());
            List<String> missing = values.stream().filter(v -> !have.contains(v)).toList();
            if (!missing.isEmpty()) {
                updateLfTag(key, missing);
            }
        } catch (SdkException e) {
            throw wrap(e, "lakeformation:CreateLFTag", subject);
        }
    }

    @Override
    public void updateLfTag(String key, List<String> valuesToAdd) {
        String subject = writable("lf-tag " + key);
        call("lakeformation:UpdateLFTag", subject, () -> lakeFormation.updateLFTag(r -> r.catalogId(catalogId)
                .tagKey(key).tagValuesToAdd(valuesToAdd)));
    }

    @Override
    public void addLfTagsToResource(LfResource resource, Map<String, String> tags) {
        String subject = writable("lf-tags on " + resource);
        failures("lakeformation:AddLFTagsToResource", subject, call("lakeformation:AddLFTagsToResource", subject,
                () -> lakeFormation.addLFTagsToResource(r -> r.catalogId(catalogId).resource(resource(resource))
                        .lfTags(tagPairs(tags)))).failures());
    }

    @Override
    public void removeLfTagsFromResource(LfResource resource, Map<String, String> tags) {
        String subject = writable("lf-tags on " + resource);
        failures("lakeformation:RemoveLFTagsFromResource", subject, call("lakeformation:RemoveLFTagsFromResource",
                subject, () -> lakeFormation.removeLFTagsFromResource(r -> r.catalogId(catalogId)
                        .resource(resource(resource)).lfTags(tagPairs(tags)))).failures());
    }

    /** Lake Formation reports tags it could not assign in the response, not as an error. */
    private static void failures(String action, String subject, List<LFTagError> failures) {
        if (failures.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        boolean denied = false;
        for (LFTagError failure : failures) {
            String code = failure.error() == null ? "" : Objects.toString(failure.error().errorCode(), "");
            denied |= code.contains("AccessDenied");
            lines.add(failure.lfTag().tagKey() + "=" + String.join(",", failure.lfTag().tagValues()) + ": " + code
                    + (failure.error() == null ? "" : " " + AwsErrors.oneLine(Objects.toString(
                    failure.error().errorMessage(), ""))));
        }
        throw new CatalogException("Lake Formation did not apply " + action + " for " + subject + ": "
                + String.join("; ", lines) + ".", subject, denied
                ? "grant the identity that registers ASSOCIATE on these LF-tags (or make it a data lake "
                + "administrator), then run register again: it resumes where this run stopped."
                : "run register again: it creates missing LF-tags and values before it assigns them.", true);
    }

    private Resource resource(LfResource resource) {
        if (resource.column().isPresent()) {
            return Resource.builder().tableWithColumns(c -> c.catalogId(catalogId).databaseName(resource.database())
                    .name(resource.table().orElseThrow()).columnNames(resource.column().get())).build();
        }
        if (resource.table().isPresent()) {
            return Resource.builder().table(t -> t.catalogId(catalogId).databaseName(resource.database())
                    .name(resource.table().get())).build();
        }
        return Resource.builder().database(d -> d.catalogId(catalogId).name(resource.database())).build();
    }

    private List<LFTagPair> tagPairs(Map<String, String> tags) {
        List<LFTagPair> out = new ArrayList<>();
        new TreeMap<>(tags).forEach((k, v) -> out.add(LFTagPair.builder().catalogId(catalogId).tagKey(k)
                .tagValues(v).build()));
        return out;
    }

    /** Creates the registry; one that another product of the domain created meanwhile is just as good. */
    @Override
    public void createRegistry(String registry, String description) {
        String subject = writable("schema registry " + registry);
        try {
            glue.createRegistry(r -> r.registryName(registry).description(description));
        } catch (AlreadyExistsException e) {
            // created meanwhile: the registry exists, which is all this call is for
        } catch (SdkException e) {
            throw wrap(e, "glue:CreateRegistry", subject);
        }
    }

    @Override
    public void createSchema(SchemaDefinition schema) {
        String subject = writable("schema " + schema.id());
        try {
            var created = glue.createSchema(r -> r.registryId(id -> id.registryName(schema.registry()))
                    .schemaName(schema.name()).dataFormat(schema.dataFormat()).compatibility(schema.compatibility())
                    .schemaDefinition(schema.definition()));
            awaitAvailable(schema, created.schemaVersionId(), created.schemaVersionStatusAsString(), 1L, subject);
        } catch (AlreadyExistsException e) {
            registerSchemaVersion(schema);
        } catch (SdkException e) {
            throw wrap(e, "glue:CreateSchema", subject);
        }
    }

    /** Registering a definition the schema already has returns that version: Glue itself keeps this idempotent. */
    @Override
    public void registerSchemaVersion(SchemaDefinition schema) {
        String subject = writable("schema " + schema.id());
        var registered = call("glue:RegisterSchemaVersion", subject, () -> glue.registerSchemaVersion(r -> r
                .schemaId(id -> id.registryName(schema.registry()).schemaName(schema.name()))
                .schemaDefinition(schema.definition())));
        awaitAvailable(schema, registered.schemaVersionId(), registered.statusAsString(), registered.versionNumber(),
                subject);
    }

    /** Waits while the registry checks compatibility; a version that fails the check is an error. */
    private void awaitAvailable(SchemaDefinition schema, String versionId, String initialStatus, Long number,
            String subject) {
        String status = Objects.toString(initialStatus, SchemaVersionStatus.AVAILABLE.toString());
        for (int poll = 0; status.equals(SchemaVersionStatus.PENDING.toString()) && poll < SCHEMA_POLLS; poll++) {
            try {
                Thread.sleep(SCHEMA_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CatalogException("Interrupted while the registry checked " + subject + ".", subject,
                        "run register again.", true, e);
            }
            status = call("glue:GetSchemaVersion", subject, () -> glue.getSchemaVersion(r -> r
                    .schemaVersionId(versionId))).statusAsString();
        }
        if (status.equals(SchemaVersionStatus.FAILURE.toString())) {
            throw new CatalogException("The Glue Schema Registry rejected version " + number + " of " + subject
                    + ": it is not " + schema.compatibility() + " compatible with the versions before it.", subject,
                    "make the change compatible (a new field needs a default; do not remove a field without a "
                    + "default or change a type), or publish it under a new major contract version.", false);
        }
        if (!status.equals(SchemaVersionStatus.AVAILABLE.toString())) {
            throw new CatalogException("Version " + number + " of " + subject + " is still " + status
                    + " after the compatibility check.", subject, "run register again in a minute: it finds the "
                    + "version once it is available.", true);
        }
    }

    @Override
    public void createJob(GlueObject createJobRequest) {
        String subject = writable("job " + createJobRequest.name());
        CreateJobRequest request = shape(createJobRequest, CreateJobRequest.builder(), "CreateJob", subject);
        scripts.ifPresent(s -> s.upload(createJobRequest, subject));
        call("glue:CreateJob", subject, () -> glue.createJob(request));
    }

    /**
     * {@code UpdateJob} replaces the whole definition. {@code GetJob} reports the deprecated
     * {@code AllocatedCapacity}, and {@code MaxCapacity} even for jobs sized by worker type; Glue refuses either
     * next to {@code WorkerType}, so they are not sent back.
     */
    @Override
    public void updateJob(String name, GlueObject jobUpdate) {
        String subject = writable("job " + name);
        GlueObject update = jobUpdate.without("AllocatedCapacity");
        if (update.has("WorkerType") || update.has("NumberOfWorkers")) {
            update = update.without("MaxCapacity");
        }
        JobUpdate input = shape(update, JobUpdate.builder(), "JobUpdate", subject);
        scripts.ifPresent(s -> s.upload(jobUpdate, subject));
        call("glue:UpdateJob", subject, () -> glue.updateJob(r -> r.jobName(name).jobUpdate(input)));
    }

    @Override
    public void putProduct(ProductRecord record) {
        throw new UnsupportedOperationException("the glue catalog keeps the product record in the database and "
                + "table parameters");
    }

    @Override
    public void grantPermissions(String productId, LfGrant grant) {
        String subject = writable("grant " + grant.target());
        call("lakeformation:GrantPermissions", subject, () -> lakeFormation.grantPermissions(r -> r
                .catalogId(catalogId).principal(p -> p.dataLakePrincipalIdentifier(grant.principal()))
                .resource(resource(grant.resource(), subject)).permissionsWithStrings(grant.permissions())));
        permissions.clear();
    }

    @Override
    public void revokePermissions(String productId, LfGrant grant) {
        String subject = writable("grant " + grant.target());
        call("lakeformation:RevokePermissions", subject, () -> lakeFormation.revokePermissions(r -> r
                .catalogId(catalogId).principal(p -> p.dataLakePrincipalIdentifier(grant.principal()))
                .resource(resource(grant.resource(), subject)).permissionsWithStrings(grant.permissions())));
        permissions.clear();
    }

    /** The grant's resource with this catalog's id on it, as Lake Formation's {@code Resource}. */
    private Resource resource(GrantResource resource, String subject) {
        ObjectNode json = resource.toJson();
        json.properties().forEach(e -> ((ObjectNode) e.getValue()).put("CatalogId", catalogId));
        return shape(GlueObject.of(json), Resource.builder(), "Resource", subject);
    }

    /** Registers the location; one registered meanwhile (by another product, say) is just as good. */
    @Override
    public void registerDataLocation(String arn, Optional<String> roleArn) {
        String subject = writable("data location " + arn);
        try {
            lakeFormation.registerResource(r -> r.resourceArn(arn).useServiceLinkedRole(roleArn.isEmpty())
                    .roleArn(roleArn.orElse(null)));
        } catch (software.amazon.awssdk.services.lakeformation.model.AlreadyExistsException e) {
            // registered meanwhile: Lake Formation manages the location, which is all this call is for
        } catch (SdkException e) {
            throw wrap(e, "lakeformation:RegisterResource", subject);
        }
    }

    @Override
    public void putSubscription(Subscription request) {
        String subject = writable("subscription request " + request.id());
        String table = settings.subscriptionsTable();
        ensureSubscriptionsTable(subject);
        try {
            dynamo.putItem(r -> r.tableName(table).item(item(request))
                    .conditionExpression("attribute_not_exists(#id)").expressionAttributeNames(Map.of("#id",
                            REQUEST_ID)));
        } catch (ConditionalCheckFailedException e) {
            throw new CatalogException("The " + subject + " already exists in DynamoDB table " + table + ".",
                    subject, "run subscribe again: it files the request under a new id.", true, e);
        } catch (SdkException e) {
            throw wrap(e, "dynamodb:PutItem", subject + " in table " + table);
        }
    }

    /** A conditional {@code PutItem}: the request's {@code Status} must still be the expected one. */
    @Override
    public boolean updateSubscription(Subscription updated, SubscriptionStatus expected) {
        String subject = writable("subscription request " + updated.id());
        String table = settings.subscriptionsTable();
        try {
            dynamo.putItem(r -> r.tableName(table).item(item(updated))
                    .conditionExpression("#s = :expected").expressionAttributeNames(Map.of("#s", STATUS))
                    .expressionAttributeValues(Map.of(":expected", AttributeValue.fromS(expected.name()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        } catch (software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException e) {
            return false;
        } catch (SdkException e) {
            throw wrap(e, "dynamodb:PutItem", subject + " in table " + table);
        }
    }

    private static Map<String, AttributeValue> item(Subscription subscription) {
        return Map.of(REQUEST_ID, AttributeValue.fromS(subscription.id()),
                PRODUCT_ID, AttributeValue.fromS(subscription.productId()),
                STATUS, AttributeValue.fromS(subscription.status().name()),
                DOCUMENT, AttributeValue.fromS(Json.compact(subscription.toJson())));
    }

    /** Creates the requests table (on demand capacity, keyed by request id) when it does not exist yet. */
    private void ensureSubscriptionsTable(String subject) {
        String table = settings.subscriptionsTable();
        try {
            if (dynamo.describeTable(r -> r.tableName(table)).table().tableStatus() == TableStatus.ACTIVE) {
                return;
            }
        } catch (software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException e) {
            try {
                dynamo.createTable(r -> r.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(KeySchemaElement.builder().attributeName(REQUEST_ID).keyType(KeyType.HASH)
                                .build())
                        .attributeDefinitions(AttributeDefinition.builder().attributeName(REQUEST_ID)
                                .attributeType(ScalarAttributeType.S).build()));
            } catch (ResourceInUseException created) {
                // created meanwhile by another subscribe: wait for it below
            } catch (SdkException create) {
                throw wrap(create, "dynamodb:CreateTable", "table " + table + " for " + subject);
            }
        } catch (SdkException e) {
            throw wrap(e, "dynamodb:DescribeTable", "table " + table + " for " + subject);
        }
        try {
            dynamo.waiter().waitUntilTableExists(r -> r.tableName(table));
        } catch (SdkException e) {
            throw wrap(e, "dynamodb:DescribeTable", "table " + table + " for " + subject);
        }
    }

    @Override
    public void close() {
        tablesRead.clear();
        latestVersions.clear();
        permissions.clear();
    }

    // ---- helpers

    private String writable(String subject) {
        if (mode != AccessMode.READ_WRITE) {
            throw new IllegalStateException("read-only session cannot change " + subject);
        }
        return subject;
    }

    private <T> T shape(GlueObject json, software.amazon.awssdk.utils.builder.SdkBuilder<?, T> builder,
            String shape, String subject) {
        try {
            return SdkShapes.read(json, builder, shape);
        } catch (IllegalArgumentException e) {
            throw new CatalogException("The " + shape + " of " + subject + " does not fit the Glue API: "
                    + e.getMessage() + ".", subject, "run mesh:generate again so that the generated definitions "
                    + "match this plugin version.", false, e);
        }
    }

    /** Calls AWS; failures become {@link CatalogException}s. */
    private <T> T call(String action, String subject, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw wrap(e, action, subject);
        }
    }

    /** Calls AWS; "not found" (Glue's or Lake Formation's {@code EntityNotFoundException}) is empty. */
    private <T> Optional<T> find(String action, String subject, Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (software.amazon.awssdk.services.glue.model.EntityNotFoundException
                | software.amazon.awssdk.services.lakeformation.model.EntityNotFoundException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw wrap(e, action, subject);
        }
    }

    private CatalogException wrap(SdkException e, String action, String subject) {
        return AwsErrors.wrap(e, action, subject, catalogName, settings.maxAttempts());
    }
}
