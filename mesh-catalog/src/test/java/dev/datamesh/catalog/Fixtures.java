package dev.datamesh.catalog;

import dev.datamesh.catalog.local.LocalCatalogBackend;
import dev.datamesh.catalog.model.DefinitionOptions;
import dev.datamesh.catalog.model.DesiredCatalog;
import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.access.AccessConfig;
import dev.datamesh.contract.validation.RuleConfig;
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

    /** The demand-planning consumer's reader role: default classifications. */
    public static final String READER = "arn:aws:iam::210987654321:role/demand-planning-reader";
    /** The producer's ETL role, named in the contract by the short name {@code sales-pos-etl}. */
    public static final String WRITER = "arn:aws:iam::123456789012:role/sales-pos-etl";
    /** A whole consumer account that reads restricted columns too. */
    public static final String AUDIT_ACCOUNT = "345678901234";

    /** The three roles: a default reader, a writer that lists every classification, an account with restricted. */
    public static final String ROLES = """
            roles:
              - role: arn:aws:iam::210987654321:role/demand-planning-reader
                access: read
                description: Forecasting jobs read daily sales lines.
                firstLevelApprovers: mmoreau
              - role: sales-pos-etl
                access: write
                firstLevelApprovers: tkowalski
                secondLevelApprovers: data-governance
                customProperties:
                  - property: classifications
                    value: [internal, public, restricted]
              - role: "345678901234"
                customProperties:
                  - property: classifications
                    value: [internal, restricted]
            """;

    /** How the tests' pom maps the short role name. */
    public static final AccessConfig ACCESS = new AccessConfig(Map.of("sales-pos-etl", WRITER),
            AccessConfig.DEFAULT_OPEN_CLASSIFICATIONS);

    /** Product v1 whose pos contract names these roles (YAML of a top-level {@code roles:} list, or empty). */
    public static DesiredCatalog withRoles(String roles) {
        Contract pos = new ContractLoader(RuleConfig.DEFAULT, ACCESS).load(read(resource("catalog/pos-v1.odcs.yaml"))
                + roles, "pos-v1.odcs.yaml").unwrap();
        return DesiredCatalog.from(List.of(pos, contract("inventory-v1")), generated("v1"),
                DefinitionOptions.DEFAULT.withAccess(ACCESS));
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
