package dev.datamesh.catalog.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback HTTP proxy in front of {@code moto_server} that records every AWS call by operation (e.g.
 * {@code glue:CreateTable}), answers chosen calls with faults (throttling, 5xx, conflicts, access denied) before
 * passing the rest through, and fills the gaps of moto 5.2 that this project's calls meet:
 * <ul>
 *   <li>Glue {@code UpdateJob}: moto has none; emulated by {@code GetJob}, {@code DeleteJob} and {@code CreateJob}.
 *   <li>Lake Formation {@code GetResourceLFTags} on a resource that has no tags: moto fails with HTTP 500 where AWS
 *       answers with empty lists.
 *   <li>Lake Formation {@code ListPermissions} with {@code ResourceType} {@code LF_TAG_POLICY},
 *       {@code LF_TAG_POLICY_DATABASE} or {@code LF_TAG_POLICY_TABLE}: moto knows only CATALOG, DATABASE, TABLE and
 *       DATA_LOCATION and fails with HTTP 500; the proxy lists without the filter and keeps the LF-tag policy grants
 *       of that resource type, as AWS does.
 *   <li>DynamoDB conditional writes: moto checks a {@code ConditionExpression} and writes the item without a lock,
 *       so two concurrent conditional writes could both pass; AWS makes each one atomic. The proxy forwards DynamoDB
 *       writes one at a time.
 * </ul>
 * Moto stores Lake Formation grants as sent and revokes only a resource equal to the one granted, which is what
 * AWS does for the resources this plugin grants on; it does not check that LF-tag values in a policy exist.
 */
public final class MotoProxy implements AutoCloseable {

    /** A canned error answer. */
    public enum Fault {
        THROTTLING(400, "ThrottlingException", "Rate exceeded"),
        SERVICE_UNAVAILABLE(503, "ServiceUnavailableException", "Service is unavailable, try again later"),
        INTERNAL_ERROR(500, "InternalServiceException", "Internal service error"),
        CONFLICT(400, "ConcurrentModificationException", "The table was modified concurrently"),
        ACCESS_DENIED(400, "AccessDeniedException", "User: arn:aws:iam::123456789012:user/ci is not authorized to "
                + "perform this operation");

        private final int status;
        private final String code;
        private final String message;

        Fault(int status, String code, String message) {
            this.status = status;
            this.code = code;
            this.message = message;
        }
    }

    private record Rule(Fault fault, int[] remaining, Runnable before) {}

    /** An action run before a call is forwarded; the call itself is not changed. */
    private record Hook(int[] remaining, Runnable action) {}

    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host",
            "upgrade", "transfer-encoding");
    private static final Pattern SERVICE = Pattern.compile("Credential=[^/]+/[^/]+/[^/]+/([^/]+)/");
    private static final Pattern ACTION = Pattern.compile("(?:^|&)Action=([A-Za-z]+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> DYNAMO_WRITES = Set.of("dynamodb:PutItem", "dynamodb:UpdateItem",
            "dynamodb:DeleteItem", "dynamodb:TransactWriteItems", "dynamodb:BatchWriteItem");

    private final HttpServer server;
    private final ExecutorService executor;
    private final HttpClient client;
    private final URI target;
    private final Map<String, Rule> rules = new ConcurrentHashMap<>();
    private final Map<String, Hook> hooks = new ConcurrentHashMap<>();
    private final Object dynamoWrites = new Object();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<Map.Entry<String, String>> bodies = new CopyOnWriteArrayList<>();

    private MotoProxy(HttpServer server, ExecutorService executor, URI target) {
        this.server = server;
        this.executor = executor;
        this.target = target;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Starts a proxy on a free loopback port that forwards to {@code target} (the moto server). */
    public static MotoProxy start(URI target) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService executor = Executors.newFixedThreadPool(4);
        MotoProxy proxy = new MotoProxy(server, executor, target);
        server.createContext("/", proxy::handle);
        server.setExecutor(executor);
        server.start();
        return proxy;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers the next {@code times} calls of {@code operation} with {@code fault}. */
    public void fail(String operation, int times, Fault fault) {
        fail(operation, times, fault, () -> {});
    }

    /** Like {@link #fail(String, int, Fault)}, running {@code before} (e.g. a concurrent change) first. */
    public void fail(String operation, int times, Fault fault, Runnable before) {
        rules.put(operation, new Rule(fault, new int[] {times}, before));
    }

    /**
     * Runs {@code action} (e.g. waiting at a barrier) before each of the next {@code times} calls of
     * {@code operation} is forwarded, in the thread that serves the call.
     */
    public void before(String operation, int times, Runnable action) {
        hooks.put(operation, new Hook(new int[] {times}, action));
    }

    /** Every call seen, faulted ones included, in order, e.g. {@code glue:CreateTable}. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    /** How often each operation was called, sorted by name. */
    public Map<String, Integer> counts() {
        Map<String, Integer> out = new TreeMap<>();
        calls.forEach(c -> out.merge(c, 1, Integer::sum));
        return out;
    }

    public int count(String operation) {
        return counts().getOrDefault(operation, 0);
    }

    /**
     * The calls that change something: all but {@code Get...}, {@code List...}, {@code Describe...},
     * {@code Scan}, {@code Query}, {@code HEAD} and STS.
     */
    public List<String> writes() {
        List<String> out = new ArrayList<>();
        for (String call : calls) {
            String name = call.substring(call.indexOf(':') + 1);
            if (!name.startsWith("Get") && !name.startsWith("List") && !name.startsWith("BatchGet")
                    && !name.startsWith("Describe") && !name.equals("Scan") && !name.equals("Query")
                    && !name.equals("HEAD") && !call.startsWith("sts:")) {
                out.add(call);
            }
        }
        return out;
    }

    /** The request bodies of an operation's calls (S3 bodies are not kept). */
    public List<String> bodies(String operation) {
        return bodies.stream().filter(e -> e.getKey().equals(operation)).map(Map.Entry::getValue).toList();
    }

    /** Forgets the calls seen and the faults still pending. */
    public void clear() {
        calls.clear();
        bodies.clear();
        rules.clear();
        hooks.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String operation = operation(exchange, body);
            calls.add(operation);
            if (!operation.startsWith("s3:")) {
                bodies.add(Map.entry(operation, new String(body, StandardCharsets.UTF_8)));
            }
            Rule rule = rules.get(operation);
            if (rule != null) {
                boolean fire;
                synchronized (rule) {
                    fire = rule.remaining()[0] > 0;
                    rule.remaining()[0]--;
                }
                if (fire) {
                    rule.before().run();
                    respondJson(exchange, rule.fault().status, rule.fault().code, "{\"__type\":\""
                            + rule.fault().code + "\",\"message\":\"" + rule.fault().message + "\"}");
                    return;
                }
            }
            Hook hook = hooks.get(operation);
            if (hook != null) {
                boolean run;
                synchronized (hook) {
                    run = hook.remaining()[0]-- > 0;
                }
                if (run) {
                    hook.action().run();
                }
            }
            if (operation.equals("glue:UpdateJob")) {
                emulateUpdateJob(exchange, body);
                return;
            }
            if (operation.equals("lakeformation:ListPermissions")
                    && JSON.readTree(body).path("ResourceType").asText("").startsWith("LF_TAG_POLICY")) {
                listTagPolicyPermissions(exchange, body);
                return;
            }
            Forwarded response;
            if (operation.startsWith("dynamodb:") && DYNAMO_WRITES.contains(operation)) {
                synchronized (dynamoWrites) {
                    response = forward(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                            exchange.getRequestHeaders(), body);
                }
            } else {
                response = forward(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                        exchange.getRequestHeaders(), body);
            }
            if (operation.equals("lakeformation:GetResourceLFTags") && response.status() == 500) {
                respondJson(exchange, 200, null, "{}");
                return;
            }
            response.headers().forEach((name, values) -> {
                if (!RESTRICTED.contains(name.toLowerCase()) && !name.equals(":status")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            boolean noBody = exchange.getRequestMethod().equals("HEAD") || response.body().length == 0
                    || response.status() == 204 || response.status() == 304;
            exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private record Forwarded(int status, Map<String, List<String>> headers, byte[] body) {}

    private Forwarded forward(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase())) {
                values.forEach(v -> request.header(name, v));
            }
        });
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Forwarded(response.statusCode(), response.headers().map(), response.body());
    }

    /** Moto has no UpdateJob: replaces the job by its JobUpdate, as Glue does, through calls moto has. */
    private void emulateUpdateJob(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        JsonNode request = JSON.readTree(body);
        String name = request.path("JobName").asText();
        Map<String, List<String>> headers = exchange.getRequestHeaders();
        Forwarded existing = forward("POST", "/", target(headers, "AWSGlue.GetJob"),
                JSON.writeValueAsBytes(JSON.createObjectNode().put("JobName", name)));
        if (existing.status() != 200) {
            respond(exchange, existing);
            return;
        }
        Forwarded deleted = forward("POST", "/", target(headers, "AWSGlue.DeleteJob"),
                JSON.writeValueAsBytes(JSON.createObjectNode().put("JobName", name)));
        if (deleted.status() != 200) {
            respond(exchange, deleted);
            return;
        }
        ObjectNode create = ((ObjectNode) request.path("JobUpdate")).deepCopy();
        create.put("Name", name);
        Forwarded created = forward("POST", "/", target(headers, "AWSGlue.CreateJob"), JSON.writeValueAsBytes(create));
        if (created.status() != 200) {
            respond(exchange, created);
            return;
        }
        respondJson(exchange, 200, null, JSON.writeValueAsString(JSON.createObjectNode().put("JobName", name)));
    }

    /** Lists without the resource type moto does not know, then keeps the LF-tag policies of that type. */
    private void listTagPolicyPermissions(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        ObjectNode request = (ObjectNode) JSON.readTree(body);
        String type = request.path("ResourceType").asText();
        request.remove("ResourceType");
        Forwarded all = forward("POST", exchange.getRequestURI().toString(), exchange.getRequestHeaders(),
                JSON.writeValueAsBytes(request));
        if (all.status() != 200) {
            respond(exchange, all);
            return;
        }
        ObjectNode response = (ObjectNode) JSON.readTree(all.body());
        ArrayNode kept = JSON.createArrayNode();
        for (JsonNode permission : response.path("PrincipalResourcePermissions")) {
            JsonNode policy = permission.path("Resource").path("LFTagPolicy");
            if (policy.isObject() && (type.equals("LF_TAG_POLICY")
                    || type.equals("LF_TAG_POLICY_" + policy.path("ResourceType").asText()))) {
                kept.add(permission);
            }
        }
        response.set("PrincipalResourcePermissions", kept);
        respondJson(exchange, 200, null, JSON.writeValueAsString(response));
    }

    private static Map<String, List<String>> target(Map<String, List<String>> headers, String target) {
        Map<String, List<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        out.putAll(headers);
        out.put("X-Amz-Target", List.of(target));
        return out;
    }

    private static void respond(HttpExchange exchange, Forwarded response) throws IOException {
        exchange.getResponseHeaders().put("Content-Type", List.of("application/x-amz-json-1.1"));
        exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }

    private static void respondJson(HttpExchange exchange, int status, String errorType, String json)
            throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().put("Content-Type", List.of("application/x-amz-json-1.1"));
        if (errorType != null) {
            exchange.getResponseHeaders().put("x-amzn-ErrorType", List.of(errorType));
        }
        exchange.getResponseHeaders().put("x-amzn-RequestId", List.of("proxy-" + Integer.toHexString(json.hashCode())));
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** {@code glue:CreateTable}, {@code lakeformation:AddLFTagsToResource}, {@code sts:AssumeRole}, {@code s3:PUT}. */
    private static String operation(HttpExchange exchange, byte[] body) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Matcher service = SERVICE.matcher(authorization == null ? "" : authorization);
        String name = service.find() ? service.group(1) : "unsigned";
        String amzTarget = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (amzTarget != null) {
            return name + ":" + amzTarget.substring(amzTarget.indexOf('.') + 1);
        }
        if (name.equals("sts")) {
            Matcher action = ACTION.matcher(new String(body, StandardCharsets.UTF_8));
            return "sts:" + (action.find() ? action.group(1) : "?");
        }
        if (name.equals("s3")) {
            return "s3:" + exchange.getRequestMethod();
        }
        String path = exchange.getRequestURI().getPath();
        return name + ":" + path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
