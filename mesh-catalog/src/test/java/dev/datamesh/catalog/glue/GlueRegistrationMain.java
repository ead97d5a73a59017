package dev.datamesh.catalog.glue;

import dev.datamesh.catalog.CatalogException;
import dev.datamesh.catalog.CatalogRegistration;
import dev.datamesh.catalog.Fixtures;
import dev.datamesh.catalog.RegistrationOptions;
import dev.datamesh.catalog.RegistrationResult;

/**
 * Registers a fixture product with the glue backend's default settings, as the plugin does when nothing but the
 * environment is configured: region, endpoint and credentials come from the AWS SDK's chains alone. Prints the
 * catalog and the plan's summary.
 */
public final class GlueRegistrationMain {

    private GlueRegistrationMain() {}

    public static void main(String[] args) {
        try (GlueCatalogBackend backend = GlueCatalogBackend.create(GlueCatalogSettings.DEFAULT)) {
            RegistrationResult result = CatalogRegistration.register(Fixtures.desired(args[0]), backend,
                    RegistrationOptions.DEFAULT, line -> {});
            System.out.println(result.plan().catalog() + " " + result.plan().summary());
        } catch (CatalogException e) {
            System.out.println(e.formatted());
            System.exit(1);
        }
    }
}
