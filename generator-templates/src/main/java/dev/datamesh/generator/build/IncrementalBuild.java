package dev.datamesh.generator.build;

import dev.datamesh.contract.ContractFile;
import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.ContractSet;
import dev.datamesh.contract.LoadedContract;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.Fingerprint;
import dev.datamesh.contract.model.SourceLocation;
import dev.datamesh.contract.validation.ValidatedResult;
import dev.datamesh.contract.validation.ValidationEvent;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.Generator;
import dev.datamesh.generator.GeneratorOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Runs the generators over contract files incrementally. A state file records, per contract file, the hash of its
 * bytes, its fingerprint and its outputs, together with a hash of the configuration (generators, options, rule
 * configuration and tool version):
 * <ul>
 *   <li>nothing changed: nothing is read beyond the contract bytes, nothing is written;</li>
 *   <li>a changed contract: only it is validated and regenerated, and only files whose content differs are written;</li>
 *   <li>a removed contract, or an output a contract no longer produces: its files are deleted;</li>
 *   <li>any validation error in a contract to regenerate: nothing at all is written;</li>
 *   <li>an existing output is merged by its generator ({@link Generator#mergeWithExisting}), so that hand-written
 *   regions survive; a file that cannot be merged fails the run before anything is written.</li>
 * </ul>
 * Every file is replaced atomically; generation runs fully in memory before the first write.
 */
public final class IncrementalBuild {

    /** Two contracts generate the same output file. */
    public static final String OUTPUT_COLLISION = "MESH-OUTPUT-COLLISION";
    /** An existing output's hand-written code cannot be kept (e.g. its region markers are damaged). */
    public static final String USER_CODE = "MESH-USER-CODE";

    private final Supplier<ContractLoader> loader;
    private final Supplier<List<Generator>> generators;
    private final GeneratorOptions options;
    private final String configHash;
    private final int parallelism;

    /**
     * @param configKey everything else that changes the outputs: tool version, rule configuration, ...
     * @param parallelism the most threads used to load contracts
     */
    public IncrementalBuild(ContractLoader loader, List<Generator> generators, GeneratorOptions options,
            String configKey, int parallelism) {
        this(() -> loader, generators, options, configKey, parallelism);
        Objects.requireNonNull(loader, "loader == null");
    }

    /**
     * With a loader made only when a contract has to be read: a no-op build then never compiles the JSON Schema
     * or loads the validation rules, which is most of its cost.
     */
    public IncrementalBuild(Supplier<ContractLoader> loader, List<Generator> generators, GeneratorOptions options,
            String configKey, int parallelism) {
        this(loader, generators.stream().map(Generator::name).toList(), () -> generators, options, configKey,
                parallelism);
    }

    /**
     * With generators, too, made only when a contract is regenerated: a no-op build loads none of their classes.
     *
     * @param generatorNames the names of what {@code generators} supplies, in order (part of the configuration)
     */
    public IncrementalBuild(Supplier<ContractLoader> loader, List<String> generatorNames,
            Supplier<List<Generator>> generators, GeneratorOptions options, String configKey, int parallelism) {
        this.parallelism = parallelism;
        this.loader = Objects.requireNonNull(loader, "loader == null");
        List<String> names = List.copyOf(generatorNames);
        this.generators = memoize(Objects.requireNonNull(generators, "generators == null"));
        this.options = Objects.requireNonNull(options, "options == null");
        this.configHash = Fingerprint.sha256(String.join(",", names) + "\n" + options.asMap() + "\n" + configKey);
    }

    /** What a run did. {@code failed} means validation errors or output collisions; then nothing was written. */
    public record Outcome(boolean failed, List<ValidationEvent> events, List<Path> written, List<Path> deleted,
            int regenerated, int unchanged) {}

    public Outcome run(List<ContractFile> sources, Path outputDir, Path stateFile)
            throws IOException, InterruptedException {
        return run(sources, OutputLayout.single(outputDir), stateFile);
    }

    /** Runs with Java sources and resources in their own directories. */
    public Outcome run(List<ContractFile> sources, OutputLayout layout, Path stateFile)
            throws IOException, InterruptedException {
        BuildState previous = BuildState.read(stateFile);
        boolean sameConfig = previous.configHash().equals(configHash);

        Map<ContractFile, String> hashes = new LinkedHashMap<>();
        List<ContractFile> dirty = new ArrayList<>();
        for (ContractFile source : sources) {
            String hash = hashOf(source.path());
            hashes.put(source, hash);
            BuildState.Entry entry = previous.contracts().get(source.displayName());
            if (!sameConfig || entry == null || !entry.sourceHash().equals(hash) || !outputsIntact(entry, layout)) {
                dirty.add(source);
            }
        }

        List<ValidatedResult<Contract>> loaded = load(dirty);
        List<ValidationEvent> events = new ArrayList<>();
        loaded.forEach(r -> events.addAll(r.events()));
        if (loaded.stream().anyMatch(ValidatedResult::hasErrors)) {
            return new Outcome(true, sorted(events), List.of(), List.of(), 0, sources.size() - dirty.size());
        }

        Map<String, Map<String, GeneratedFile>> generated = new LinkedHashMap<>();
        Map<GeneratedFile, Generator> producers = new HashMap<>();
        for (int i = 0; i < dirty.size(); i++) {
            Contract contract = loaded.get(i).unwrap();
            Map<String, GeneratedFile> files = new TreeMap<>();
            for (Generator generator : generators.get()) {
                for (GeneratedFile file : generator.generate(contract, options)) {
                    files.put(file.path(), file);
                    producers.put(file, generator);
                }
            }
            generated.put(dirty.get(i).displayName(), files);
        }

        Map<String, byte[]> contents = new HashMap<>();
        List<ValidationEvent> mergeErrors = new ArrayList<>();
        for (Map<String, GeneratedFile> files : generated.values()) {
            for (GeneratedFile file : files.values()) {
                contents.put(file.path(), merged(file, producers.get(file), layout, mergeErrors));
            }
        }
        if (!mergeErrors.isEmpty()) {
            events.addAll(mergeErrors);
            return new Outcome(true, sorted(events), List.of(), List.of(), 0, sources.size() - dirty.size());
        }

        Map<String, BuildState.Entry> next = new TreeMap<>();
        for (ContractFile source : sources) {
            if (!generated.containsKey(source.displayName())) {
                next.put(source.displayName(), previous.contracts().get(source.displayName()));
            }
        }
        for (int i = 0; i < dirty.size(); i++) {
            ContractFile source = dirty.get(i);
            Map<String, Long> outputs = new TreeMap<>();
            generated.get(source.displayName()).forEach((path, file) -> outputs.put(path,
                    (long) contents.get(path).length));
            next.put(source.displayName(), new BuildState.Entry(hashes.get(source),
                    loaded.get(i).unwrap().fingerprint(), outputs));
        }

        List<ValidationEvent> collisions = collisions(next, loaded, dirty);
        if (!collisions.isEmpty()) {
            events.addAll(collisions);
            return new Outcome(true, sorted(events), List.of(), List.of(), 0, sources.size() - dirty.size());
        }

        List<Path> written = new ArrayList<>();
        for (Map<String, GeneratedFile> files : generated.values()) {
            for (GeneratedFile file : files.values()) {
                Path target = layout.resolve(file.path());
                if (AtomicFiles.writeIfChanged(target, contents.get(file.path()))) {
                    written.add(target);
                }
            }
        }

        List<Path> deleted = new ArrayList<>();
        for (Map.Entry<String, BuildState.Entry> old : previous.contracts().entrySet()) {
            BuildState.Entry now = next.get(old.getKey());
            for (String output : old.getValue().outputs().keySet()) {
                if ((now == null || !now.outputs().containsKey(output)) && !producedByOther(next, output)) {
                    Path target = layout.resolve(output);
                    if (AtomicFiles.deleteAndPrune(target, layout.rootOf(output))) {
                        deleted.add(target);
                    }
                }
            }
        }

        BuildState state = new BuildState(configHash, next);
        if (!state.equals(previous) || !Files.isRegularFile(stateFile)) {
            AtomicFiles.write(stateFile, state.toJson().getBytes(StandardCharsets.UTF_8));
        }
        deleted.sort(null); // the previous state's maps need not iterate in order
        return new Outcome(false, sorted(events), List.copyOf(written), List.copyOf(deleted), dirty.size(),
                sources.size() - dirty.size());
    }

    /** The bytes to write for a file: the generated content, merged by its generator with the file on disk. */
    private static byte[] merged(GeneratedFile file, Generator producer, OutputLayout layout,
            List<ValidationEvent> errors) throws IOException {
        Path target = layout.resolve(file.path());
        if (!Files.isRegularFile(target)) {
            return file.bytes();
        }
        String existing = new String(Files.readAllBytes(target), StandardCharsets.UTF_8);
        try {
            return producer.mergeWithExisting(file, existing).getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            errors.add(ValidationEvent.error(USER_CODE, SourceLocation.startOf(file.path()), e.getMessage(),
                    "repair the file by hand (nothing was written), or move your code elsewhere and delete the file"
                            + " to have it generated anew."));
            return file.bytes();
        }
    }

    private List<ValidatedResult<Contract>> load(List<ContractFile> dirty) throws InterruptedException {
        if (dirty.isEmpty()) {
            return List.of();
        }
        return ContractSet.load(loader.get(), dirty, parallelism).contracts().stream().map(LoadedContract::result)
                .toList();
    }

    private static boolean producedByOther(Map<String, BuildState.Entry> next, String output) {
        return next.values().stream().anyMatch(e -> e.outputs().containsKey(output));
    }

    private static List<ValidationEvent> collisions(Map<String, BuildState.Entry> next,
            List<ValidatedResult<Contract>> loaded, List<ContractFile> dirty) {
        Map<String, SourceLocation> where = new HashMap<>();
        for (int i = 0; i < dirty.size(); i++) {
            where.put(dirty.get(i).displayName(), loaded.get(i).unwrap().sourceLocation());
        }
        Map<String, String> owner = new HashMap<>();
        List<ValidationEvent> events = new ArrayList<>();
        for (Map.Entry<String, BuildState.Entry> entry : next.entrySet()) {
            for (String output : entry.getValue().outputs().keySet()) {
                String first = owner.putIfAbsent(output, entry.getKey());
                if (first != null) {
                    SourceLocation location = where.getOrDefault(entry.getKey(),
                            SourceLocation.startOf(entry.getKey()));
                    events.add(ValidationEvent.error(OUTPUT_COLLISION, location, "Contracts '" + first + "' and '"
                            + entry.getKey() + "' both generate '" + output + "'.",
                            "give each contract its own 'dataProduct' (outputs are named after it) or merge them."));
                }
            }
        }
        return events;
    }

    private static boolean outputsIntact(BuildState.Entry entry, OutputLayout layout) {
        for (Map.Entry<String, Long> output : entry.outputs().entrySet()) {
            Path file = layout.resolve(output.getKey());
            try {
                if (!Files.isRegularFile(file) || Files.size(file) != output.getValue()) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private static String hashOf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            // Unreadable: force a reload, which reports the problem with its location.
            return "unreadable:" + e.getClass().getSimpleName();
        }
    }

    private static List<ValidationEvent> sorted(List<ValidationEvent> events) {
        List<ValidationEvent> copy = new ArrayList<>(events);
        copy.sort(null);
        return copy;
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
