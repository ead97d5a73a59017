package dev.datamesh.catalog;

import dev.datamesh.catalog.access.LfGrant;
import dev.datamesh.catalog.access.Subscription;
import dev.datamesh.catalog.access.SubscriptionStatus;
import dev.datamesh.catalog.model.GlueObject;
import dev.datamesh.catalog.model.LfResource;
import dev.datamesh.catalog.model.ProductRecord;
import dev.datamesh.catalog.model.SchemaDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The write side of a catalog, one method per Glue / Lake Formation write call. Each call is atomic on its own;
 * a failure is a {@link CatalogException} naming the resource.
 */
public interface CatalogWriter {

    /** {@code CreateDatabase} with a {@code DatabaseInput}. */
    void createDatabase(GlueObject databaseInput);

    /** {@code UpdateDatabase}. */
    void updateDatabase(String name, GlueObject databaseInput);

    /** {@code CreateTable} with a {@code TableInput}. */
    void createTable(String database, GlueObject tableInput);

    /** {@code UpdateTable} with {@code VersionId}: fails when the table changed since it was read. */
    void updateTable(String database, GlueObject tableInput, String expectedVersionId);

    /** {@code DeleteTable}; only planned with {@code allowDeletes}. */
    void deleteTable(String database, String table);

    /** {@code CreateLFTag}. */
    void createLfTag(String key, List<String> values);

    /** {@code UpdateLFTag} with {@code TagValuesToAdd}; values are never removed, other products may use them. */
    void updateLfTag(String key, List<String> valuesToAdd);

    /** {@code AddLFTagsToResource}: sets these keys to these values on the resource. */
    void addLfTagsToResource(LfResource resource, Map<String, String> tags);

    /** {@code RemoveLFTagsFromResource}; only planned with {@code allowDeletes}. */
    void removeLfTagsFromResource(LfResource resource, Map<String, String> tags);

    /** {@code CreateRegistry}. */
    void createRegistry(String registry, String description);

    /** {@code CreateSchema} with its first version. */
    void createSchema(SchemaDefinition schema);

    /** {@code RegisterSchemaVersion}. */
    void registerSchemaVersion(SchemaDefinition schema);

    /** {@code CreateJob} with a {@code CreateJob} request. */
    void createJob(GlueObject createJobRequest);

    /** {@code UpdateJob} with a {@code JobUpdate}. */
    void updateJob(String name, GlueObject jobUpdate);

    /** Writes the product record; the backend stamps {@code lastChanged}. */
    void putProduct(ProductRecord record);

    /** {@code GrantPermissions} without grant option; the product is the one the grant was planned for. */
    void grantPermissions(String productId, LfGrant grant);

    /** {@code RevokePermissions} of exactly these permissions. */
    void revokePermissions(String productId, LfGrant grant);

    /** {@code RegisterResource} of an S3 location: with {@code roleArn}, else with the service-linked role. */
    void registerDataLocation(String arn, Optional<String> roleArn);

    /** Files a new subscription request; fails when one with its id exists. */
    void putSubscription(Subscription request);

    /**
     * Replaces a subscription request if it still has the {@code expected} status (a conditional write), so that of
     * two concurrent decisions exactly one succeeds.
     *
     * @return whether it was written; {@code false} when the request's status was no longer {@code expected}
     */
    boolean updateSubscription(Subscription updated, SubscriptionStatus expected);
}
