package dev.datamesh.catalog.importer;

import dev.datamesh.generator.build.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes imported contracts into the contracts directory: all or nothing. Existing files are never replaced unless
 * {@code overwrite} is set, and every check is made before the first file is written; each file is replaced
 * atomically.
 */
public final class ContractFiles {

    private final Path directory;
    private final Function<Path, String> display;

    /** {@code display} prints a path as users see it (relative to the project). */
    public ContractFiles(Path directory, Function<Path, String> display) {
        this.directory = Objects.requireNonNull(directory, "directory == null");
        this.display = Objects.requireNonNull(display, "display == null");
    }

    /** The file a contract goes to. */
    public Path target(ImportedContract contract) {
        return directory.resolve(contract.fileName());
    }

    /** Writes the contracts; returns their paths in order. */
    public List<Path> write(List<ImportedContract> contracts, boolean overwrite) throws IOException, ImportException {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new ImportException(display.apply(directory) + " is a file, but imported contracts go into a"
                    + " directory.", "make the first entry of -Dmesh.contracts (<contracts>) a directory.");
        }
        Set<String> names = new HashSet<>();
        List<String> existing = new ArrayList<>();
        for (ImportedContract contract : contracts) {
            if (!names.add(contract.fileName().toLowerCase(Locale.ROOT))) {
                throw new ImportException("Two imported contracts would be written to "
                        + display.apply(target(contract)) + ".", "import the tables whose names differ only in"
                                + " case or punctuation separately, with -Dmesh.tables.");
            }
            if (Files.exists(target(contract))) {
                existing.add(display.apply(target(contract)));
            }
        }
        if (!overwrite && !existing.isEmpty()) {
            throw new ImportException((existing.size() == 1 ? "The contract " + existing.get(0) + " exists"
                    : "The contracts " + String.join(", ", existing) + " exist") + " already; mesh:import does not"
                    + " replace contracts.", "move or delete " + (existing.size() == 1 ? "it" : "them")
                    + ", or run again with -Dmesh.overwrite=true to replace " + (existing.size() == 1 ? "it" : "them")
                    + ".");
        }
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        for (ImportedContract contract : contracts) {
            Path target = target(contract);
            AtomicFiles.write(target, contract.yaml().getBytes(StandardCharsets.UTF_8));
            written.add(target);
        }
        return written;
    }
}
