package dev.datamesh.plugin;

import dev.datamesh.plugin.core.MeshException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Maps how a goal's core call ended to what Maven expects, in one place for every goal: problems in the user's
 * configuration or contracts fail the build with their message and no stack trace; anything else is an
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

    /** The message, with the exception's type when the message alone would not say what happened. */
    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getName() : e.getClass().getSimpleName()
                + ": " + message;
    }
}
