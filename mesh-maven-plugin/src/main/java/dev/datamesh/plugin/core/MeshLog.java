package dev.datamesh.plugin.core;

/** Where the core writes what a user reads; the plugin passes Maven's log, tests a recording one. */
public interface MeshLog {

    void error(String message);

    void warn(String message);

    void info(String message);

    void debug(String message);
}
