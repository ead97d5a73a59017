package dev.datamesh.generator;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One generated output: a relative path with forward slashes (e.g. {@code glue/sales/pos_transactions.json}) and
 * its text content with {@code \n} line endings. Generators return these; writing them is a separate step.
 */
public record GeneratedFile(String path, String content) {

    public GeneratedFile {
        Objects.requireNonNull(path, "path == null");
        Objects.requireNonNull(content, "content == null");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("..")) {
            throw new IllegalArgumentException("path must be relative with forward slashes: " + path);
        }
    }

    public byte[] bytes() {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
