package dev.datamesh.contract.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.SafeYamlLoader;
import dev.datamesh.contract.model.ContractReader;
import dev.datamesh.contract.model.SchemaProperty;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the table of {@code docs/type-mapping.md} true: each row is a property that {@link TypeResolver} must
 * resolve to exactly the Glue, Avro, OpenAPI and Java types the row gives, and every kind of {@link DataType} must
 * have a row, so a new type cannot go undocumented.
 */
class TypeMappingDocTest {

    private static final String MARKER = "<!-- type-mapping-table -->";
    private static final int COLUMNS = 8;
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");

    /** One row: logicalType, physicalType, more YAML of the property, then the expected types. */
    private record Row(int line, String logical, String physical, String more, String glue, String avro,
            String openApiType, String openApiFormat, String java) {}

    private static List<Row> rows;

    @BeforeAll
    static void read() throws IOException {
        rows = rows(repositoryRoot().resolve("docs/type-mapping.md"));
    }

    @Test
    void everyRowIsWhatTheResolverGives() {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            DataType type = TypeResolver.resolve(property(row)).type();
            String java = type instanceof DataType.Struct ? "nested record" : simpleJava(type.javaType());
            List<String> actual = List.of(type.glueType(), type.avroType(), type.openApiType(), type.openApiFormat(),
                    java);
            List<String> documented = List.of(row.glue(), row.avro(), row.openApiType(), row.openApiFormat(),
                    row.java());
            if (!actual.equals(documented)) {
                wrong.add("docs/type-mapping.md:" + row.line() + " documents " + documented + ", the code gives "
                        + actual);
            }
        }
        assertThat(wrong).as("rows of the type mapping table").isEmpty();
    }

    @Test
    void everyKindOfTypeHasARow() {
        Set<DataType.Kind> kinds = EnumSet.noneOf(DataType.Kind.class);
        Set<Class<?>> shapes = new HashSet<>();
        for (Row row : rows) {
            DataType type = TypeResolver.resolve(property(row)).type();
            shapes.add(type.getClass());
            if (type instanceof DataType.Primitive primitive) {
                kinds.add(primitive.kind());
            }
        }
        assertThat(kinds).as("scalar kinds with a row").containsExactlyInAnyOrder(DataType.Kind.values());
        assertThat(shapes).as("types with a row").contains(DataType.Primitive.class, DataType.Decimal.class,
                DataType.Array.class, DataType.Struct.class, DataType.MapType.class);
    }

    @Test
    void theTableIsRead() {
        assertThat(rows).hasSizeGreaterThan(20);
        assertThat(rows.get(0)).isEqualTo(new Row(rows.get(0).line(), "string", null, null, "string", "string",
                "string", "", "String"));
        assertThat(simpleJava("java.util.Map<java.lang.String, java.lang.String>")).isEqualTo("Map<String, String>");
    }

    private static SchemaProperty property(Row row) {
        StringBuilder yaml = new StringBuilder("name: c\n");
        if (row.logical() != null) {
            yaml.append("logicalType: ").append(row.logical()).append('\n');
        }
        if (row.physical() != null) {
            yaml.append("physicalType: \"").append(row.physical()).append("\"\n");
        }
        if (row.more() != null) {
            yaml.append(row.more()).append('\n');
        }
        List<String> lines = yaml.toString().strip().lines().toList();
        StringBuilder contract = new StringBuilder("schema:\n  - name: t\n    properties:\n");
        for (int i = 0; i < lines.size(); i++) {
            contract.append(i == 0 ? "      - " : "        ").append(lines.get(i)).append('\n');
        }
        MapNode root = (MapNode) new SafeYamlLoader().load(contract.toString(), "type-mapping.md").unwrap();
        return ContractReader.read(root, "type-mapping.md").schema().get(0).properties().get(0);
    }

    /** {@code java.util.List<java.lang.String>} as the docs write it: {@code List<String>}. */
    private static String simpleJava(String type) {
        return type.replaceAll("java\\.(lang|util|time|math)\\.", "");
    }

    private static List<Row> rows(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        int start = lines.indexOf(MARKER);
        assertThat(start).as(MARKER + " in " + page).isNotNegative();
        List<Row> rows = new ArrayList<>();
        for (int i = start + 3; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String line = lines.get(i);
            String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
            assertThat(cells).as("cells of line " + (i + 1)).hasSize(COLUMNS);
            rows.add(new Row(i + 1, code(cells[0]), code(cells[1]), code(cells[2]), text(cells[3]), text(cells[4]),
                    text(cells[5]), text(cells[6]), text(cells[7])));
        }
        return rows;
    }

    /** The code of a cell, or null when the cell is empty. */
    private static String code(String cell) {
        Matcher matcher = CODE.matcher(cell.strip());
        return matcher.matches() ? matcher.group(1) : null;
    }

    /** The code of a cell, its text when it has no code, or the empty string when it is empty. */
    private static String text(String cell) {
        String code = code(cell);
        return code != null ? code : cell.strip();
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
