package dev.datamesh.generator.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesReplaceTheContentAndLeaveNoTemporaryFile() throws Exception {
        Path target = dir.resolve("a/b/table.json");

        AtomicFiles.write(target, "{}\n".getBytes());
        AtomicFiles.write(target, "{\"x\": 1}\n".getBytes());

        assertThat(target).hasContent("{\"x\": 1}");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS) // POSIX permissions
    void writtenFilesGetTheSamePermissionsAsAnyNewFile() throws Exception {
        Path reference = Files.writeString(dir.resolve("reference.txt"), "x");
        Path target = dir.resolve("generated.txt");

        AtomicFiles.write(target, "x".getBytes());
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(reference));
        AtomicFiles.write(target, "y".getBytes());
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void writeIfChangedKeepsAnUnchangedFile() throws Exception {
        Path target = dir.resolve("t.avsc");

        assertThat(AtomicFiles.writeIfChanged(target, "a".getBytes())).isTrue();
        assertThat(AtomicFiles.writeIfChanged(target, "a".getBytes())).isFalse();
        assertThat(AtomicFiles.writeIfChanged(target, "b".getBytes())).isTrue();
        assertThat(target).hasContent("b");
    }

    @Test
    void deleteAndPruneRemovesEmptyParentsUpToTheRoot() throws Exception {
        Path root = dir.resolve("out");
        AtomicFiles.write(root.resolve("glue/orders/orders.table.json"), "{}".getBytes());
        AtomicFiles.write(root.resolve("glue/stores/stores.table.json"), "{}".getBytes());

        assertThat(AtomicFiles.deleteAndPrune(root.resolve("glue/orders/orders.table.json"), root)).isTrue();
        assertThat(root.resolve("glue/orders")).doesNotExist();
        assertThat(root.resolve("glue/stores/stores.table.json")).exists();

        assertThat(AtomicFiles.deleteAndPrune(root.resolve("glue/stores/stores.table.json"), root)).isTrue();
        assertThat(root).isEmptyDirectory();
        assertThat(AtomicFiles.deleteAndPrune(root.resolve("glue/gone.json"), root)).isFalse();
    }
}
