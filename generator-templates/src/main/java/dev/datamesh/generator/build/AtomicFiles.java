package dev.datamesh.generator.build;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/** Writes files so that a reader sees the old content or the new, never half of it. */
public final class AtomicFiles {

    private AtomicFiles() {}

    /** Writes {@code bytes} to {@code target} through a temporary sibling and an atomic rename. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes only when the content differs, so that an unchanged file keeps its modification time. */
    public static boolean writeIfChanged(Path target, byte[] bytes) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length
                && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return false;
        }
        write(target, bytes);
        return true;
    }

    /** Deletes a file and then its parent directories up to (not including) {@code root} while they are empty. */
    public static boolean deleteAndPrune(Path file, Path root) throws IOException {
        boolean deleted = Files.deleteIfExists(file);
        Path dir = file.getParent();
        Path stop = root.toAbsolutePath().normalize();
        while (dir != null && dir.toAbsolutePath().normalize().startsWith(stop)
                && !dir.toAbsolutePath().normalize().equals(stop)) {
            try {
                Files.delete(dir);
            } catch (DirectoryNotEmptyException | java.nio.file.NoSuchFileException e) {
                break;
            }
            dir = dir.getParent();
        }
        return deleted;
    }
}
