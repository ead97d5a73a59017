package dev.datamesh.generator.javaclient;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.GeneratorOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated clients compile with {@code -Xlint:all -Werror}, for the sample contracts and for hostile ones. */
class JavaClientCompileTest {

    private final JavaClientGenerator generator = new JavaClientGenerator();

    @Test
    void sampleContractsCompileTogether(@TempDir Path dir) throws IOException {
        List<GeneratedFile> files = new ArrayList<>();
        List<Path> contracts;
        try (Stream<Path> list = Files.list(JavaClientGeneratorTest.SAMPLE)) {
            contracts = list.filter(p -> p.toString().endsWith(".odcs.yaml")).sorted().toList();
        }
        assertThat(contracts).hasSize(4);
        for (Path contract : contracts) {
            files.addAll(generator.generate(GeneratedSources.contract(contract), GeneratorOptions.DEFAULT));
        }

        GeneratedSources.compile(files, dir.resolve("src"), dir.resolve("classes"));

        assertThat(dir.resolve("classes/datamesh/client/store_inventory/StoreInventoryClient.class")).isRegularFile();
        assertThat(dir.resolve("classes/datamesh/client/product_master/model")).isDirectory();
    }

    @Test
    void hostileContractCompiles(@TempDir Path dir) {
        List<GeneratedFile> files = generator.generate(hostile(), GeneratorOptions.DEFAULT);

        GeneratedSources.compile(files, dir.resolve("src"), dir.resolve("classes"));

        String client = JavaClientGeneratorTest.content(files, "HostileProductClient.java");
        assertThat(client).contains("ClassPage listClass(Long id, Integer limit, String nextToken)")
                .contains("ModelClass> streamClass(Long id, Integer limit)")
                .contains("ModelDefault> findDefault(Long id)")
                .contains("Record> streamRecord(Long id, Integer limit)");
        String wide = JavaClientGeneratorTest.content(files, "model/Wide.java");
        assertThat(wide).contains("String c199\n) {");
        String cased = JavaClientGeneratorTest.content(files, "model/ModelClass.java");
        assertThat(cased).contains("@com.fasterxml.jackson.annotation.JsonProperty(\"amount\")")
                .contains("@com.fasterxml.jackson.annotation.JsonProperty(\"Amount\")")
                .contains("String amount2,")
                .contains("String propertyClass,").contains("String _default,").contains("String _hashCode,")
                .contains("@com.fasterxml.jackson.annotation.JsonProperty(\"He said \\\"hi\\\" */\")")
                .contains(" * @param _getClass Quote \" *&#47; &#92;u0022 {{mustache}} &#64;param ünïcødé May be null.");
        // No comment text can end its comment early: every Javadoc line is free of "*/".
        assertThat(files).allSatisfy(f -> assertThat(f.content().lines().map(String::trim)
                .filter(l -> l.startsWith("* ") || l.startsWith("/** "))).noneMatch(l -> l.contains("*/")
                        && !l.endsWith(" */") || l.indexOf("*/") != l.lastIndexOf("*/")));
    }

    /**
     * Tables named {@code class}, {@code default} and {@code record}; columns named after Java keywords and
     * {@code Object} methods, differing only in case, with quotes, comment ends and unicode escapes in names and
     * descriptions; and a table of 200 columns.
     */
    static Contract hostile() {
        List<Object> columns = new ArrayList<>();
        columns.add(column("id", "integer", "The key. */ public static void main() {} /*", true));
        for (String name : List.of("class", "default", "record", "hashCode", "getClass", "toString", "amount",
                "Amount", "He said \"hi\" */", "back\\slash \\u000a", "{@code x} <b>", "_", "1st", "String")) {
            columns.add(column(name, "string", "Quote \" */ \\u0022 {{mustache}} @param ünïcødé", false));
        }
        columns.add(column("price", "number", "A decimal.", false, "decimal(38,10)"));
        columns.add(column("day", "date", "A date.", false));
        columns.add(column("at", "timestamp", "A timestamp.", false));
        List<Object> wide = new ArrayList<>();
        wide.add(column("key", "string", "Key.", true));
        for (int i = 1; i < 200; i++) {
            wide.add(column("c" + i, i % 3 == 0 ? "number" : "string", "Column " + i + " */", false,
                    i % 3 == 0 ? "decimal(12,2)" : null));
        }
        List<Object> tables = new ArrayList<>();
        for (String name : List.of("class", "default", "record")) {
            tables.add(Map.of("name", name, "physicalName", name, "description", "Table \"" + name + "\" */",
                    "properties", columns));
        }
        tables.add(Map.of("name", "wide", "physicalName", "wide", "properties", wide));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("apiVersion", "v3.1.0");
        root.put("kind", "DataContract");
        root.put("id", "urn:hostile");
        root.put("version", "1.0.0");
        root.put("status", "active");
        root.put("name", "Hostile \"*/\" product");
        root.put("dataProduct", "hostile-product");
        root.put("description", Map.of("purpose", "Purpose */ with \"quotes\" and \\u0041"));
        root.put("schema", tables);
        try {
            return GeneratedSources.contract(new YAMLMapper().writeValueAsString(root), "hostile.odcs.yaml");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> column(String name, String type, String description, boolean key) {
        return column(name, type, description, key, null);
    }

    private static Map<String, Object> column(String name, String type, String description, boolean key,
            String physicalType) {
        Map<String, Object> column = new LinkedHashMap<>();
        column.put("name", name);
        column.put("logicalType", type);
        if (physicalType != null) {
            column.put("physicalType", physicalType);
        }
        column.put("description", description);
        column.put("required", key);
        if (key) {
            column.put("primaryKey", true);
            column.put("primaryKeyPosition", 1);
        }
        return column;
    }
}
