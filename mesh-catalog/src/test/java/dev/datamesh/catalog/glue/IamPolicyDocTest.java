package dev.datamesh.catalog.glue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the IAM policies of {@code docs/catalog.md} least-privilege and sufficient: the actions each policy allows
 * must be exactly those the code needs, as read from the sources. The register policy covers the AWS SDK calls of
 * mesh-catalog outside the importer, the import policy those of the importer, the assume policy the STS role
 * assumption both make. A call is {@code glue.getTable(...)} on a client field named after its service (or an action
 * string such as {@code "glue:CreateTable"} that the code reports failures with); an SDK call becomes its IAM action
 * by its name, plus what the table {@link #NEEDS} adds.
 */
class IamPolicyDocTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/datamesh/catalog");
    /** A variable, field, parameter or record component of an AWS SDK client type, by the IAM service prefix. */
    private static final Pattern CLIENT = Pattern.compile(
            "\\b(Glue|LakeFormation|S3|Sts|DynamoDb|Iam)Client\\s+([a-z][A-Za-z0-9]*)\\b");
    private static final Pattern ACTION = Pattern.compile(
            "\"((?:glue|lakeformation|s3|sts|iam|dynamodb):[A-Z][A-Za-z]*)\"");
    private static final Pattern POLICY = Pattern.compile("<!-- iam-policy: ([a-z]+) -->\\s*\\n```json\\n(.*?)\\n```",
            Pattern.DOTALL);
    /** Between the source files that {@link #sources} joins. */
    private static final String SEPARATOR = "\n//--- next file ---\n";
    private static final Set<String> NOT_AWS_CALLS = Set.of("close", "serviceName", "serviceClientConfiguration",
            "waiter");

    /**
     * What an SDK call needs instead of, or besides, the action of its own name: S3 authorises {@code HeadObject}
     * as {@code GetObject}, and answers 403 instead of 404 for a missing object without {@code ListBucket}; a Glue
     * job names an IAM role, which the caller must be allowed to pass.
     */
    private static final Map<String, List<String>> NEEDS = Map.of(
            "s3:HeadObject", List.of("s3:GetObject", "s3:ListBucket"),
            "glue:CreateJob", List.of("glue:CreateJob", "iam:PassRole"),
            "glue:UpdateJob", List.of("glue:UpdateJob", "iam:PassRole"));

    /**
     * Actions of the access goals (Lake Formation grants, subscription requests), documented ahead of their code.
     * Once the code calls one of them, {@link #pendingActionsAreNotCalledYet} fails: remove it from here, and the
     * other tests then check it like any other.
     */
    private static final Set<String> PENDING = Set.of();

    private static Map<String, Set<String>> documented;

    @BeforeAll
    static void read() throws IOException {
        documented = policies(repositoryRoot().resolve("docs/catalog.md"));
    }

    @Test
    void registerPolicyAllowsExactlyWhatTheCatalogCalls() throws IOException {
        Set<String> needed = needed(sources(path -> !path.startsWith(SOURCES.resolve("importer"))));
        assertThat(documented.get("register")).as("register policy: every action the catalog code needs")
                .containsAll(needed);
        Set<String> unused = new TreeSet<>(documented.get("register"));
        unused.removeAll(needed);
        unused.removeAll(PENDING);
        assertThat(unused).as("actions of the register policy that no code needs").isEmpty();
    }

    @Test
    void importPolicyAllowsExactlyWhatTheImporterCalls() throws IOException {
        Set<String> needed = needed(sources(path -> path.startsWith(SOURCES.resolve("importer"))));
        assertThat(documented.get("import")).as("import policy").isEqualTo(needed);
    }

    @Test
    void assumePolicyAllowsTheRoleAssumption() throws IOException {
        String all = sources(path -> true);
        assertThat(all).contains("StsAssumeRoleCredentialsProvider");
        assertThat(documented.get("assume")).as("assume policy").containsExactly("sts:AssumeRole");
    }

    @Test
    void pendingActionsAreNotCalledYet() throws IOException {
        Set<String> called = new TreeSet<>(needed(sources(path -> true)));
        called.retainAll(PENDING);
        assertThat(called).as("actions the code now calls: remove them from IamPolicyDocTest.PENDING").isEmpty();
        assertThat(documented.get("register")).containsAll(PENDING);
    }

    @Test
    void theSourcesAndThePageAreRead() throws IOException {
        assertThat(documented).containsOnlyKeys("register", "import", "assume");
        Set<String> needed = needed(sources(path -> path.getFileName().toString().equals("GlueCatalogSession.java")));
        assertThat(needed).contains("glue:CreateTable", "glue:GetTables", "lakeformation:AddLFTagsToResource",
                "iam:PassRole").doesNotContain("glue:Close");
        assertThat(needed("S3Client s3; void f() { s3.headObject(r -> r.bucket(b)); }"))
                .containsExactly("s3:GetObject", "s3:ListBucket");
        assertThat(needed("Optional<StsClient> sts; void f() { sts.get(); glue.stream(); }")).isEmpty();
    }

    /**
     * The actions that {@code code} needs: the calls on its AWS SDK clients ({@code glue.getTablesPaginator(...)}
     * is {@code glue:GetTables}) and its action strings. Each source file's client variables are found by their
     * declared type, so an {@code Optional<StsClient> sts} or a list named {@code glue} is no client.
     */
    private static Set<String> needed(String code) {
        Set<String> actions = new TreeSet<>();
        for (String file : code.split(SEPARATOR)) {
            Map<String, String> clients = new TreeMap<>();
            Matcher client = CLIENT.matcher(file);
            while (client.find()) {
                clients.put(client.group(2), client.group(1).toLowerCase(Locale.ROOT));
            }
            for (Map.Entry<String, String> entry : clients.entrySet()) {
                Matcher call = Pattern.compile("\\b" + entry.getKey() + "\\.([a-z][A-Za-z]*)\\(").matcher(file);
                while (call.find()) {
                    String method = call.group(1).replaceFirst("Paginator$", "");
                    if (NOT_AWS_CALLS.contains(method)) {
                        continue;
                    }
                    String action = entry.getValue() + ":" + Character.toUpperCase(method.charAt(0))
                            + method.substring(1);
                    actions.addAll(NEEDS.getOrDefault(action, List.of(action)));
                }
            }
        }
        Matcher literal = ACTION.matcher(code);
        while (literal.find()) {
            actions.addAll(NEEDS.getOrDefault(literal.group(1), List.of(literal.group(1))));
        }
        return actions;
    }

    private static String sources(java.util.function.Predicate<Path> which) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).filter(which).sorted().toList()) {
                out.append(Files.readString(file, StandardCharsets.UTF_8)).append(SEPARATOR);
            }
        }
        return out.toString();
    }

    /** The actions of each {@code <!-- iam-policy: name -->} JSON block of the page, by name. */
    private static Map<String, Set<String>> policies(Path page) throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        Matcher block = POLICY.matcher(Files.readString(page, StandardCharsets.UTF_8));
        while (block.find()) {
            JsonNode policy = new ObjectMapper().readTree(block.group(2));
            assertThat(policy.path("Version").asText()).as(block.group(1)).isEqualTo("2012-10-17");
            Set<String> actions = out.computeIfAbsent(block.group(1), k -> new TreeSet<>());
            for (JsonNode statement : policy.path("Statement")) {
                assertThat(statement.path("Effect").asText()).as(statement.toString()).isEqualTo("Allow");
                assertThat(statement.path("Resource").isMissingNode()).as(statement.toString()).isFalse();
                JsonNode action = statement.path("Action");
                List<JsonNode> list = new ArrayList<>();
                if (action.isArray()) {
                    action.forEach(list::add);
                } else {
                    list.add(action);
                }
                list.forEach(a -> actions.add(a.asText()));
            }
        }
        return out;
    }

    private static Path repositoryRoot() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IOException("no repository root (a folder with mvnw) above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
