package dev.datamesh.catalog.glue;

import dev.datamesh.catalog.CatalogException;
import dev.datamesh.catalog.model.GlueObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The Glue job scripts under the configured S3 prefix, uploaded from the generated {@code glue-etl} directory with
 * the job that runs them. A script whose upload is missing or differs from the local file (by the SHA-256 kept in
 * the object's metadata) makes its job read as changed, so that the plan updates the job and uploads the script
 * even when the job definition itself is unchanged.
 */
final class JobScripts {

    /** The object metadata key holding the script's SHA-256. */
    static final String SHA256 = "mesh-sha256";

    private final S3Client s3;
    private final String location;
    private final Path directory;
    private final String catalogName;
    private final int maxAttempts;

    JobScripts(S3Client s3, GlueCatalogSettings settings, String catalogName) {
        this.s3 = s3;
        this.location = settings.scriptsLocation().orElseThrow();
        this.directory = settings.scriptsDirectory().orElseThrow().toAbsolutePath().normalize();
        this.catalogName = catalogName;
        this.maxAttempts = settings.maxAttempts();
    }

    /** A script the job runs from under the S3 prefix: its bucket, key and local file. */
    record Script(String uri, String bucket, String key, Path file) {}

    /** The job's script when it lies under the configured S3 prefix; others are not managed here. */
    Optional<Script> script(GlueObject job) {
        Optional<String> uri = job.object("Command").flatMap(c -> c.text("ScriptLocation"));
        if (uri.isEmpty() || !uri.get().startsWith(location)) {
            return Optional.empty();
        }
        String relative = uri.get().substring(location.length());
        Path file = directory.resolve(relative).normalize();
        if (relative.isEmpty() || !file.startsWith(directory)) {
            return Optional.empty();
        }
        String path = uri.get().substring("s3://".length());
        int slash = path.indexOf('/');
        return Optional.of(new Script(uri.get(), path.substring(0, slash), path.substring(slash + 1), file));
    }

    /**
     * The job as read, with its {@code Command.ScriptLocation} marked when the uploaded script is missing or differs
     * from the local file; the plan then shows why the job is updated.
     */
    GlueObject markOutdated(GlueObject job) {
        Optional<Script> script = script(job);
        if (script.isEmpty()) {
            return job;
        }
        String subject = "script " + script.get().uri();
        Optional<String> local = sha256(script.get().file());
        Optional<String> uploaded;
        try {
            uploaded = Optional.ofNullable(s3.headObject(r -> r.bucket(script.get().bucket()).key(script.get().key()))
                    .metadata().get(SHA256));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw AwsErrors.wrap(e, "s3:GetObject", subject, catalogName, maxAttempts);
            }
            uploaded = Optional.empty();
        } catch (SdkException e) {
            throw AwsErrors.wrap(e, "s3:GetObject", subject, catalogName, maxAttempts);
        }
        if (local.isPresent() && local.equals(uploaded)) {
            return job;
        }
        String why = uploaded.isEmpty() ? "not uploaded yet" : local.isEmpty() ? "no local file "
                + script.get().file() : "differs from " + script.get().file();
        GlueObject command = job.object("Command").orElseThrow();
        return job.with("Command", command.with("ScriptLocation", script.get().uri() + " (script " + why + ")")
                .toNode());
    }

    /** Uploads the job's script, if it lies under the S3 prefix. */
    void upload(GlueObject job, String jobSubject) {
        Optional<Script> found = script(job);
        if (found.isEmpty()) {
            return;
        }
        Script script = found.get();
        byte[] content;
        try {
            content = Files.readAllBytes(script.file());
        } catch (NoSuchFileException e) {
            throw new CatalogException("The script " + script.file() + " of " + jobSubject + " does not exist.",
                    script.file().toString(), "run mesh:generate with the glue-etl generator, and point "
                    + "scriptsDirectory at its glue-etl output directory.", false, e);
        } catch (IOException e) {
            throw new CatalogException("The script " + script.file() + " of " + jobSubject + " cannot be read: "
                    + e.getMessage(), script.file().toString(), "check the file's permissions, then run register "
                    + "again.", true, e);
        }
        try {
            s3.putObject(r -> r.bucket(script.bucket()).key(script.key()).contentType("text/x-python")
                    .metadata(Map.of(SHA256, hex(content))), RequestBody.fromBytes(content));
        } catch (SdkException e) {
            throw AwsErrors.wrap(e, "s3:PutObject", "script " + script.uri() + " of " + jobSubject, catalogName,
                    maxAttempts);
        }
    }

    private static Optional<String> sha256(Path file) {
        try {
            return Optional.of(hex(Files.readAllBytes(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
