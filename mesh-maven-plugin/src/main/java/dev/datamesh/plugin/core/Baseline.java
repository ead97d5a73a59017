package dev.datamesh.plugin.core;

import com.fasterxml.jackson.databind.JsonNode;
import dev.datamesh.contract.ContractFile;
import dev.datamesh.contract.ContractFinder;
import dev.datamesh.generator.bundle.ContractBundle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the compatibility check compares with: the contracts of an earlier release and, when known, the files
 * generated from them.
 *
 * @param description how the baseline is named in messages: {@code G:A:V} or a path
 * @param version the baseline's project version (from the bundle's manifest), empty for a plain folder
 * @param contracts contract texts by the name printed in locations ({@code x-1.0.0-contracts.zip!/contracts/a.odcs.yaml})
 * @param generated generated files by their path below {@code mesh/} ({@code avro/sales/Orders.avsc}); empty when
 *     the baseline holds no generated files, so that they are regenerated from its contracts
 */
public record Baseline(String description, Optional<String> version, Map<String, String> contracts,
        Map<String, String> generated) {

    public Baseline {
        Objects.requireNonNull(description, "description == null");
        Objects.requireNonNull(version, "version == null");
        contracts = Collections.unmodifiableMap(new TreeMap<>(contracts));
        generated = Collections.unmodifiableMap(new TreeMap<>(generated));
    }

    /** A bundle read from {@code zip}, whose contracts are printed as {@code <zip name>!/contracts/<path>}. */
    public static Baseline fromBundle(Path zip, String description) throws IOException {
        ContractBundle bundle = ContractBundle.read(zip);
        String prefix = zip.getFileName() + "!/" + ContractBundle.CONTRACTS;
        Map<String, String> contracts = new TreeMap<>();
        bundle.contracts().forEach((path, text) -> {
            if (ContractFinder.isContractFileName(fileName(path))) {
                contracts.put(prefix + path, text);
            }
        });
        return new Baseline(description, manifestVersion(bundle.manifest()), contracts, bundle.generated());
    }

    /**
     * A folder: an unpacked bundle when it holds {@value ContractBundle#MANIFEST} (contracts in {@code contracts/},
     * generated files in {@code mesh/}), else a folder of contracts ({@code *.odcs.yaml}, {@code *.odcs.yml},
     * searched recursively) whose generated files are regenerated.
     */
    public static Baseline fromDirectory(Path directory, MeshConfiguration config) throws IOException {
        Path manifest = directory.resolve(ContractBundle.MANIFEST);
        boolean unpacked = Files.isRegularFile(manifest);
        Path contractRoot = unpacked ? directory.resolve(ContractBundle.CONTRACTS) : directory;
        Map<String, String> contracts = new TreeMap<>();
        if (Files.isDirectory(contractRoot)) {
            List<ContractFile> files = new ContractFinder(config.baseDir()).find(List.of(contractRoot)).files();
            for (ContractFile file : files) {
                contracts.put(file.displayName(), Files.readString(file.path(), StandardCharsets.UTF_8));
            }
        }
        Map<String, String> generated = new TreeMap<>();
        Optional<String> version = Optional.empty();
        if (unpacked) {
            version = manifestVersion(new com.fasterxml.jackson.databind.ObjectMapper().readTree(manifest.toFile()));
            Path mesh = directory.resolve(ContractBundle.GENERATED);
            if (Files.isDirectory(mesh)) {
                try (Stream<Path> walk = Files.walk(mesh)) {
                    for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                        generated.put(mesh.relativize(file).toString().replace('\\', '/'),
                                Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return new Baseline(config.display(directory), version, contracts, generated);
    }

    private static Optional<String> manifestVersion(JsonNode manifest) {
        JsonNode version = manifest.path("version");
        return version.isTextual() && !version.asText().isBlank() ? Optional.of(version.asText())
                : Optional.empty();
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
