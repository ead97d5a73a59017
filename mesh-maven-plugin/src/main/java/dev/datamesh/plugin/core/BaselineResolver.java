package dev.datamesh.plugin.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds published {@code contracts} bundles in the build's artifact repositories; the plugin implements it with
 * Maven's resolver, tests with a map.
 */
public interface BaselineResolver {

    /**
     * The newest released version of an artifact below {@code version}; empty when there is none (a first release).
     * Snapshots are never a baseline.
     *
     * @throws IOException when the repositories cannot be asked
     */
    Optional<String> newestReleaseBelow(String groupId, String artifactId, String version) throws IOException;

    /**
     * The {@code contracts} bundle (type {@code zip}, classifier {@code contracts}) of one version, downloaded to
     * the local repository; empty when that version has none.
     *
     * @throws IOException when the repositories cannot be asked
     */
    Optional<Path> bundle(String groupId, String artifactId, String version) throws IOException;

    /** A resolver for builds without repositories: it finds nothing. */
    BaselineResolver NONE = new BaselineResolver() {
        @Override
        public Optional<String> newestReleaseBelow(String groupId, String artifactId, String version) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> bundle(String groupId, String artifactId, String version) {
            return Optional.empty();
        }
    };
}
