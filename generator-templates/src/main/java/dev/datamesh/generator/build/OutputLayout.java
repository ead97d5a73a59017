package dev.datamesh.generator.build;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where generated files land: Java sources (paths under {@value #JAVA_PREFIX}) go to the sources directory,
 * everything else to the resources directory.
 */
public record OutputLayout(Path resources, Path sources) {

    /** Generated paths under this prefix are Java sources, e.g. {@code java/com/acme/Client.java}. */
    public static final String JAVA_PREFIX = "java/";

    public OutputLayout {
        Objects.requireNonNull(resources, "resources == null");
        Objects.requireNonNull(sources, "sources == null");
    }

    /** One directory for everything, Java sources under {@code java/}. */
    public static OutputLayout single(Path directory) {
        return new OutputLayout(directory, directory.resolve("java"));
    }

    /** The file for a generated path. */
    public Path resolve(String path) {
        return path.startsWith(JAVA_PREFIX) ? sources.resolve(path.substring(JAVA_PREFIX.length()))
                : resources.resolve(path);
    }

    /** The directory a generated path's file is pruned up to when it is deleted. */
    public Path rootOf(String path) {
        return path.startsWith(JAVA_PREFIX) ? sources : resources;
    }
}
