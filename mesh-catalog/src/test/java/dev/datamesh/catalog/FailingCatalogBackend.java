package dev.datamesh.catalog;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

/** A backend decorator whose sessions fail on the write call after {@code writesBeforeFailure} successful ones. */
public final class FailingCatalogBackend implements CatalogBackend {

    private final CatalogBackend delegate;
    private final int writesBeforeFailure;
    private final AtomicInteger writes = new AtomicInteger();

    public FailingCatalogBackend(CatalogBackend delegate, int writesBeforeFailure) {
        this.delegate = delegate;
        this.writesBeforeFailure = writesBeforeFailure;
    }

    @Override
    public String describe() {
        return delegate.describe();
    }

    @Override
    public CatalogSession open(AccessMode mode) {
        CatalogSession session = delegate.open(mode);
        return (CatalogSession) Proxy.newProxyInstance(CatalogSession.class.getClassLoader(),
                new Class<?>[] {CatalogSession.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == CatalogWriter.class
                            && writes.incrementAndGet() > writesBeforeFailure) {
                        throw new IllegalStateException("simulated outage during " + method.getName());
                    }
                    try {
                        return method.invoke(session, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
