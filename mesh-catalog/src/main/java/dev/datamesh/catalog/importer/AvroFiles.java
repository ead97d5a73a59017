package dev.datamesh.catalog.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.apache.avro.SchemaParser;

/**
 * Reads Avro schema files ({@code .avsc}) for import: one file, or every {@code .avsc} under a directory in path
 * order. The files are parsed together, so that one may use a type another defines; a record that another file's
 * schema uses is part of that schema rather than a table of its own. Every other top-level record is a table.
 */
public final class AvroFiles {

    private final Path baseDir;

    /** {@code baseDir} resolves relative sources and shortens file names in messages. */
    public AvroFiles(Path baseDir) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
    }

    /**
     * What was read.
     *
     * @param tables the tables, in path order
     * @param skipped the files that hold no table, each with why
     */
    public record Read(List<ImportedTable> tables, List<String> skipped) {

        public Read {
            tables = List.copyOf(tables);
            skipped = List.copyOf(skipped);
        }
    }

    /** The tables of the schemas at {@code source} (a file or a directory). */
    public Read read(Path source) throws IOException, ImportException {
        Path root = baseDir.resolve(source).normalize();
        List<Path> files = files(root, source);
        SchemaParser parser = new SchemaParser();
        Map<Path, SchemaParser.ParseResult> parsed = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                parsed.put(file, parser.parse(file));
            } catch (SchemaParseException e) {
                throw new ImportException(display(file) + " is no valid Avro schema: " + e.getMessage(),
                        "fix the schema in " + display(file) + ", or point -Dmesh.source at other files.", e);
            }
        }
        Map<String, Schema> resolved = new HashMap<>();
        try {
            parser.getParsedNamedSchemas().forEach(s -> resolved.put(s.getFullName(), s));
        } catch (AvroRuntimeException e) {
            throw new ImportException("The schemas in " + display(root) + " use a type that none of them defines: "
                    + e.getMessage(), "add the .avsc file that defines it to -Dmesh.source (a directory imports"
                            + " every .avsc file under it).", e);
        }
        Map<Path, Schema> schemas = new LinkedHashMap<>();
        for (Map.Entry<Path, SchemaParser.ParseResult> entry : parsed.entrySet()) {
            Schema main = entry.getValue().mainSchema();
            schemas.put(entry.getKey(), isNamed(main) ? resolved.getOrDefault(main.getFullName(), main) : main);
        }
        Set<String> used = new HashSet<>();
        schemas.values().forEach(s -> collectInner(s, used, new HashSet<>(), true));
        List<ImportedTable> tables = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Map.Entry<Path, Schema> entry : schemas.entrySet()) {
            Schema schema = entry.getValue();
            String name = display(entry.getKey());
            if (schema.getType() == Schema.Type.RECORD && !used.contains(schema.getFullName())) {
                tables.add(AvroSchemaImporter.of(schema, name));
            } else if (schema.getType() != Schema.Type.RECORD) {
                skipped.add(name + " holds a " + schema.getType().getName() + ", not a record");
            } else {
                skipped.add(name + " defines " + schema.getFullName() + ", which other schemas use; it is part of"
                        + " their tables");
            }
        }
        if (tables.isEmpty()) {
            throw new ImportException("No Avro record schema to import in " + display(root)
                    + (skipped.isEmpty() ? "" : ": " + String.join("; ", skipped)) + ".",
                    "point -Dmesh.source at .avsc files whose top-level type is a record.");
        }
        return new Read(tables, skipped);
    }

    private List<Path> files(Path root, Path source) throws IOException, ImportException {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        if (!Files.isDirectory(root)) {
            throw new ImportException("No file or directory '" + source + "' (named in -Dmesh.source).",
                    "name an .avsc file or a directory of them in -Dmesh.source; relative paths start at "
                            + baseDir + ".");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".avsc"))
                    .sorted().toList();
        }
        if (files.isEmpty()) {
            throw new ImportException("No .avsc file in " + display(root) + ".",
                    "name an .avsc file or a directory of them in -Dmesh.source.");
        }
        return files;
    }

    /** Adds the full names of the named types inside {@code schema} (not itself when {@code top}). */
    private static void collectInner(Schema schema, Set<String> used, Set<String> seen, boolean top) {
        switch (schema.getType()) {
            case RECORD, ENUM, FIXED -> {
                if (!seen.add(schema.getFullName())) {
                    return;
                }
                if (!top) {
                    used.add(schema.getFullName());
                }
                if (schema.getType() == Schema.Type.RECORD) {
                    schema.getFields().forEach(f -> collectInner(f.schema(), used, seen, false));
                }
            }
            case ARRAY -> collectInner(schema.getElementType(), used, seen, false);
            case MAP -> collectInner(schema.getValueType(), used, seen, false);
            case UNION -> schema.getTypes().forEach(t -> collectInner(t, used, seen, false));
            default -> {
                // primitives name no type
            }
        }
    }

    private static boolean isNamed(Schema schema) {
        return schema.getType() == Schema.Type.RECORD || schema.getType() == Schema.Type.ENUM
                || schema.getType() == Schema.Type.FIXED;
    }

    /** A path as printed: relative to the base directory when inside it, with forward slashes. */
    private String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(baseDir) && !absolute.equals(baseDir) ? baseDir.relativize(absolute)
                : absolute;
        return shown.toString().replace('\\', '/');
    }
}
