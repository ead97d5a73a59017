package dev.datamesh.contract;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the contract files under the paths a user names: a directory is searched recursively for
 * {@code *.odcs.yaml} and {@code *.odcs.yml} files, a file is taken whatever its name.
 *
 * <p>Relative paths start at the base directory, and display names are relative to it with forward slashes, so
 * that output is the same on every platform. Directories whose name starts with a dot ({@code .git}) are skipped
 * unless named explicitly; symbolic links are followed, loops are not.
 */
public final class ContractFinder {

    /** The file name endings of contract files found in directories. */
    public static final List<String> SUFFIXES = List.of(".odcs.yaml", ".odcs.yml");

    private final Path baseDir;

    public ContractFinder(Path baseDir) {
        this.baseDir = Objects.requireNonNull(baseDir, "baseDir == null").toAbsolutePath().normalize();
    }

    /**
     * The contract files under the given roots, without duplicates, sorted by display name.
     *
     * @param roots files or directories, absolute or relative to the base directory
     */
    public Found find(List<Path> roots) throws IOException {
        Map<Path, ContractFile> files = new LinkedHashMap<>();
        List<Path> missing = new ArrayList<>();
        for (Path root : roots) {
            Path absolute = baseDir.resolve(root).normalize();
            if (Files.isDirectory(absolute)) {
                for (Path file : walk(absolute)) {
                    files.putIfAbsent(file, file(file));
                }
            } else if (Files.exists(absolute)) {
                files.putIfAbsent(absolute, file(absolute));
            } else {
                missing.add(root);
            }
        }
        List<ContractFile> sorted = new ArrayList<>(files.values());
        sorted.sort(null);
        return new Found(sorted, missing);
    }

    /** Whether a file found in a directory is a contract: its name ends in one of {@link #SUFFIXES}. */
    public static boolean isContractFileName(String fileName) {
        return SUFFIXES.stream().anyMatch(fileName::endsWith);
    }

    /** The name of a path as printed: relative to the base directory with forward slashes when possible. */
    public String displayName(Path path) {
        Path absolute = baseDir.resolve(path).normalize();
        String name;
        try {
            name = baseDir.relativize(absolute).toString();
        } catch (IllegalArgumentException e) {
            name = absolute.toString(); // another root (drive) than the base directory
        }
        return name.isEmpty() ? "." : name.replace(absolute.getFileSystem().getSeparator(), "/");
    }

    private ContractFile file(Path absolute) {
        return new ContractFile(absolute, displayName(absolute));
    }

    private static List<Path> walk(Path directory) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        boolean hidden = !dir.equals(directory) && dir.getFileName().toString().startsWith(".");
                        return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && isContractFileName(file.getFileName().toString())) {
                            found.add(file.normalize());
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                        if (e instanceof FileSystemLoopException) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        throw e;
                    }
                });
        return found;
    }

    /**
     * What {@link #find} found.
     *
     * @param files the contract files, sorted by display name
     * @param missing the roots, as given, at which nothing exists
     */
    public record Found(List<ContractFile> files, List<Path> missing) {

        public Found {
            files = List.copyOf(files);
            missing = List.copyOf(missing);
        }
    }
}
