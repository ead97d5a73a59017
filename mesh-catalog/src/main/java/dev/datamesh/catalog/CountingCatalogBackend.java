package dev.datamesh.catalog;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Objects;

/**
 * A backend decorator that counts the read and write calls of its sessions, so that tests (and the plugin's log)
 * can tell that registering an unchanged product only reads.
 */
public final class CountingCatalogBackend implements CatalogBackend {

    private final CatalogBackend delegate;
    private final CallCounts counts = new CallCounts();

    public CountingCatalogBackend(CatalogBackend delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate == null");
    }

    public CallCounts counts() {
        return counts;
    }

    @Override
    public String describe() {
        return delegate.describe();
    }

    @Override
    public CatalogSession open(AccessMode mode) {
        return counting(delegate.open(mode), counts);
    }

    /** Wraps a session so that every {@link CatalogReader} and {@link CatalogWriter} call is counted. */
    public static CatalogSession counting(CatalogSession session, CallCounts counts) {
        Objects.requireNonNull(session, "session == null");
        Objects.requireNonNull(counts, "counts == null");
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == CatalogReader.class) {
                counts.read(method.getName());
            } else if (method.getDeclaringClass() == CatalogWriter.class) {
                counts.write(method.getName());
            }
            try {
                return method.invoke(session, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (CatalogSession) Proxy.newProxyInstance(CatalogSession.class.getClassLoader(),
                new Class<?>[] {CatalogSession.class}, handler);
    }
}
