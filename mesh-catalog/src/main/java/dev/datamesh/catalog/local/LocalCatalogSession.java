package dev.datamesh.catalog.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datamesh.catalog.AccessMode;
import dev.datamesh.catalog.CatalogException;
import dev.datamesh.catalog.CatalogSession;
import dev.datamesh.catalog.ResourceKind;
import dev.datamesh.catalog.access.LfGrant;
import dev.datamesh.catalog.access.ProductScope;
import dev.datamesh.catalog.access.Subscription;
import dev.datamesh.catalog.access.SubscriptionStatus;
import dev.datamesh.catalog.model.GlueFields;
import dev.datamesh.catalog.model.GlueObject;
import dev.datamesh.catalog.model.InvalidJsonException;
import dev.datamesh.catalog.model.Json;
import dev.datamesh.catalog.model.LfResource;
import dev.datamesh.catalog.model.LfTag;
import dev.datamesh.catalog.model.ProductRecord;
import dev.datamesh.catalog.model.ResourceLfTags;
import dev.datamesh.catalog.model.SchemaDefinition;
import dev.datamesh.catalog.model.SchemaInfo;
import dev.datamesh.catalog.model.TableDefinition;
import dev.datamesh.catalog.model.TableState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/** A session on a local catalog directory: Glue's calls on JSON files, under the catalog lock. */
final class LocalCatalogSession implements CatalogSession {

    private final LocalCatalogFiles files;
    private final String catalogName;
    private final Clock clock;
    private final AccessMode mode;
    private final CatalogLock lock;

    LocalCatalogSession(LocalCatalogFiles files, String catalogName, Clock clock, AccessMode mode, CatalogLock lock) {
        this.files = files;
        this.catalogName = catalogName;
        this.clock = clock;
        this.mode = mode;
        this.lock = lock;
    }

    @Override
    public String catalogName() {
        return catalogName;
    }

    @Override
    public Set<ResourceKind> supportedKinds() {
        return EnumSet.allOf(ResourceKind.class);
    }

    // ---- reads

    @Override
    public Optional<GlueObject> getDatabase(String name) {
        Path file = files.database(name);
        return files.read(file).map(doc -> GlueObject.of(object(doc, "Database", file)));
    }

    @Override
    public List<TableState> getTables(String database) {
        List<TableState> out = new ArrayList<>();
        for (Path file : files.list(files.tablesDir(database))) {
            files.read(file).ifPresent(doc -> out.add(tableState(database, file, doc)));
        }
        return out;
    }

    @Override
    public Optional<TableState> getTable(String database, String table) {
        Path file = files.table(database, table);
        return files.read(file).map(doc -> tableState(database, file, doc));
    }

    private static TableState tableState(String database, Path file, ObjectNode doc) {
        ObjectNode table = object(doc, "Table", file);
        JsonNode version = table.get("VersionId");
        if (version == null || !version.isTextual() || !table.path("Name").isTextual()) {
            throw LocalCatalogFiles.corrupt(file, "does not hold a Glue Table with 'Name' and 'VersionId'");
        }
        return new TableState(database, GlueObject.of(table), version.asText());
    }

    @Override
    public Optional<LfTag> getLfTag(String key) {
        return lfTags().stream().filter(t -> t.key().equals(key)).findFirst();
    }

    private List<LfTag> lfTags() {
        Path file = files.lfTags();
        Optional<ObjectNode> doc = files.read(file);
        List<LfTag> out = new ArrayList<>();
        if (doc.isPresent()) {
            for (JsonNode item : array(doc.get(), "LFTags", file)) {
                if (!item.path("TagKey").isTextual() || !item.path("TagValues").isArray()) {
                    throw LocalCatalogFiles.corrupt(file, "holds an LF-tag without 'TagKey' and 'TagValues'");
                }
                out.add(new LfTag(item.get("TagKey").asText(), Json.texts(item.get("TagValues"))));
            }
        }
        return out;
    }

    @Override
    public Map<String, String> getDatabaseLfTags(String database) {
        Path file = files.databaseTags(database);
        return files.read(file).map(doc -> tagPairs(array(doc, "LFTagOnDatabase", file), file)).orElse(Map.of());
    }

    @Override
    public ResourceLfTags getTableLfTags(String database, String table) {
        Path file = files.tableTags(database, table);
        Optional<ObjectNode> doc = files.read(file);
        if (doc.isEmpty()) {
            return ResourceLfTags.NONE;
        }
        Map<String, Map<String, String>> columns = new TreeMap<>();
        for (JsonNode column : array(doc.get(), "LFTagsOnColumns", file)) {
            if (!column.path("Name").isTextual()) {
                throw LocalCatalogFiles.corrupt(file, "holds a column entry without 'Name'");
            }
            columns.put(column.get("Name").asText(), tagPairs(array(column, "LFTags", file), file));
        }
        return new ResourceLfTags(tagPairs(array(doc.get(), "LFTagsOnTable", file), file), columns);
    }

    @Override
    public Optional<GlueObject> getRegistry(String registry) {
        return files.read(files.registry(registry)).map(GlueObject::of);
    }

    @Override
    public Optional<SchemaInfo> getSchema(String registry, String schema) {
        Path file = files.schema(registry, schema);
        return files.read(file).map(doc -> {
            ArrayNode versions = array(doc, "Versions", file);
            if (versions.isEmpty() || !versions.get(versions.size() - 1).path("SchemaDefinition").isTextual()) {
                throw LocalCatalogFiles.corrupt(file, "holds a schema without versions");
            }
            JsonNode latest = versions.get(versions.size() - 1);
            return new SchemaInfo(registry, schema, doc.path("DataFormat").asText("AVRO"),
                    doc.path("Compatibility").asText("BACKWARD"), latest.path("VersionNumber").asLong(),
                    latest.get("SchemaDefinition").asText());
        });
    }

    @Override
    public OptionalLong getSchemaVersionByDefinition(String registry, String schema, String definition) {
        Path file = files.schema(registry, schema);
        Optional<ObjectNode> doc = files.read(file);
        if (doc.isEmpty()) {
            return OptionalLong.empty();
        }
        String wanted = canonicalDefinition(definition);
        for (JsonNode version : array(doc.get(), "Versions", file)) {
            if (canonicalDefinition(version.path("SchemaDefinition").asText()).equals(wanted)) {
                return OptionalLong.of(version.path("VersionNumber").asLong());
            }
        }
        return OptionalLong.empty();
    }

    private static String canonicalDefinition(String definition) {
        try {
            return Json.canonical(Json.parse(definition));
        } catch (InvalidJsonException e) {
            return definition.strip();
        }
    }

    @Override
    public Optional<GlueObject> getJob(String name) {
        Path file = files.job(name);
        return files.read(file).map(doc -> GlueObject.of(object(doc, "Job", file)));
    }

    @Override
    public Optional<ProductRecord> getProduct(String domain, String dataProduct) {
        Path file = files.product(domain, dataProduct);
        return files.read(file).map(doc -> product(file, doc));
    }

    static ProductRecord product(Path file, ObjectNode doc) {
        try {
            return ProductRecord.fromJson(doc);
        } catch (InvalidJsonException e) {
            throw LocalCatalogFiles.corrupt(file, "does not hold a product record (" + e.getMessage() + ")");
        }
    }

    @Override
    public List<LfGrant> getGrants(ProductScope scope) {
        return grants(scope.productId()).stream().filter(scope::owns).sorted(LfGrant.ORDER).toList();
    }

    private List<LfGrant> grants(String productId) {
        Path file = grantsFile(productId);
        Optional<ObjectNode> doc = files.read(file);
        List<LfGrant> out = new ArrayList<>();
        if (doc.isPresent()) {
            for (JsonNode item : array(doc.get(), "PrincipalResourcePermissions", file)) {
                try {
                    LfGrant.fromJson(item).ifPresent(out::add);
                } catch (InvalidJsonException e) {
                    throw LocalCatalogFiles.corrupt(file, "holds a grant that cannot be read (" + e.getMessage() + ")");
                }
            }
        }
        return out;
    }

    private Path grantsFile(String productId) {
        int slash = productId.indexOf('/');
        return slash < 0 ? files.grants(productId, productId)
                : files.grants(productId.substring(0, slash), productId.substring(slash + 1));
    }

    @Override
    public List<String> getDataLocations() {
        return dataLocations().keySet().stream().sorted().toList();
    }

    private Map<String, Optional<String>> dataLocations() {
        Path file = files.dataLocations();
        Map<String, Optional<String>> out = new TreeMap<>();
        files.read(file).ifPresent(doc -> {
            for (JsonNode item : array(doc, "ResourceInfoList", file)) {
                if (!item.path("ResourceArn").isTextual()) {
                    throw LocalCatalogFiles.corrupt(file, "holds a location without 'ResourceArn'");
                }
                out.put(item.get("ResourceArn").asText(), item.path("RoleArn").isTextual()
                        ? Optional.of(item.get("RoleArn").asText()) : Optional.empty());
            }
        });
        return out;
    }

    @Override
    public Optional<Subscription> getSubscription(String id) {
        Path file = files.subscription(id);
        return files.read(file).map(doc -> subscription(file, doc));
    }

    @Override
    public List<Subscription> getSubscriptions(Optional<String> productId) {
        List<Subscription> out = new ArrayList<>();
        for (Path file : files.list(files.subscriptionsDir())) {
            files.read(file).map(doc -> subscription(file, doc))
                    .filter(s -> productId.isEmpty() || productId.get().equals(s.productId()))
                    .ifPresent(out::add);
        }
        out.sort(Comparator.comparing(Subscription::requestedAt).thenComparing(Subscription::id));
        return out;
    }

    private static Subscription subscription(Path file, ObjectNode doc) {
        try {
            return Subscription.fromJson(doc);
        } catch (InvalidJsonException e) {
            throw LocalCatalogFiles.corrupt(file, "does not hold a subscription request (" + e.getMessage() + ")");
        }
    }

    @Override
    public List<TableState> getProductTables(String productId) {
        int slash = productId.indexOf('/');
        if (slash <= 0 || slash == productId.length() - 1) {
            return List.of();
        }
        Optional<ProductRecord> record = getProduct(productId.substring(0, slash), productId.substring(slash + 1));
        List<TableState> out = new ArrayList<>();
        record.ifPresent(r -> r.tables().forEach(t -> getTable(t.database(), t.name()).ifPresent(out::add)));
        out.sort(Comparator.comparing((TableState t) -> t.database()).thenComparing(TableState::name));
        return out;
    }

    // ---- writes

    @Override
    public void createDatabase(GlueObject databaseInput) {
        String name = databaseInput.name();
        Path file = files.database(name);
        writable("database " + name);
        if (files.read(file).isPresent()) {
            throw alreadyExists("database " + name);
        }
        ObjectNode database = databaseInput.only(GlueFields.DATABASE_INPUT).toNode();
        database.put("CreateTime", now());
        database.put("CatalogId", "local");
        files.write(file, wrap("Database", database));
    }

    @Override
    public void updateDatabase(String name, GlueObject databaseInput) {
        writable("database " + name);
        GlueObject existing = getDatabase(name).orElseThrow(() -> notFound("database " + name));
        ObjectNode database = databaseInput.only(GlueFields.DATABASE_INPUT).toNode();
        database.put("Name", name);
        existing.get("CreateTime").ifPresent(t -> database.set("CreateTime", t));
        database.put("CatalogId", "local");
        files.write(files.database(name), wrap("Database", database));
    }

    @Override
    public void createTable(String database, GlueObject tableInput) {
        String resource = "table " + database + "." + tableInput.name();
        writable(resource);
        if (getDatabase(database).isEmpty()) {
            throw notFound("database " + database);
        }
        Path file = files.table(database, tableInput.name());
        if (files.read(file).isPresent()) {
            throw alreadyExists(resource);
        }
        String now = now();
        ObjectNode table = tableInput.only(GlueFields.TABLE_INPUT).toNode();
        table.put("DatabaseName", database);
        table.put("CreateTime", now);
        table.put("UpdateTime", now);
        table.put("VersionId", "1");
        table.put("CatalogId", "local");
        ObjectNode doc = wrap("Table", table);
        doc.set("Versions", Json.array());
        files.write(file, doc);
    }

    @Override
    public void updateTable(String database, GlueObject tableInput, String expectedVersionId) {
        String resource = "table " + database + "." + tableInput.name();
        writable(resource);
        Path file = files.table(database, tableInput.name());
        ObjectNode doc = files.read(file).orElseThrow(() -> notFound(resource));
        TableState existing = tableState(database, file, doc);
        if (!existing.versionId().equals(expectedVersionId)) {
            throw new CatalogException("The " + resource + " changed since it was read (version "
                    + existing.versionId() + ", expected " + expectedVersionId + ").", resource,
                    "run register again: it plans from the table's new version.", true);
        }
        ObjectNode table = tableInput.only(GlueFields.TABLE_INPUT).toNode();
        table.put("DatabaseName", database);
        existing.table().get("CreateTime").ifPresent(t -> table.set("CreateTime", t));
        table.put("UpdateTime", now());
        table.put("VersionId", Long.toString(parseVersion(existing.versionId(), file) + 1));
        table.put("CatalogId", "local");
        ArrayNode versions = array(doc, "Versions", file).deepCopy();
        ObjectNode previous = Json.object();
        previous.set("Table", existing.table().toNode());
        previous.put("VersionId", existing.versionId());
        versions.add(previous);
        ObjectNode updated = wrap("Table", table);
        updated.set("Versions", versions);
        files.write(file, updated);
        dropTagsOfRemovedColumns(database, GlueObject.of(table));
    }

    /** Like Lake Formation, a column that is dropped loses its LF-tag assignments. */
    private void dropTagsOfRemovedColumns(String database, GlueObject table) {
        ResourceLfTags tags = getTableLfTags(database, table.name());
        List<String> columns = TableDefinition.columnNames(table);
        for (Map.Entry<String, Map<String, String>> column : tags.columns().entrySet()) {
            if (!columns.contains(column.getKey())) {
                changeTags(LfResource.column(database, table.name(), column.getKey()), column.getValue(), false,
                        false);
            }
        }
    }

    private static long parseVersion(String versionId, Path file) {
        try {
            return Long.parseLong(versionId);
        } catch (NumberFormatException e) {
            throw LocalCatalogFiles.corrupt(file, "has a VersionId that is not a number: '" + versionId + "'");
        }
    }

    @Override
    public void deleteTable(String database, String table) {
        String resource = "table " + database + "." + table;
        writable(resource);
        Path file = files.table(database, table);
        if (files.read(file).isEmpty()) {
            throw notFound(resource);
        }
        files.delete(files.tableTags(database, table));
        files.delete(file);
    }

    @Override
    public void createLfTag(String key, List<String> values) {
        writable("lf-tag " + key);
        List<LfTag> tags = lfTags();
        if (tags.stream().anyMatch(t -> t.key().equals(key))) {
            throw alreadyExists("lf-tag " + key);
        }
        List<LfTag> updated = new ArrayList<>(tags);
        updated.add(new LfTag(key, values));
        writeLfTags(updated);
    }

    @Override
    public void updateLfTag(String key, List<String> valuesToAdd) {
        writable("lf-tag " + key);
        List<LfTag> updated = new ArrayList<>();
        boolean found = false;
        for (LfTag tag : lfTags()) {
            if (tag.key().equals(key)) {
                List<String> values = new ArrayList<>(tag.values());
                values.addAll(valuesToAdd);
                updated.add(new LfTag(key, values));
                found = true;
            } else {
                updated.add(tag);
            }
        }
        if (!found) {
            throw notFound("lf-tag " + key);
        }
        writeLfTags(updated);
    }

    private void writeLfTags(List<LfTag> tags) {
        ArrayNode array = Json.array();
        tags.stream().sorted((a, b) -> a.key().compareTo(b.key())).forEach(t -> {
            ObjectNode item = array.addObject();
            item.put("TagKey", t.key());
            item.set("TagValues", Json.textArray(t.values()));
        });
        files.write(files.lfTags(), wrap("LFTags", array));
    }

    @Override
    public void addLfTagsToResource(LfResource resource, Map<String, String> tags) {
        writable("lf-tags on " + resource);
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            LfTag defined = getLfTag(tag.getKey()).orElseThrow(() -> new CatalogException("Cannot tag " + resource
                    + ": LF-tag '" + tag.getKey() + "' does not exist.", "lf-tags on " + resource,
                    "run register again: it creates the LF-tag before assigning it.", true));
            if (!defined.values().contains(tag.getValue())) {
                throw new CatalogException("Cannot tag " + resource + ": LF-tag '" + tag.getKey()
                        + "' has no value '" + tag.getValue() + "'.", "lf-tags on " + resource,
                        "run register again: it adds the value to the LF-tag before assigning it.", true);
            }
        }
        changeTags(resource, tags, true, true);
    }

    @Override
    public void removeLfTagsFromResource(LfResource resource, Map<String, String> tags) {
        writable("lf-tags on " + resource);
        changeTags(resource, tags, false, true);
    }

    private void changeTags(LfResource resource, Map<String, String> tags, boolean add, boolean columnMustExist) {
        String database = resource.database();
        if (getDatabase(database).isEmpty()) {
            throw notFound("database " + database);
        }
        if (resource.table().isEmpty()) {
            Map<String, String> current = new TreeMap<>(getDatabaseLfTags(database));
            apply(current, tags, add);
            files.write(files.databaseTags(database), wrap("LFTagOnDatabase", tagArray(current)));
            return;
        }
        String table = resource.table().get();
        TableState state = getTable(database, table).orElseThrow(() -> notFound("table " + database + "." + table));
        ResourceLfTags current = getTableLfTags(database, table);
        Map<String, String> tableTags = new TreeMap<>(current.table());
        Map<String, Map<String, String>> columns = new TreeMap<>(current.columns());
        if (resource.column().isPresent()) {
            String column = resource.column().get();
            if (columnMustExist && !TableDefinition.columnNames(state.table()).contains(column)) {
                throw notFound("column " + resource.name());
            }
            Map<String, String> columnTags = new TreeMap<>(columns.getOrDefault(column, Map.of()));
            apply(columnTags, tags, add);
            if (columnTags.isEmpty()) {
                columns.remove(column);
            } else {
                columns.put(column, columnTags);
            }
        } else {
            apply(tableTags, tags, add);
        }
        ObjectNode doc = Json.object();
        doc.set("LFTagsOnTable", tagArray(tableTags));
        ArrayNode columnArray = doc.putArray("LFTagsOnColumns");
        columns.forEach((name, columnTags) -> {
            ObjectNode item = columnArray.addObject();
            item.put("Name", name);
            item.set("LFTags", tagArray(columnTags));
        });
        files.write(files.tableTags(database, table), doc);
    }

    private static void apply(Map<String, String> current, Map<String, String> tags, boolean add) {
        tags.forEach((k, v) -> {
            if (add) {
                current.put(k, v);
            } else if (v.equals(current.get(k))) {
                current.remove(k);
            }
        });
    }

    @Override
    public void createRegistry(String registry, String description) {
        writable("schema registry " + registry);
        Path file = files.registry(registry);
        if (files.read(file).isPresent()) {
            throw alreadyExists("schema registry " + registry);
        }
        ObjectNode doc = Json.object();
        doc.put("RegistryName", registry);
        doc.put("Description", description);
        doc.put("Status", "AVAILABLE");
        doc.put("CreatedTime", now());
        files.write(file, doc);
    }

    @Override
    public void createSchema(SchemaDefinition schema) {
        String resource = "schema " + schema.id();
        writable(resource);
        if (getRegistry(schema.registry()).isEmpty()) {
            throw notFound("schema registry " + schema.registry());
        }
        Path file = files.schema(schema.registry(), schema.name());
        if (files.read(file).isPresent()) {
            throw alreadyExists(resource);
        }
        ObjectNode doc = Json.object();
        doc.put("RegistryName", schema.registry());
        doc.put("SchemaName", schema.name());
        doc.put("DataFormat", schema.dataFormat());
        doc.put("Compatibility", schema.compatibility());
        doc.put("SchemaStatus", "AVAILABLE");
        doc.put("LatestSchemaVersion", 1);
        doc.putArray("Versions").add(version(schema, 1));
        files.write(file, doc);
    }

    @Override
    public void registerSchemaVersion(SchemaDefinition schema) {
        String resource = "schema " + schema.id();
        writable(resource);
        Path file = files.schema(schema.registry(), schema.name());
        ObjectNode doc = files.read(file).orElseThrow(() -> notFound(resource));
        if (getSchemaVersionByDefinition(schema.registry(), schema.name(), schema.definition()).isPresent()) {
            return;
        }
        ArrayNode versions = array(doc, "Versions", file);
        long next = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).path("VersionNumber").asLong() + 1;
        versions.add(version(schema, next));
        doc.put("LatestSchemaVersion", next);
        files.write(file, doc);
    }

    private ObjectNode version(SchemaDefinition schema, long number) {
        ObjectNode version = Json.object();
        version.put("VersionNumber", number);
        version.put("SchemaVersionId", UUID.nameUUIDFromBytes((schema.id() + "#" + number)
                .getBytes(StandardCharsets.UTF_8)).toString());
        version.put("SchemaDefinition", schema.definition());
        version.put("Status", "AVAILABLE");
        version.put("CreatedTime", now());
        return version;
    }

    @Override
    public void createJob(GlueObject createJobRequest) {
        String name = createJobRequest.name();
        writable("job " + name);
        Path file = files.job(name);
        if (files.read(file).isPresent()) {
            throw alreadyExists("job " + name);
        }
        String now = now();
        ObjectNode job = createJobRequest.without("Tags").toNode();
        job.put("CreatedOn", now);
        job.put("LastModifiedOn", now);
        files.write(file, wrap("Job", job));
    }

    @Override
    public void updateJob(String name, GlueObject jobUpdate) {
        writable("job " + name);
        GlueObject existing = getJob(name).orElseThrow(() -> notFound("job " + name));
        ObjectNode job = jobUpdate.only(GlueFields.JOB_UPDATE).toNode();
        job.put("Name", name);
        existing.get("CreatedOn").ifPresent(t -> job.set("CreatedOn", t));
        job.put("LastModifiedOn", now());
        files.write(files.job(name), wrap("Job", job));
    }

    @Override
    public void putProduct(ProductRecord record) {
        writable("product record " + record.id());
        files.write(files.product(record.domain(), record.dataProduct()),
                record.withLastChanged(Optional.of(now())).toJson());
    }

    @Override
    public void grantPermissions(String productId, LfGrant grant) {
        writable("grant " + grant.target());
        List<LfGrant> grants = new ArrayList<>();
        boolean merged = false;
        for (LfGrant existing : grants(productId)) {
            if (existing.sameTarget(grant)) {
                TreeSet<String> union = new TreeSet<>(existing.permissions());
                union.addAll(grant.permissions());
                grants.add(existing.withPermissions(union));
                merged = true;
            } else {
                grants.add(existing);
            }
        }
        if (!merged) {
            grants.add(grant);
        }
        writeGrants(productId, grants);
    }

    @Override
    public void revokePermissions(String productId, LfGrant grant) {
        writable("grant " + grant.target());
        List<LfGrant> grants = new ArrayList<>();
        for (LfGrant existing : grants(productId)) {
            if (existing.sameTarget(grant)) {
                TreeSet<String> left = new TreeSet<>(existing.permissions());
                left.removeAll(grant.permissions());
                if (!left.isEmpty()) {
                    grants.add(existing.withPermissions(left));
                }
            } else {
                grants.add(existing);
            }
        }
        writeGrants(productId, grants);
    }

    private void writeGrants(String productId, List<LfGrant> grants) {
        ArrayNode items = Json.array();
        grants.stream().sorted(LfGrant.ORDER).forEach(g -> items.add(g.toJson()));
        files.write(grantsFile(productId), wrap("PrincipalResourcePermissions", items));
    }

    @Override
    public void registerDataLocation(String arn, Optional<String> roleArn) {
        writable("data location " + arn);
        Map<String, Optional<String>> locations = dataLocations();
        if (locations.containsKey(arn)) {
            throw alreadyExists("data location " + arn);
        }
        locations.put(arn, roleArn);
        ArrayNode items = Json.array();
        locations.forEach((location, role) -> {
            ObjectNode item = items.addObject();
            item.put("ResourceArn", location);
            role.ifPresent(r -> item.put("RoleArn", r));
            item.put("UseServiceLinkedRole", role.isEmpty());
        });
        files.write(files.dataLocations(), wrap("ResourceInfoList", items));
    }

    @Override
    public void putSubscription(Subscription request) {
        writable("subscription " + request.id());
        Path file = files.subscription(request.id());
        if (files.read(file).isPresent()) {
            throw alreadyExists("subscription request " + request.id());
        }
        files.write(file, request.toJson());
    }

    /** Atomic: the session holds the catalog lock, so the status read here is the status replaced. */
    @Override
    public boolean updateSubscription(Subscription updated, SubscriptionStatus expected) {
        writable("subscription " + updated.id());
        Optional<Subscription> existing = getSubscription(updated.id());
        if (existing.isEmpty() || existing.get().status() != expected) {
            return false;
        }
        files.write(files.subscription(updated.id()), updated.toJson());
        return true;
    }

    @Override
    public void commit() {
        if (mode == AccessMode.READ_WRITE) {
            new LocalCatalogSite(files, this).write();
        }
    }

    @Override
    public void close() {
        if (lock != null) {
            lock.close();
        }
    }

    // ---- helpers

    private void writable(String resource) {
        if (mode != AccessMode.READ_WRITE) {
            throw new IllegalStateException("read-only session cannot change " + resource);
        }
    }

    private String now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private CatalogException alreadyExists(String resource) {
        return new CatalogException("The " + resource + " already exists in " + catalogName + ".", resource,
                "run register again: it plans from what the catalog holds now.", true);
    }

    private CatalogException notFound(String resource) {
        return new CatalogException("The " + resource + " does not exist in " + catalogName + ".", resource,
                "run register again: it plans from what the catalog holds now.", true);
    }

    private static ObjectNode wrap(String key, JsonNode value) {
        ObjectNode doc = Json.object();
        doc.set(key, value);
        return doc;
    }

    private static ObjectNode object(ObjectNode doc, String key, Path file) {
        JsonNode value = doc.get(key);
        if (!(value instanceof ObjectNode o)) {
            throw LocalCatalogFiles.corrupt(file, "does not hold a '" + key + "' object");
        }
        return o;
    }

    private static ArrayNode array(JsonNode doc, String key, Path file) {
        JsonNode value = doc.get(key);
        if (value == null || value.isNull()) {
            return Json.array();
        }
        if (!(value instanceof ArrayNode a)) {
            throw LocalCatalogFiles.corrupt(file, "has a '" + key + "' that is not an array");
        }
        return a;
    }

    private static Map<String, String> tagPairs(ArrayNode pairs, Path file) {
        Map<String, String> out = new TreeMap<>();
        for (JsonNode pair : pairs) {
            List<String> values = Json.texts(pair.get("TagValues"));
            if (!pair.path("TagKey").isTextual() || values.size() != 1) {
                throw LocalCatalogFiles.corrupt(file, "holds an LF-tag assignment without 'TagKey' and one 'TagValues' item");
            }
            out.put(pair.get("TagKey").asText(), values.get(0));
        }
        return out;
    }

    private static ArrayNode tagArray(Map<String, String> tags) {
        ArrayNode out = Json.array();
        new TreeMap<>(tags).forEach((k, v) -> {
            ObjectNode item = out.addObject();
            item.put("TagKey", k);
            item.set("TagValues", Json.textArray(List.of(v)));
        });
        return out;
    }
}
