package dev.datamesh.contract;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A contract file to load: where it is on disk and the name printed in locations and reports.
 *
 * @param path the absolute, normalised path
 * @param displayName the path relative to the base directory, with forward slashes
 */
public record ContractFile(Path path, String displayName) implements Comparable<ContractFile> {

    public ContractFile {
        Objects.requireNonNull(path, "path == null");
        Objects.requireNonNull(displayName, "displayName == null");
    }

    @Override
    public int compareTo(ContractFile other) {
        return displayName.compareTo(other.displayName);
    }
}
