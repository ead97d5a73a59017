package dev.datamesh.generator.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.datamesh.contract.ContractLoader;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.validation.ValidatedResult;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.GeneratorOptions;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reserved words, names that differ only in case or shadow java.lang, comment terminators and quotes in
 * descriptions, every type and 200 columns: the generated code compiles without warnings and still answers.
 */
class LambdaHostileInputTest {

    static final String EVIL = "*/ \"quotes\" 'single' \\u002a/ \\ back\\slash <b>&amp; @param {@code x} $L $$ %s";

    static Map<String, Object> column(String name, String type, Object... more) {
        Map<String, Object> column = new LinkedHashMap<>();
        column.put("name", name);
        column.put("logicalType", type);
        column.put("description", EVIL + " " + name);
        for (int i = 0; i < more.length; i += 2) {
            column.put((String) more[i], more[i + 1]);
        }
        return column;
    }

    static Contract contract() {
        List<Object> tables = new ArrayList<>();
        List<Object> everything = new ArrayList<>(List.of(
                column("class", "string", "required", true, "primaryKey", true, "primaryKeyPosition", 1,
                        "logicalTypeOptions", Map.of("pattern", "^[a-z\"'*/]+$", "maxLength", 12)),
                column("default", "integer", "physicalType", "bigint", "required", true, "primaryKey", true,
                        "primaryKeyPosition", 2, "logicalTypeOptions", Map.of("minimum", -5, "exclusiveMaximum", 99)),
                column("record", "date", "required", true, "partitioned", true, "partitionKeyPosition", 1),
                column("Amount", "number", "physicalType", "decimal(10,3)",
                        "logicalTypeOptions", Map.of("minimum", 0)),
                column("amount", "number", "physicalType", "double"),
                column("hash_code", "string"),
                column("to_string", "integer", "physicalType", "tinyint"),
                column("get_class", "boolean"),
                column("it\"s \"quoted\"", "timestamp"),
                column("wait", "string", "logicalTypeOptions", Map.of("format", "uuid")),
                column("String", "number", "physicalType", "float"),
                column("when", "time"),
                column("blob", "string", "physicalType", "binary"),
                column("_", "integer", "physicalType", "smallint"),
                column("42", "string"),
                column("Grid", "array", "items", Map.of("logicalType", "array", "items",
                        Map.of("logicalType", "integer", "required", false))),
                column("tags", "object"),
                column("record_detail", "object", "properties", List.of(
                        column("class", "string", "required", true),
                        column("Class", "number", "physicalType", "decimal(5,2)"),
                        column("items", "array", "items", Map.of("logicalType", "object", "properties",
                                List.of(column("default", "integer"))))))));
        tables.add(Map.of("name", "class", "description", EVIL, "properties", everything));
        tables.add(Map.of("name", "default", "properties", List.of(
                column("record", "string", "required", true, "primaryKey", true),
                column("value", "integer"))));
        tables.add(Map.of("name", "record", "properties", List.of(column("x", "string"))));
        tables.add(Map.of("name", "string", "physicalName", "String", "properties", List.of(
                column("object", "string", "required", true, "primaryKey", true))));
        tables.add(Map.of("name", "key", "properties", List.of(column("filter", "string", "required", true,
                "primaryKey", true))));
        List<Object> wide = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            wide.add(column("c" + i, i % 3 == 0 ? "number" : "string", "physicalType",
                    i % 3 == 0 ? "decimal(18,4)" : "varchar(20)", "required", i == 0, "primaryKey", i == 0));
        }
        tables.add(Map.of("name", "wide", "properties", wide));

        Map<String, Object> root = new LinkedHashMap<>();
        root.put("apiVersion", "v3.1.0");
        root.put("kind", "DataContract");
        root.put("id", "urn:x:*/\"evil\"");
        root.put("version", "1.0.0");
        root.put("status", "active");
        root.put("name", "class");
        root.put("description", Map.of("purpose", EVIL));
        root.put("schema", tables);
        try {
            ValidatedResult<Contract> result = new ContractLoader().load(new YAMLMapper().writeValueAsString(root),
                    "hostile.odcs.yaml");
            assertThat(result.result()).as("%s", result.events()).isPresent();
            return result.result().get();
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void compilesAndAnswers(@TempDir Path directory) throws Exception {
        List<GeneratedFile> files = new LambdaGenerator().generate(contract(), GeneratorOptions.DEFAULT);
        if (Boolean.getBoolean("keep")) { for (GeneratedFile f : files) { java.nio.file.Path p = java.nio.file.Path.of("/tmp/hostile").resolve(f.path()); java.nio.file.Files.createDirectories(p.getParent()); java.nio.file.Files.writeString(p, f.content()); } }
        Path classes = GeneratedJava.compile(files, directory);

        try (URLClassLoader loader = GeneratedJava.loader(classes)) {
            String pkg = "dev.datamesh.api.class_.";
            Class<?> handlerType = loader.loadClass(pkg + "ClassHandler");
            Class<?> tokens = loader.loadClass(pkg + "runtime.PageTokens");
            Constructor<?> constructor = List.of(handlerType.getConstructors()).stream()
                    .filter(c -> c.getParameterCount() == 7).findFirst().orElseThrow();
            List<Object> arguments = new ArrayList<>();
            for (Class<?> type : constructor.getParameterTypes()) {
                arguments.add(type == tokens ? tokens.getConstructor(byte[].class).newInstance((Object) new byte[] {1})
                        : Proxy.newProxyInstance(loader, new Class<?>[] {type}, (proxy, method, args) ->
                                method.getName().equals("list") ? List.of() : Optional.empty()));
            }
            Object handler = constructor.newInstance(arguments.toArray());
            Method handle = handlerType.getMethod("handleRequest", Class.forName(
                    "com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent"),
                    Class.forName("com.amazonaws.services.lambda.runtime.Context"));

            assertThat(answer(handler, handle, "/class", "limit=5&record=2025-03-01&class=ab%22c&default=98"))
                    .isEqualTo("200 {\"items\":[],\"nextToken\":null}");
            assertThat(answer(handler, handle, "/class", "default=99"))
                    .startsWith("400 {\"code\":\"INVALID_PARAMETER\",\"message\":\"Parameter 'default' must be a whole"
                            + " number from -5 to 98, not '99'.\"");
            assertThat(answer(handler, handle, "/class", "class=ABC"))
                    .contains("Parameter 'class' must be text matching ^[a-z\\\"'*/]+$, not 'ABC'.");
            assertThat(answer(handler, handle, "/class/abc/7", "")).startsWith("404 {\"code\":\"NOT_FOUND\"");
            assertThat(answer(handler, handle, "/string/x", "")).startsWith("404 ");
            assertThat(answer(handler, handle, "/key/x", "")).startsWith("404 ");
            assertThat(answer(handler, handle, "/wide", "c0=1.23456")).contains("at most 4 decimal places");
        }
    }

    private static String answer(Object handler, Method handle, String path, String query) throws Exception {
        Class<?> eventType = handle.getParameterTypes()[0];
        Object event = eventType.getConstructor().newInstance();
        eventType.getMethod("setRawPath", String.class).invoke(event, path);
        eventType.getMethod("setRawQueryString", String.class).invoke(event, query);
        eventType.getMethod("setRouteKey", String.class).invoke(event, "$default");
        Object response = handle.invoke(handler, event, null);
        int status = (int) response.getClass().getMethod("getStatusCode").invoke(response);
        String body = (String) response.getClass().getMethod("getBody").invoke(response);
        JsonNode tree = new ObjectMapper().readTree(body);
        assertThat(tree.isObject()).isTrue();
        return status + " " + body;
    }

    @Test
    void identifiersThatCannotBeQuotedAreRefused() {
        assertThat(DataAccessSources.quote("it\"s")).isEqualTo("\"it\"\"s\"");
        assertThatThrownBy(() -> DataAccessSources.quote("a\nb")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'a?b' cannot be a SQL identifier: names must be 1 to 255 characters without control"
                        + " characters (rule GLUE-NAME)");
    }

    @Test
    void badOptionsNameTheOption() {
        assertThatThrownBy(() -> LambdaOptions.from(GeneratorOptions.of(Map.of("lambda.basePackage", "com.class"))))
                .hasMessage("option lambda.basePackage must be a Java package name such as com.acme.sales.api, not"
                        + " 'com.class'");
        assertThatThrownBy(() -> LambdaOptions.from(GeneratorOptions.of(Map.of("lambda.runtime", "java8"))))
                .hasMessage("option lambda.runtime must be java17 or java21, not 'java8'");
    }
}
