package dev.datamesh.plugin.core;

import dev.datamesh.catalog.CatalogBackend;
import dev.datamesh.catalog.glue.GlueCatalogBackend;
import dev.datamesh.catalog.glue.GlueCatalogSettings;
import dev.datamesh.catalog.local.LocalCatalogBackend;

/** The catalog backend that {@link RegisterSettings#catalog()} selects. */
public final class CatalogBackends {

    private CatalogBackends() {}

    /**
     * A new backend; the Glue one resolves credentials, region and endpoint when it is created.
     *
     * @throws InvalidConfigurationException when the selected backend cannot be used
     */
    public static CatalogBackend create(RegisterSettings settings) throws InvalidConfigurationException {
        return switch (settings.catalog()) {
            case LOCAL -> new LocalCatalogBackend(settings.catalogDirectory());
            case GLUE -> glue(settings.glue());
        };
    }

    private static CatalogBackend glue(RegisterSettings.GlueSettings glue) {
        return GlueCatalogBackend.create(GlueCatalogSettings.builder()
                .region(glue.region())
                .endpoint(glue.endpoint())
                .catalogId(glue.catalogId())
                .roleArn(glue.roleArn())
                .externalId(glue.externalId())
                .sessionName(glue.sessionName())
                .scripts(glue.scriptsLocation(), glue.scriptsDirectory())
                .maxAttempts(glue.maxAttempts())
                .subscriptionsTable(glue.subscriptionsTable())
                .build());
    }
}
