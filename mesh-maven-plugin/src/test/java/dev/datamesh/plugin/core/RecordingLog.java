package dev.datamesh.plugin.core;

import java.util.ArrayList;
import java.util.List;

/** A {@link MeshLog} that keeps each message as {@code LEVEL message}, for exact assertions. */
final class RecordingLog implements MeshLog {

    private final List<String> lines = new ArrayList<>();

    List<String> lines() {
        return lines;
    }

    /** The lines without debug output. */
    List<String> visible() {
        return lines.stream().filter(l -> !l.startsWith("DEBUG ")).toList();
    }

    @Override
    public void error(String message) {
        lines.add("ERROR " + message);
    }

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
    }

    @Override
    public void info(String message) {
        lines.add("INFO " + message);
    }

    @Override
    public void debug(String message) {
        lines.add("DEBUG " + message);
    }
}
