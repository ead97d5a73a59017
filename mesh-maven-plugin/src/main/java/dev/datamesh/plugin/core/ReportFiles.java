package dev.datamesh.plugin.core;

import dev.datamesh.generator.build.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes report files atomically (through {@link AtomicFiles}): a reader never sees half a report and a failed
 * write leaves the previous one intact.
 */
public final class ReportFiles {

    /** Writes the content of one file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ReportFiles() {}

    public static void write(Path target, Content content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        content.writeTo(bytes);
        AtomicFiles.write(target, bytes.toByteArray());
    }
}
