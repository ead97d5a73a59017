package dev.datamesh.catalog.plan;

import dev.datamesh.catalog.CatalogWriter;
import dev.datamesh.catalog.access.LfGrant;
import dev.datamesh.catalog.model.GlueObject;
import dev.datamesh.catalog.model.LfResource;
import dev.datamesh.catalog.model.ProductRecord;
import dev.datamesh.catalog.model.SchemaDefinition;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** One catalog write call of a planned action, carrying exactly the request it sends. */
public sealed interface Operation {

    /** Sends this call. */
    void applyTo(CatalogWriter writer);

    /** {@code CreateDatabase}. */
    record CreateDatabase(GlueObject databaseInput) implements Operation {
        @Override
        public void applyTo(CatalogWriter writer) {
            writer.createDatabase(databaseInput);
        }
    }

    /** {@code UpdateDatabase}. */
    record UpdateDatabase(String name, GlueObject databaseInput) implements Operation {
        @Override
        public void applyTo(CatalogWriter writer) {
            writer.updateDatabase(name, databaseInput);
        }
    }

    /** {@code CreateTable}. */
    record CreateTable(String database, GlueObject tableInput) implements Operation {
        @Override
        public void applyTo(CatalogWriter writer) {
            writer.createTable(database, tableInput);
        }
    }

    /** {@code UpdateTable} guarded by the version id that was read. */
    record UpdateTable(String database, GlueObject tableInput, String expectedVersionId) implements Operation {
        @Override
        public void applyTo(CatalogWriter writer) {
            writer.updateTable(database, tableInput, expectedVersionId);
        }
    }

    /** {@code DeleteTable}. */
    record DeleteTable(String database, String table) implements Operation {
        @Override
        public void applyTo(CatalogWriter writer) {
            writer.deleteTable(database, table);
        }
    }

    /** {@code CreateLFTag}. */
    record CreateLfTag(String key, List<String> values) implements Operation {
        public CreateLfTag {
            values = List.copyOf(values);
        }

        @Override
        public void applyTo(CatalogWriter writer) {
            writer.createLfTag(key, values);
        }
    }

    /** {@code UpdateLFTag} adding values. */
    record UpdateLfTag(String key, List<String> valuesToAdd) implements Operation {
        public UpdateLfTag {
            valuesToAdd = List.copyOf(valuesToAdd);
        }

        @Override
        public void applyTo(CatalogWriter writer) {
            writer.updateLfTag(key, valuesToAdd);
        }
    }

    /** {@code AddLFTagsToResource}. */
    record AddLfTags(LfResource resource, Map<String, String> tags) implements Operation {
        public AddLfTags {
            tags = Collections.unmodifiableMap(new TreeMap<>(tags));
        }

        @Override
        public void applyTo(CatalogWriter writer) {
            writer.addLfTagsToResource(resource, tags);
        }
    }

    /** {@code RemoveLFTagsFromResource}. */
    record RemoveLfTags(LfResource resource, Map<String, String> tags) implements Operation {
        public RemoveLfTags {
            tags = Collections.unmodifiableMap(new TreeMap<>(tags));
        }

        @Override
        public void applyTo(CatalogWriter writer) {
            writer.removeLfTagsFromResource(resource, tags);
        }
    }

    /** {@code CreateRegistry}. */
    record CreateRegistry(String registry, String description) implements Operation {
        @Override
        public void applyTo(CatalogWriter writer) {
            writer.createRegistry(registry, description);
        }
    }

    /** {@code CreateSchema}. */
    record CreateSchema(SchemaDefinition schema) implements Operation {
        @Override
        public void applyTo(CatalogWriter writer) {
            writer.createSchema(schema);
        }
    }

    /** {@code RegisterSchemaVersion}. */
    record RegisterSchemaVersion(SchemaDefinition schema) implements Operation {
        @Override
        public void applyTo(CatalogWriter writer) {
            writer.registerSchemaVersion(schema);
        }
    }

    /** {@code CreateJob}. */
    record CreateJob(GlueObject createJobRequest) implements Operation {
        @Override
        public void applyTo(CatalogWriter writer) {
            writer.createJob(createJobRequest);
        }
    }

    /** {@code UpdateJob}. */
    record UpdateJob(String name, GlueObject jobUpdate) implements Operation {
        @Override
        public void applyTo(CatalogWriter writer) {
            writer.updateJob(name, jobUpdate);
        }
    }

    /** {@code GrantPermissions} of one principal on one resource, for a product. */
    record GrantPermissions(String productId, LfGrant grant) implements Operation {
        @Override
        public void applyTo(CatalogWriter writer) {
            writer.grantPermissions(productId, grant);
        }
    }

    /** {@code RevokePermissions} of one principal on one resource, for a product. */
    record RevokePermissions(String productId, LfGrant grant) implements Operation {
        @Override
        public void applyTo(CatalogWriter writer) {
            writer.revokePermissions(productId, grant);
        }
    }

    /** {@code RegisterResource} of an S3 location, with a role or the service-linked role. */
    record RegisterDataLocation(String arn, Optional<String> roleArn) implements Operation {
        @Override
        public void applyTo(CatalogWriter writer) {
            writer.registerDataLocation(arn, roleArn);
        }
    }

    /** Writes the product record. */
    record PutProduct(ProductRecord record) implements Operation {
        @Override
        public void applyTo(CatalogWriter writer) {
            writer.putProduct(record);
        }
    }
}
