package dev.datamesh.plugin.core;

import dev.datamesh.catalog.CatalogBackend;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Objects;

/**
 * The call into mesh-catalog's Glue backend, {@code GlueCatalogBackend.create(GlueCatalogSettings)}, made by name so
 * that the plugin builds whether or not its mesh-catalog has the Glue backend; without it, choosing
 * {@code mesh.catalog=glue} is a configuration error that says so.
 */
final class GlueBackendLink {

    static final String BACKEND_CLASS = "dev.datamesh.catalog.glue.GlueCatalogBackend";
    static final String SETTINGS_CLASS = "dev.datamesh.catalog.glue.GlueCatalogSettings";
    static final GlueBackendLink DEFAULT = new GlueBackendLink(BACKEND_CLASS, SETTINGS_CLASS);

    private final String backendClass;
    private final String settingsClass;

    GlueBackendLink(String backendClass, String settingsClass) {
        this.backendClass = Objects.requireNonNull(backendClass, "backendClass == null");
        this.settingsClass = Objects.requireNonNull(settingsClass, "settingsClass == null");
    }

    /**
     * {@code GlueCatalogBackend.create(new GlueCatalogSettings(region, endpoint, catalogId, roleArn, externalId,
     * sessionName, scriptsLocation, maxAttempts))}.
     *
     * @throws InvalidConfigurationException when this build has no Glue backend
     * @throws RuntimeException what the backend throws, unchanged (a {@code CatalogException} for unusable settings)
     */
    CatalogBackend create(RegisterSettings.GlueSettings glue) throws InvalidConfigurationException {
        Class<?> backend;
        Class<?> settings;
        try {
            ClassLoader loader = GlueBackendLink.class.getClassLoader();
            backend = Class.forName(backendClass, true, loader);
            settings = Class.forName(settingsClass, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new InvalidConfigurationException(RegisterSettings.CATALOG_PROPERTY, "glue", "This build of "
                    + "mesh-maven-plugin has no Glue catalog backend (" + backendClass + " is missing): register in "
                    + "the local catalog (-D" + RegisterSettings.CATALOG_PROPERTY + "=local) or use a plugin version "
                    + "that has it.");
        }
        try {
            Constructor<?> constructor = settings.getConstructor(String.class, URI.class, String.class, String.class,
                    String.class, String.class, String.class, int.class);
            Object value = constructor.newInstance(glue.region(), glue.endpoint(), glue.catalogId(), glue.roleArn(),
                    glue.externalId(), glue.sessionName(), glue.scriptsLocation(), glue.maxAttempts());
            Method create = backend.getMethod("create", settings);
            return (CatalogBackend) create.invoke(null, value);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(backendClass + ".create failed", e.getCause());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(backendClass + " does not offer create(" + settingsClass + "(String, URI, "
                    + "String, String, String, String, String, int)) returning a CatalogBackend: the plugin and "
                    + "mesh-catalog do not match.", e);
        }
    }
}
