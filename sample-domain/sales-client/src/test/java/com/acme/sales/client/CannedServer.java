package com.acme.sales.client;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A JDK HTTP server on 127.0.0.1 that answers with canned responses, in order, and records every request. */
final class CannedServer implements AutoCloseable {

    /** A canned answer: status, JSON body, extra headers, and how long to wait before answering. */
    record Answer(int status, String body, Map<String, String> headers, Duration delay) {
        static Answer json(int status, String body) {
            return new Answer(status, body, Map.of(), Duration.ZERO);
        }
    }

    /** A request as the server saw it. */
    record Request(String method, URI uri, Headers headers) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final HttpServer server;
    private final Deque<Answer> answers = new ArrayDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    CannedServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI(),
                    exchange.getRequestHeaders()));
            exchange.getRequestBody().readAllBytes();
            Answer answer;
            synchronized (answers) {
                answer = answers.isEmpty() ? Answer.json(500, "{\"code\":\"NO_CANNED_ANSWER\",\"message\":\"none\"}")
                        : answers.removeFirst();
            }
            try {
                Thread.sleep(answer.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            answer.headers().forEach(exchange.getResponseHeaders()::add);
            try {
                exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
                exchange.getResponseBody().write(body);
            } catch (IOException e) {
                // the client gave up (a timeout test): nothing to answer
            }
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    CannedServer answer(Answer... canned) {
        synchronized (answers) {
            answers.addAll(List.of(canned));
        }
        return this;
    }

    String baseUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
