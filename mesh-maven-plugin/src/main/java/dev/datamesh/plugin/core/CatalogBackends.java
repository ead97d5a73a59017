package dev.datamesh.plugin.core;

import dev.datamesh.catalog.CatalogBackend;
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
            case GLUE -> GlueBackendLink.DEFAULT.create(settings.glue());
        };
    }
}
