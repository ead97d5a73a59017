package dev.datamesh.generator.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.GeneratorOptions;
import dev.datamesh.generator.Generators;
import dev.datamesh.generator.openapi.OpenApiGenerator;
import dev.datamesh.generator.openapi.OpenApiOptions;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The generated handler, records, data access and SAM template of the store master against the files under
 * {@code src/test/resources/golden/store-master/} (the runtime package is covered by the compile and sample tests);
 * run with {@code -Dgolden.update=true} to re-record them, then review the diff.
 */
class LambdaGoldenTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/store-master");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Contract storeMaster() throws IOException {
        return LambdaCompileTest.load(LambdaCompileTest.SALES.resolve("store-master.odcs.yaml"));
    }

    @Test
    void matchesGolden() throws IOException {
        List<GeneratedFile> files = new LambdaGenerator().generate(storeMaster(),
                GeneratorOptions.of(Map.of("lambda.basePackage", "com.acme.sales.api")));
        List<GeneratedFile> checked = files.stream().filter(f -> !f.path().contains("/runtime/")).toList();

        assertThat(checked).extracting(GeneratedFile::path).containsExactly(
                "java/com/acme/sales/api/store_master/model/Stores.java",
                "java/com/acme/sales/api/store_master/data/StoresDataAccess.java",
                "java/com/acme/sales/api/store_master/data/StoresQueries.java",
                "java/com/acme/sales/api/store_master/data/StoresJdbcDataAccess.java",
                "java/com/acme/sales/api/store_master/data/StoresAthenaDataAccess.java",
                "java/com/acme/sales/api/store_master/StoreMasterHandler.java",
                "lambda/store-master.sam.yaml");
        for (GeneratedFile file : checked) {
            Path golden = GOLDEN.resolve(file.path().substring(file.path().lastIndexOf('/') + 1));
            if (UPDATE) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, file.content(), StandardCharsets.UTF_8);
            }
            assertThat(file.content()).as(file.path()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }
    }

    @Test
    void isByteStable() throws IOException {
        Contract contract = storeMaster();
        assertThat(new LambdaGenerator().generate(contract, GeneratorOptions.DEFAULT))
                .isEqualTo(new LambdaGenerator().generate(contract, GeneratorOptions.DEFAULT));
    }

    @Test
    void routesAreTheSpecsPathsForEveryContract() throws IOException {
        GeneratorOptions options = GeneratorOptions.of(Map.of("openapi.maxLimit", "250", "openapi.defaultLimit", "25"));
        for (String name : LambdaCompileTest.contracts().toList()) {
            Contract contract = LambdaCompileTest.load(LambdaCompileTest.SALES.resolve(name));
            OpenAPI spec = new OpenApiGenerator().build(contract, OpenApiOptions.from(options));
            List<GeneratedFile> files = new LambdaGenerator().generate(contract, options);
            JsonNode sam = new YAMLMapper().readTree(files.get(files.size() - 1).content());

            List<String> routes = new ArrayList<>();
            sam.at("/Resources/Function/Properties/Events").forEach(e -> routes.add(e.at("/Properties/Path").asText()));
            assertThat(new TreeSet<>(routes)).as(name).isEqualTo(new TreeSet<>(spec.getPaths().keySet()));
            String handler = files.stream().filter(f -> f.path().endsWith("Handler.java")).findFirst().orElseThrow()
                    .content();
            spec.getPaths().forEach((path, item) -> {
                assertThat(handler).contains("routeKey.equals(\"GET " + path + "\")");
                item.getGet().getParameters().forEach(p -> assertThat(handler).contains("\"" + p.getName() + "\""));
            });
            assertThat(handler).contains("Params.limit(query.get(\"limit\"), 1, 250, 25)");
        }
    }

    @Test
    void isRegisteredButNotADefault() {
        assertThat(Generators.names()).contains("lambda");
        assertThat(Generators.defaults()).doesNotContain("lambda");
        assertThat(Generators.create(List.of("lambda")).get(0)).isInstanceOf(LambdaGenerator.class);
    }
}
