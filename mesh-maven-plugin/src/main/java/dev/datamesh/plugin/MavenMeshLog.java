package dev.datamesh.plugin;

import dev.datamesh.plugin.core.MeshLog;
import java.util.Objects;
import org.apache.maven.plugin.logging.Log;

/** The core's log, written to Maven's. */
final class MavenMeshLog implements MeshLog {

    private final Log log;

    MavenMeshLog(Log log) {
        this.log = Objects.requireNonNull(log, "log == null");
    }

    @Override
    public void error(String message) {
        log.error(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void debug(String message) {
        if (log.isDebugEnabled()) {
            log.debug(message);
        }
    }
}
