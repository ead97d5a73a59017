package dev.datamesh.plugin;

import dev.datamesh.catalog.CatalogException;
import dev.datamesh.plugin.core.MeshException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Maps how a goal's core call ended to what Maven expects, in one place for every goal: problems in the user's
 * configuration or contracts fail the build with their message and no stack trace; a catalog that cannot be read
 * or written fails it with what failed, where, the fix and whether a re-run resumes; anything else is an
 * unexpected failure that keeps its cause.
 */
final class MavenOutcomes {

    /** A goal's call into the core. */
    @FunctionalInterface
    interface GoalCall {
        void run() throws IOException, InterruptedException, MeshException;
    }

    private MavenOutcomes() {}

    static void run(String goal, GoalCall call) throws MojoExecutionException, MojoFailureException {
        try {
            call.run();
        } catch (MeshException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (CatalogException e) {
            throw new MojoFailureException(catalogFailure(goal, e), e);
        } catch (IOException e) {
            throw new MojoExecutionException("mesh:" + goal + " could not read or write a file: " + describe(e), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("mesh:" + goal + " could not read or write a file: "
                    + describe(e.getCause()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("mesh:" + goal + " was interrupted.", e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Unexpected failure in mesh:" + goal + ": " + describe(e), e);
        }
    }

    /** What failed, on which resource, the fix, and whether running the goal again resumes. */
    private static String catalogFailure(String goal, CatalogException e) {
        StringBuilder out = new StringBuilder(e.getMessage());
        e.resource().ifPresent(r -> out.append("\n  resource: ").append(r));
        out.append("\n  hint: ").append(e.hint());
        out.append("\n  re-run: ").append(e.resumable()
                ? "mesh:" + goal + " resumes where this run stopped; it plans again from what the catalog holds."
                : "mesh:" + goal + " fails the same way until this is fixed.");
        return out.toString();
    }

    /** The message, with the exception's type when the message alone would not say what happened. */
    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getName() : e.getClass().getSimpleName()
                + ": " + message;
    }
}
