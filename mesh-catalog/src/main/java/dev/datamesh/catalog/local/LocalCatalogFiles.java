package dev.datamesh.catalog.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.datamesh.catalog.CatalogException;
import dev.datamesh.catalog.model.InvalidJsonException;
import dev.datamesh.catalog.model.Json;
import dev.datamesh.generator.build.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The layout of a local catalog directory and safe access to its JSON documents: reads that turn a damaged file
 * into a {@link CatalogException} naming it, and atomic writes (temporary file, then rename).
 *
 * <pre>
 * catalog.lock
 * lf-tags.json                                  {"LFTags": [{"TagKey", "TagValues"}]}
 * databases/&lt;db&gt;/database.json                 {"Database": {...}} as GetDatabase returns it
 * databases/&lt;db&gt;/lf-tags.json                  {"LFTagOnDatabase": [...]}
 * databases/&lt;db&gt;/tables/&lt;table&gt;.json          {"Table": {..., "VersionId"}, "Versions": [{"Table", "VersionId"}]}
 * databases/&lt;db&gt;/table-lf-tags/&lt;table&gt;.json   {"LFTagsOnTable": [...], "LFTagsOnColumns": [...]}
 * registries/&lt;registry&gt;/registry.json
 * registries/&lt;registry&gt;/schemas/&lt;schema&gt;.json {"SchemaName", ..., "Versions": [...]}
 * jobs/&lt;job&gt;.json                             {"Job": {...}}
 * products/&lt;domain&gt;/&lt;data product&gt;.json       the product record
 * grants/&lt;domain&gt;/&lt;data product&gt;.json         {"PrincipalResourcePermissions": [...]} made for the product
 * lake-formation/data-locations.json            {"ResourceInfoList": [{"ResourceArn", "RoleArn"}]}
 * subscriptions/&lt;request id&gt;.json             a subscription request and its review
 * site/index.html, site/&lt;domain&gt;/&lt;data product&gt;.html
 * </pre>
 */
final class LocalCatalogFiles {

    private final Path root;

    LocalCatalogFiles(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path lfTags() {
        return root.resolve("lf-tags.json");
    }

    Path databaseDir(String database) {
        return root.resolve("databases").resolve(segment("database", database));
    }

    Path database(String database) {
        return databaseDir(database).resolve("database.json");
    }

    Path databaseTags(String database) {
        return databaseDir(database).resolve("lf-tags.json");
    }

    Path tablesDir(String database) {
        return databaseDir(database).resolve("tables");
    }

    Path table(String database, String table) {
        return tablesDir(database).resolve(segment("table", table) + ".json");
    }

    Path tableTags(String database, String table) {
        return databaseDir(database).resolve("table-lf-tags").resolve(segment("table", table) + ".json");
    }

    Path registry(String registry) {
        return root.resolve("registries").resolve(segment("registry", registry)).resolve("registry.json");
    }

    Path schema(String registry, String schema) {
        return root.resolve("registries").resolve(segment("registry", registry)).resolve("schemas")
                .resolve(segment("schema", schema) + ".json");
    }

    Path job(String job) {
        return root.resolve("jobs").resolve(segment("job", job) + ".json");
    }

    Path productsDir() {
        return root.resolve("products");
    }

    Path product(String domain, String dataProduct) {
        return productsDir().resolve(segment("domain", domain)).resolve(segment("data product", dataProduct) + ".json");
    }

    Path grants(String domain, String dataProduct) {
        return root.resolve("grants").resolve(segment("domain", domain))
                .resolve(segment("data product", dataProduct) + ".json");
    }

    Path dataLocations() {
        return root.resolve("lake-formation").resolve("data-locations.json");
    }

    Path subscriptionsDir() {
        return root.resolve("subscriptions");
    }

    Path subscription(String id) {
        return subscriptionsDir().resolve(segment("subscription request", id) + ".json");
    }

    Path site() {
        return root.resolve("site");
    }

    /** The document in a file, or empty when there is no such file. */
    Optional<ObjectNode> read(Path file) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (CharacterCodingException e) {
            throw corrupt(file, "is not UTF-8 text");
        } catch (IOException e) {
            throw new CatalogException("Cannot read the catalog file " + file + ": " + e + ".", file.toString(),
                    "check the file's permissions, then run register again.", true, e);
        }
        try {
            return Optional.of(Json.parseObject(text));
        } catch (InvalidJsonException e) {
            throw corrupt(file, "is not valid JSON (" + e.getMessage() + ")");
        }
    }

    /** The JSON files of a directory, sorted by name; temporary files are skipped. */
    List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> out = new ArrayList<>(files.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".json") && !name.startsWith(".") && Files.isRegularFile(p);
            }).sorted().toList());
            return out;
        } catch (IOException e) {
            throw new CatalogException("Cannot list the catalog directory " + dir + ": " + e + ".", dir.toString(),
                    "check the directory's permissions, then run register again.", true, e);
        }
    }

    /** The sub-directories of a directory, sorted by name. */
    List<Path> directories(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new CatalogException("Cannot list the catalog directory " + dir + ": " + e + ".", dir.toString(),
                    "check the directory's permissions, then run register again.", true, e);
        }
    }

    /** Writes a document atomically in the stable pretty form. */
    void write(Path file, JsonNode document) {
        writeText(file, Json.pretty(document));
    }

    void writeText(Path file, String text) {
        try {
            AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CatalogException("Cannot write the catalog file " + file + ": " + e + ".", file.toString(),
                    "check free space and permissions; the file still holds its previous content.", true, e);
        }
    }

    /** Writes only when the content differs, so that unchanged pages keep their bytes and dates. */
    void writeTextIfChanged(Path file, String text) {
        try {
            AtomicFiles.writeIfChanged(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CatalogException("Cannot write the catalog file " + file + ": " + e + ".", file.toString(),
                    "check free space and permissions, then run register again.", true, e);
        }
    }

    void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new CatalogException("Cannot delete the catalog file " + file + ": " + e + ".", file.toString(),
                    "check the file's permissions, then run register again.", true, e);
        }
    }

    /** A damaged document: what is wrong with it and how to recover. */
    static CatalogException corrupt(Path file, String problem) {
        return new CatalogException("The catalog file " + file + " " + problem + ".", file.toString(),
                "restore the file from a backup, or delete it: the next register run recreates what the "
                + "contracts define (a deleted table file loses its version history).", false);
    }

    /** A name used as a file name: refuses anything that could leave its directory or hide as a dot file. */
    static String segment(String kind, String name) {
        boolean bad = name == null || name.isEmpty() || name.length() > 255 || name.startsWith(".")
                || name.chars().anyMatch(c -> c == '/' || c == '\\' || c == ':' || c < 0x20 || c == 0x7f);
        if (bad) {
            throw new CatalogException("The " + kind + " name '" + name + "' cannot be stored in the local catalog.",
                    kind + " " + name, "use a Glue name: lower-case letters, digits and '_' (at most 255 characters).",
                    false);
        }
        return name;
    }
}
