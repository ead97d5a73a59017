package dev.datamesh.plugin.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.plugin.docs.DocPages.Block;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the commands of README.md and docs/ that are marked {@code <!-- run: workspace -->} (see {@link DocPages}),
 * against the plugin the invoker ITs installed into {@code target/it-repo}, and checks the {@code <!-- output -->}
 * block after each. Runs in failsafe's integration-test phase, after {@code invoker:install}.
 *
 * <p>Each command runs in {@code bash} in its workspace: {@code repo} is a copy of this repository's sources, any
 * other workspace starts empty and receives the page's {@code <!-- file: workspace/path -->} blocks in page order.
 * {@code mvn} is this checkout's Maven Wrapper. Maven runs offline on {@code target/it-repo} with the developer's
 * local repository as a read-only tail ({@code maven.repo.local.tail}), so nothing is downloaded and the plugin is
 * the one under test; {@code HOME} and {@code user.home} are a scratch folder, so {@code ~/.mesh/catalog} is too;
 * AWS variables are removed.
 */
class DocsCommandsIT {

    private static final Path WORK = Path.of("target/docs-commands").toAbsolutePath();
    private static final long TIMEOUT_SECONDS = 180;
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", ".git", ".idea", ".vscode", "node_modules");

    /** One thing to do in a workspace: write a file block, or run a command block (and check its output). */
    private record Step(Block block, String path, Block output, boolean ownPage) {}

    @Test
    void commandsOfTheDocsRunAsWritten() throws Exception {
        Path root = DocPages.repositoryRoot();
        Path itRepository = Path.of(System.getProperty("docs.itRepository", "target/it-repo")).toAbsolutePath();
        Path localRepository = Path.of(System.getProperty("docs.localRepository",
                System.getProperty("user.home") + "/.m2/repository"));
        assertThat(itRepository.resolve("dev/datamesh/mesh-maven-plugin")).as("the plugin installed by invoker:install")
                .isDirectory();
        deleteTree(WORK);
        Files.createDirectories(WORK);

        Map<String, List<Step>> workspaces = steps(root);
        assertThat(workspaces).as("workspaces of the docs' run blocks").isNotEmpty();
        Map<String, String> environment = environment(root, itRepository, localRepository);
        List<String> problems = new ArrayList<>();
        int commands = 0;
        for (Map.Entry<String, List<Step>> workspace : workspaces.entrySet()) {
            Path dir = WORK.resolve(workspace.getKey().replaceAll("[^A-Za-z0-9]+", "-"));
            if (workspace.getKey().endsWith("#repo")) {
                copyRepository(root, dir);
            } else {
                Files.createDirectories(dir);
            }
            steps:
            for (Step step : workspace.getValue()) {
                if (step.path() != null) {
                    Path file = dir.resolve(step.path());
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, step.block().text(), StandardCharsets.UTF_8);
                    continue;
                }
                StringBuilder output = new StringBuilder();
                for (String command : step.block().commands()) {
                    commands++;
                    Path log = WORK.resolve(dir.getFileName() + "-" + commands + ".log");
                    int exit = run(command, dir, environment, log);
                    String text = Files.readString(log, StandardCharsets.UTF_8);
                    output.append(text);
                    if (exit != 0) {
                        problems.add(step.block().where(root) + ": '" + command + "' exited with " + exit + " in "
                                + dir + "; log " + log + ":\n" + tail(text, 40));
                        break steps;
                    }
                }
                if (step.output() != null) {
                    missingOutput(step.output().lines(), output.toString()).ifPresent(line -> problems.add(
                            step.output().where(root) + ": the output of " + step.block().where(root)
                                    + " has no line '" + line + "' (after the lines before it); it was:\n"
                                    + tail(output.toString(), 60)));
                }
            }
        }
        assertThat(problems).as("commands of the docs").isEmpty();
        assertThat(commands).as("commands run").isGreaterThanOrEqualTo(8);
    }

    /** The steps of every workspace, the owning page's first, each page's in page order. */
    private static Map<String, List<Step>> steps(Path root) throws IOException {
        Map<String, List<Step>> workspaces = new LinkedHashMap<>();
        for (Path page : DocPages.pages(root)) {
            String name = root.relativize(page).toString().replace('\\', '/');
            List<Block> blocks = DocPages.blocks(page);
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                if (block.annotation("file").isPresent()) {
                    String file = block.annotation("file").get();
                    int slash = file.indexOf('/');
                    workspaces.computeIfAbsent(name + "#" + file.substring(0, slash), k -> new ArrayList<>())
                            .add(new Step(block, file.substring(slash + 1), null, true));
                }
                if (block.annotation("run").isPresent() && block.isCommands()) {
                    String run = block.annotation("run").get();
                    String key = run.contains("#") ? "docs/" + run : name + "#" + run;
                    Block output = i + 1 < blocks.size() && blocks.get(i + 1).annotation("output").isPresent()
                            ? blocks.get(i + 1) : null;
                    workspaces.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new Step(block, null, output, key.startsWith(name + "#")));
                }
            }
        }
        workspaces.values().forEach(steps -> steps.sort(Comparator.comparing(step -> !step.ownPage())));
        return workspaces;
    }

    private static Map<String, String> environment(Path root, Path itRepository, Path localRepository)
            throws IOException {
        Path home = Files.createDirectories(WORK.resolve("home"));
        Path bin = Files.createDirectories(WORK.resolve("bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\nexec '" + root.resolve("mvnw") + "' \"$@\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> environment = new LinkedHashMap<>(System.getenv());
        environment.keySet().removeIf(key -> key.startsWith("AWS_") || key.startsWith("MAVEN_"));
        environment.put("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        environment.put("HOME", home.toString());
        // The wrapper's Maven distribution stays where the build's own wrapper put it.
        environment.put("MAVEN_USER_HOME", System.getenv().getOrDefault("MAVEN_USER_HOME",
                Path.of(System.getProperty("user.home"), ".m2").toString()));
        environment.put("MAVEN_ARGS", "-o -Dstyle.color=never -Dmaven.repo.local=" + itRepository
                + " -Dmaven.repo.local.tail=" + localRepository);
        environment.put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Duser.home=" + home);
        return environment;
    }

    private static int run(String command, Path dir, Map<String, String> environment, Path log)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "set -o pipefail\n" + command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            Files.writeString(log, "\n(killed after " + TIMEOUT_SECONDS + " s)\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
            return -1;
        }
        return process.exitValue();
    }

    /**
     * The first expected line that the output does not hold after the lines matched before it; {@code ...} in an
     * expected line stands for any text, and the whole output line must match.
     */
    static java.util.Optional<String> missingOutput(List<String> expected, String output) {
        List<String> lines = output.lines().map(String::stripTrailing).toList();
        int at = 0;
        for (String line : expected) {
            String want = line.stripTrailing();
            if (want.isBlank()) {
                continue;
            }
            Pattern pattern = Pattern.compile(Stream.of(want.split("\\.\\.\\.", -1)).map(Pattern::quote)
                    .collect(Collectors.joining(".*")));
            while (at < lines.size() && !pattern.matcher(lines.get(at)).matches()) {
                at++;
            }
            if (at == lines.size()) {
                return java.util.Optional.of(want);
            }
            at++;
        }
        return java.util.Optional.empty();
    }

    private static void copyRepository(Path root, Path target) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(root) && SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target.resolve(root.relativize(dir)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.copy(file, target.resolve(root.relativize(file)), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
