package com.acme.sales.lambda;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code moto_server} on a free loopback port, started and stopped by the test that owns it. Only loopback is
 * ever used: the server binds 127.0.0.1 and clients get {@link #endpoint()}.
 */
final class MotoServer implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private MotoServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts a fresh server (empty state) and waits until it answers. */
    public static MotoServer start() throws IOException, InterruptedException {
        int port = freePort();
        Path log = Files.createTempFile("moto-", ".log");
        IOException last = null;
        for (List<String> command : candidates(port)) {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                MotoServer server = new MotoServer(process, port, log);
                server.awaitReady(Duration.ofSeconds(30));
                return server;
            } catch (IOException e) {
                last = e;
            }
        }
        throw new IOException("moto_server could not be started (tried moto_server and python3 -m moto.server); "
                + "it ships with the system image's Python 3.11", last);
    }

    private static List<List<String>> candidates(int port) {
        List<List<String>> commands = new ArrayList<>();
        String p = Integer.toString(port);
        commands.add(List.of("moto_server", "-H", "127.0.0.1", "-p", p));
        commands.add(List.of("python3", "-m", "moto.server", "-H", "127.0.0.1", "-p", p));
        return commands;
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("moto_server exited: " + Files.readString(log));
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(endpoint() + "/moto-api/")
                        .toURL().openConnection();
                connection.setConnectTimeout(500);
                connection.setReadTimeout(2000);
                if (connection.getResponseCode() > 0) {
                    connection.disconnect();
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        close();
        throw new IOException("moto_server did not answer within " + timeout);
    }

    /** The endpoint for AWS SDK clients: {@code http://127.0.0.1:PORT}. */
    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public URI endpointUri() {
        return URI.create(endpoint());
    }

    /** Empties every service's state, for tests that share one server. */
    public void reset() throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(endpoint() + "/moto-api/reset").toURL()
                .openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.getOutputStream().close();
        if (connection.getResponseCode() != 200) {
            throw new IOException("moto reset failed: HTTP " + connection.getResponseCode());
        }
        connection.disconnect();
    }

    /** Stops the server: the fault a test injects to interrupt a registration half-way. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() {
        try {
            stop();
            Files.deleteIfExists(log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException ignored) {
            // the log is a temp file
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
