package dev.datamesh.plugin.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.plugin.docs.DocPages.Block;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Keeps the commands of README.md and docs/ honest without running Maven: every command block is run by
 * {@link DocsCommandsIT}, mirrors an invoker IT, or says why no build can run it; the goals, properties and POM
 * elements the pages name exist in the plugin; contracts on the pages point editors at the ODCS schema.
 *
 * <p>A block that mirrors an IT ({@code <!-- tested-by: it/<name> -->}) must use only {@code mesh} goals and
 * {@code -Dmesh.} properties that the IT's {@code invoker.properties}, {@code *.properties} files or poms set too.
 * Lifecycle phases are not compared: an IT may bind the goal to another phase than the documented project does.
 */
class DocsCommandsTest {

    static final String SCHEMA_LINE = "# yaml-language-server: $schema=https://raw.githubusercontent.com/bitol-io/"
            + "open-data-contract-standard/main/schema/odcs-json-schema-v3.1.0.json";

    private static final Pattern PROPERTY = Pattern.compile("-Dmesh\\.([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)*)");
    private static final Pattern GOAL = Pattern.compile("\\bmesh:([a-z][a-z-]*)");
    private static final Pattern COORDINATES_GOAL = Pattern.compile("\\bdev\\.datamesh:mesh-maven-plugin(?::[^:\\s]+)?:([a-z][a-z-]*)\\b");
    private static final Pattern WORKSPACE = Pattern.compile("(?:([a-z0-9-]+\\.md)#)?([a-z0-9-]+)");
    private static final Pattern FILE = Pattern.compile("([a-z0-9-]+)/((?:[A-Za-z0-9_.-]+/)*[A-Za-z0-9_.-]+)");

    private static Path root;
    private static PluginDescriptor plugin;
    private static List<Block> blocks;

    @BeforeAll
    static void read() throws Exception {
        root = DocPages.repositoryRoot();
        plugin = PluginDescriptor.read();
        blocks = new ArrayList<>();
        for (Path page : DocPages.pages(root)) {
            blocks.addAll(DocPages.blocks(page));
        }
    }

    @Test
    void everyCommandBlockIsRunMirroredOrExplained() {
        List<String> problems = new ArrayList<>();
        int commands = 0;
        for (Block block : blocks) {
            if (!block.isCommands()) {
                continue;
            }
            commands += block.commands().size();
            List<String> kinds = Stream.of("run", "tested-by", "not-run").filter(block.annotations()::containsKey)
                    .toList();
            if (kinds.size() != 1) {
                problems.add(block.where(root) + ": needs exactly one of <!-- run: workspace -->, "
                        + "<!-- tested-by: it/name --> or <!-- not-run: reason -->, has " + kinds);
            }
            block.annotation("not-run").filter(reason -> reason.split("\\s+").length < 4)
                    .ifPresent(reason -> problems.add(block.where(root) + ": say why it is not run, not '" + reason
                            + "'"));
            if (block.commands().isEmpty()) {
                problems.add(block.where(root) + ": a command block without a command");
            }
        }
        assertThat(problems).as("command blocks").isEmpty();
        assertThat(commands).as("commands found").isGreaterThan(10);
    }

    @Test
    void testedByNamesAnInvokerItWithTheSameGoalsAndProperties() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Block block : blocks) {
            if (block.annotation("tested-by").isEmpty()) {
                continue;
            }
            String value = block.annotation("tested-by").get();
            Path it = root.resolve("mesh-maven-plugin/src").resolve(value);
            if (!value.matches("it/[a-z0-9-]+") || !Files.isRegularFile(it.resolve("invoker.properties"))) {
                problems.add(block.where(root) + ": '" + value + "' is no invoker IT (mesh-maven-plugin/src/it/<name>)");
                continue;
            }
            String properties = read(it, ".properties");
            String poms = read(it, "pom.xml");
            for (String command : block.commands()) {
                for (String property : properties(command)) {
                    String parameter = plugin.properties().getOrDefault(property, property);
                    if (!properties.contains(property) && !poms.contains("<" + parameter + ">")
                            && !poms.contains("<" + property + ">")) {
                        problems.add(block.where(root) + ": " + value + " does not set " + property + " (in "
                                + command + ")");
                    }
                }
                for (String goal : goals(command)) {
                    if (!poms.contains("<goal>" + goal + "</goal>") && !Pattern.compile(":" + goal + "\\b")
                            .matcher(properties).find()) {
                        problems.add(block.where(root) + ": " + value + " does not run mesh:" + goal);
                    }
                }
            }
        }
        assertThat(problems).as("tested-by blocks").isEmpty();
    }

    @Test
    void runBlocksNameAWorkspaceAndOutputBlocksFollowARunBlock() {
        Map<String, Set<String>> workspaces = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Block block : blocks) {
            block.annotation("file").ifPresent(file -> {
                Matcher matcher = FILE.matcher(file);
                if (!matcher.matches() || file.contains("..")) {
                    problems.add(block.where(root) + ": file '" + file + "' is not <workspace>/<relative path>");
                } else {
                    workspaces.computeIfAbsent(page(block), k -> new TreeSet<>()).add(matcher.group(1));
                }
            });
        }
        Block previous = null;
        for (Block block : blocks) {
            if (block.annotation("run").isPresent()) {
                Matcher matcher = WORKSPACE.matcher(block.annotation("run").get());
                String page = matcher.matches() && matcher.group(1) != null ? "docs/" + matcher.group(1) : page(block);
                if (!matcher.matches() || !(matcher.group(2).equals("repo")
                        || workspaces.getOrDefault(page, Set.of()).contains(matcher.group(2)))) {
                    problems.add(block.where(root) + ": run: '" + block.annotation("run").get() + "' names no "
                            + "workspace: 'repo', or one of the <!-- file: workspace/path --> blocks of " + page);
                }
            }
            if (block.annotation("output").isPresent() && (previous == null || !previous.page().equals(block.page())
                    || previous.annotation("run").isEmpty())) {
                problems.add(block.where(root) + ": an output block must follow a run block");
            }
            previous = block;
        }
        assertThat(problems).as("run and output blocks").isEmpty();
    }

    @Test
    void goalsPropertiesAndPomElementsExistInThePlugin() throws Exception {
        Set<String> problems = new LinkedHashSet<>();
        for (Path page : DocPages.pages(root)) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            Matcher property = PROPERTY.matcher(text);
            while (property.find()) {
                if (!plugin.properties().containsKey("mesh." + property.group(1))) {
                    problems.add(root.relativize(page) + ": unknown property -Dmesh." + property.group(1));
                }
            }
            for (Pattern pattern : List.of(GOAL, COORDINATES_GOAL)) {
                Matcher goal = pattern.matcher(text);
                while (goal.find()) {
                    if (!plugin.goals().contains(goal.group(1))) {
                        problems.add(root.relativize(page) + ": unknown goal mesh:" + goal.group(1));
                    }
                }
            }
        }
        for (Block block : blocks) {
            if (block.language().equals("xml")) {
                for (String element : configurationElements(block.text())) {
                    if (!plugin.parameters().contains(element)) {
                        problems.add(block.where(root) + ": <configuration> element <" + element
                                + "> is no parameter of the plugin");
                    }
                }
            }
        }
        assertThat(problems).as("goals, properties and parameters named in the docs").isEmpty();
    }

    @Test
    void contractsOnThePagesPointEditorsAtTheSchema() {
        List<String> problems = new ArrayList<>();
        int contracts = 0;
        for (Block block : blocks) {
            boolean contract = block.language().equals("yaml") && block.lines().stream()
                    .anyMatch(line -> line.equals("kind: DataContract"));
            if (contract) {
                contracts++;
                if (!block.lines().get(0).equals(SCHEMA_LINE)) {
                    problems.add(block.where(root) + ": a contract's first line must be " + SCHEMA_LINE);
                }
            }
        }
        assertThat(problems).as("contracts on the pages").isEmpty();
        assertThat(contracts).as("contracts on the pages").isGreaterThanOrEqualTo(2);
    }

    /** The checks above must see the annotations: a sample of blocks each kind of annotation must mark. */
    @Test
    void theParserFindsTheAnnotations() throws IOException {
        List<Block> sample = DocPages.blocks(root.resolve("README.md"));
        assertThat(sample).filteredOn(b -> b.annotations().containsKey("not-run")).isNotEmpty();
        assertThat(sample).filteredOn(b -> b.annotations().containsKey("run"))
                .extracting(b -> b.commands().get(0))
                .contains("./mvnw -B dev.datamesh:mesh-maven-plugin:0.1.0-SNAPSHOT:validate "
                        + "-Dmesh.contracts=sample-domain/sales-contracts/src/main/contracts");
        Block multiLine = new Block(root, 1, "bash", List.of("# a comment", "mvn -B \\", "    verify  ", "",
                "ls target # list"), Map.of());
        assertThat(multiLine.commands()).containsExactly("mvn -B  verify", "ls target # list");
        Block console = new Block(root, 1, "console", List.of("$ mvn -B verify", "[INFO] BUILD SUCCESS"), Map.of());
        assertThat(console.commands()).containsExactly("mvn -B verify");
        assertThat(properties("mvn -B verify -Dmesh.failOnWarning=true -Dmesh.avro.timestampPrecision=millis"))
                .containsExactly("mesh.failOnWarning", "mesh.avro.timestampPrecision");
        assertThat(goals("mvn mesh:register && mvn dev.datamesh:mesh-maven-plugin:0.1.0-SNAPSHOT:import"))
                .containsExactly("register", "import");
    }

    @Test
    void outputLinesMatchInOrderWithEllipses() {
        String output = "[INFO] Scanning\n[INFO] Validated 1 contract in 0.297 s: 0 errors.\n[INFO] BUILD SUCCESS\n";
        assertThat(DocsCommandsIT.missingOutput(List.of("[INFO] Validated 1 contract in ... s: 0 errors.", "[INFO] BUILD SUCCESS"),
                output)).isEmpty();
        assertThat(DocsCommandsIT.missingOutput(List.of("[INFO] BUILD SUCCESS", "[INFO] Scanning"), output))
                .contains("[INFO] Scanning");
        assertThat(DocsCommandsIT.missingOutput(List.of("[INFO] Validated 1 contract"), output))
                .contains("[INFO] Validated 1 contract");
    }

    private static Set<String> properties(String command) {
        Set<String> out = new LinkedHashSet<>();
        Matcher matcher = PROPERTY.matcher(command);
        while (matcher.find()) {
            out.add("mesh." + matcher.group(1));
        }
        return out;
    }

    private static Set<String> goals(String command) {
        Set<String> out = new LinkedHashSet<>();
        for (Pattern pattern : List.of(GOAL, COORDINATES_GOAL)) {
            Matcher matcher = pattern.matcher(command);
            while (matcher.find()) {
                out.add(matcher.group(1));
            }
        }
        return out;
    }

    /** The page as DocsCommandsIT names it: {@code README.md} or {@code docs/<name>.md}. */
    static String page(Block block) {
        return root.relativize(block.page()).toString().replace('\\', '/');
    }

    private static String read(Path dir, String suffix) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList()) {
                out.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The child elements of each {@code <configuration>} of the mesh plugin in an XML block: of a
     * {@code <plugin>} whose artifactId is mesh-maven-plugin (and of its executions), or a bare
     * {@code <configuration>}.
     */
    private static List<String> configurationElements(String xml) throws Exception {
        String body = xml.replaceFirst("^\\s*<\\?xml[^>]*\\?>", "");
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader("<snippet>" + body + "</snippet>")));
        List<String> out = new ArrayList<>();
        NodeList configurations = document.getElementsByTagName("configuration");
        for (int i = 0; i < configurations.getLength(); i++) {
            Element configuration = (Element) configurations.item(i);
            if (!ofMeshPlugin(configuration)) {
                continue;
            }
            NodeList children = configuration.getChildNodes();
            for (int j = 0; j < children.getLength(); j++) {
                if (children.item(j) instanceof Element element) {
                    out.add(element.getTagName());
                }
            }
        }
        return out;
    }

    private static boolean ofMeshPlugin(Element configuration) {
        for (Node node = configuration.getParentNode(); node instanceof Element element; node = node.getParentNode()) {
            if (element.getTagName().equals("plugin")) {
                NodeList ids = element.getElementsByTagName("artifactId");
                return ids.getLength() > 0 && ids.item(0).getTextContent().trim().equals("mesh-maven-plugin");
            }
        }
        return true;
    }
}
