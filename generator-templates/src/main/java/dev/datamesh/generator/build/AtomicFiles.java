package dev.datamesh.generator.build;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.UUID;

/** Writes files so that a reader sees the old content or the new, never half of it. */
public final class AtomicFiles {

    private AtomicFiles() {}

    /**
     * Writes {@code bytes} to {@code target} through a temporary sibling and an atomic rename. The file gets the
     * permissions of any new file (the umask's), not the owner-only ones of {@link Files#createTempFile}.
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = parent.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
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
