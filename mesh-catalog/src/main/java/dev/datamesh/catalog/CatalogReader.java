package dev.datamesh.catalog;

import dev.datamesh.catalog.access.LfGrant;
import dev.datamesh.catalog.access.ProductScope;
import dev.datamesh.catalog.access.Subscription;
import dev.datamesh.catalog.model.GlueObject;
import dev.datamesh.catalog.model.LfTag;
import dev.datamesh.catalog.model.ProductRecord;
import dev.datamesh.catalog.model.ResourceLfTags;
import dev.datamesh.catalog.model.SchemaInfo;
import dev.datamesh.catalog.model.TableState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The read side of a catalog, one method per Glue / Lake Formation read call. "Not found" is an empty result, never
 * an exception; other failures are {@link CatalogException}s naming the resource.
 */
public interface CatalogReader {

    /** {@code GetDatabase}: the {@code Database} object. */
    Optional<GlueObject> getDatabase(String name);

    /** {@code GetTables}: every table of a database, sorted by name; empty when the database does not exist. */
    List<TableState> getTables(String database);

    /** {@code GetTable}. */
    Optional<TableState> getTable(String database, String table);

    /** {@code GetLFTag}. */
    Optional<LfTag> getLfTag(String key);

    /** {@code GetResourceLFTags} on a database: key to value. */
    Map<String, String> getDatabaseLfTags(String database);

    /** {@code GetResourceLFTags} on a table, with its columns. */
    ResourceLfTags getTableLfTags(String database, String table);

    /** {@code GetRegistry}. */
    Optional<GlueObject> getRegistry(String registry);

    /** {@code GetSchema} and {@code GetSchemaVersion} of the latest version. */
    Optional<SchemaInfo> getSchema(String registry, String schema);

    /** {@code GetSchemaByDefinition}: the version number holding exactly this definition, if any. */
    OptionalLong getSchemaVersionByDefinition(String registry, String schema, String definition);

    /** {@code GetJob}: the {@code Job} object. */
    Optional<GlueObject> getJob(String name);

    /** The product record; backends without {@link ResourceKind#PRODUCT} return empty. */
    Optional<ProductRecord> getProduct(String domain, String dataProduct);

    /**
     * {@code ListPermissions}: the grants the catalog holds that were made for this product
     * ({@link ProductScope#owns}), in {@link LfGrant#ORDER}.
     */
    List<LfGrant> getGrants(ProductScope scope);

    /** {@code ListResources}: the S3 locations registered with Lake Formation, as ARNs, sorted. */
    List<String> getDataLocations();

    /** A subscription request by id. */
    Optional<Subscription> getSubscription(String id);

    /** The subscription requests of one product, or of every product when empty, sorted by request time and id. */
    List<Subscription> getSubscriptions(Optional<String> productId);

    /**
     * The tables registered for a product ({@code <domain>/<data product>}), sorted by database and name; empty when
     * the catalog knows no such product.
     */
    List<TableState> getProductTables(String productId);
}
