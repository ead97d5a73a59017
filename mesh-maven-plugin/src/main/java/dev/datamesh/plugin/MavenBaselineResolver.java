package dev.datamesh.plugin;

import dev.datamesh.plugin.core.BaselineResolver;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.resolution.VersionRangeResult;
import org.eclipse.aether.version.Version;

/**
 * Finds {@code contracts} bundles with Maven's resolver, in the local repository and the project's remote
 * repositories (the same ones, mirrors and credentials that the build uses).
 */
final class MavenBaselineResolver implements BaselineResolver {

    private static final String TYPE = "zip";

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    MavenBaselineResolver(RepositorySystem system, RepositorySystemSession session,
            List<RemoteRepository> repositories) {
        this.system = Objects.requireNonNull(system, "system == null");
        this.session = Objects.requireNonNull(session, "session == null");
        this.repositories = List.copyOf(repositories);
    }

    /** Asks for the versions in {@code [0,version)} and takes the newest that is no snapshot. */
    @Override
    public Optional<String> newestReleaseBelow(String groupId, String artifactId, String version) throws IOException {
        Artifact artifact = new DefaultArtifact(groupId, artifactId, BundleMojo.CLASSIFIER, TYPE,
                "[0," + version + ")");
        VersionRangeResult result;
        try {
            result = system.resolveVersionRange(session, new VersionRangeRequest(artifact, repositories, null));
        } catch (VersionRangeResolutionException e) {
            throw new IOException("Cannot list the released versions of " + groupId + ":" + artifactId + ": "
                    + e.getMessage(), e);
        }
        List<Version> versions = result.getVersions();
        for (int i = versions.size() - 1; i >= 0; i--) {
            String candidate = versions.get(i).toString();
            if (!candidate.endsWith("-SNAPSHOT")) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Path> bundle(String groupId, String artifactId, String version) throws IOException {
        Artifact artifact = new DefaultArtifact(groupId, artifactId, BundleMojo.CLASSIFIER, TYPE, version);
        try {
            ArtifactResult result = system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null));
            return Optional.of(result.getArtifact().getFile().toPath());
        } catch (ArtifactResolutionException e) {
            if (e.getResults().stream().allMatch(ArtifactResult::isMissing)) {
                return Optional.empty();
            }
            throw new IOException("Cannot download " + artifact + ": " + e.getMessage(), e);
        }
    }
}
