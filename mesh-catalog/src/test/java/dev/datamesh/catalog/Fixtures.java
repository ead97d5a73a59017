package dev.datamesh.catalog;

import dev.datamesh.catalog.local.LocalCatalogBackend;
import dev.datamesh.catalog.model.DefinitionOptions;
import dev.datamesh.catalog.model.DesiredCatalog;
import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test inputs: the sales/pos-transactions product in three versions, and helpers for catalog directories. */
public final class Fixtures {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {}

    /**
     * The product's contracts and generated files: {@code v1} (pos and inventory contracts), {@code v2} (pos
     * 1.1.0 adds loyalty_tier) and {@code v3} (the inventory contract is gone).
     */
    public static DesiredCatalog desired(String version) {
        List<String> contracts = switch (version) {
            case "v1" -> List.of("pos-v1", "inventory-v1");
            case "v2" -> List.of("pos-v2", "inventory-v1");
            case "v3" -> List.of("pos-v2");
            default -> throw new IllegalArgumentException(version);
        };
        return DesiredCatalog.from(contracts.stream().map(Fixtures::contract).toList(), generated(version),
                DefinitionOptions.DEFAULT);
    }

    public static Contract contract(String name) {
        return load(read(resource("catalog/" + name + ".odcs.yaml")), name + ".odcs.yaml");
    }

    public static Contract load(String yaml, String file) {
        return new ContractLoader().load(yaml, file).unwrap();
    }

    public static List<GeneratedFile> generated(String version) {
        Path root = resource("catalog/generated/" + version);
        List<GeneratedFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.add(new GeneratedFile(root.relativize(file).toString().replace('\\', '/'), read(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static LocalCatalogBackend local(Path root) {
        return new LocalCatalogBackend(root, CLOCK, Duration.ofSeconds(60));
    }

    /** Every file under a directory with its content, by relative path; empty when the directory is absent. */
    public static Map<String, String> tree(Path root) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(root)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                out.put(name + (Files.isDirectory(file) ? "/" : ""), Files.isDirectory(file) ? "" : read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + name, e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RegistrationResult register(CatalogBackend backend, DesiredCatalog desired,
            RegistrationOptions options) {
        return CatalogRegistration.register(desired, backend, options, line -> {});
    }
}
