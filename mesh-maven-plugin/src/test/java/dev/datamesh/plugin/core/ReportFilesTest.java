package dev.datamesh.plugin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path dir;

    @Test
    void createsDirectoriesAndReplacesTheFile() throws IOException {
        Path target = dir.resolve("a/b/report.json");

        ReportFiles.write(target, out -> out.write("one".getBytes(StandardCharsets.UTF_8)));
        ReportFiles.write(target, out -> out.write("two".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("two");
        assertThat(entries(target.getParent())).containsExactly("report.json");
    }

    @Test
    void aFailedWriteKeepsThePreviousFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("report.json");
        ReportFiles.write(target, out -> out.write("old".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> ReportFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(target).hasContent("old");
        assertThat(entries(dir)).containsExactly("report.json");
    }

    private static List<String> entries(Path directory) throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
