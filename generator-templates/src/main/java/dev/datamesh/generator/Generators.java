package dev.datamesh.generator;

import dev.datamesh.generator.avro.AvroSchemaGenerator;
import dev.datamesh.generator.etl.GlueEtlJobGenerator;
import dev.datamesh.generator.glue.GlueTableGenerator;
import dev.datamesh.generator.javaclient.JavaClientGenerator;
import dev.datamesh.generator.lambda.LambdaGenerator;
import dev.datamesh.generator.openapi.OpenApiGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The built-in generators by name, in the order the plugin runs them. */
public final class Generators {

    private static final Map<String, Supplier<Generator>> BUILT_IN = builtIn();

    private Generators() {}

    private static Map<String, Supplier<Generator>> builtIn() {
        Map<String, Supplier<Generator>> generators = new LinkedHashMap<>();
        generators.put("glue", GlueTableGenerator::new);
        generators.put("avro", AvroSchemaGenerator::new);
        generators.put("openapi", OpenApiGenerator::new);
        generators.put("glue-etl", GlueEtlJobGenerator::new);
        generators.put(JavaClientGenerator.NAME, JavaClientGenerator::new);
        generators.put("lambda", LambdaGenerator::new);
        return java.util.Collections.unmodifiableMap(generators);
    }

    /** Every built-in name: {@code glue}, {@code avro}, ... */
    public static List<String> names() {
        return List.copyOf(BUILT_IN.keySet());
    }

    /**
     * The default selection of the {@code generate} goal: {@code glue}, {@code avro}, {@code openapi}. The
     * {@code java-client} generator is chosen explicitly, in the module that builds the client jar.
     */
    public static List<String> defaults() {
        return List.of("glue", "avro", "openapi");
    }

    /**
     * Checks names without making generators.
     *
     * @throws IllegalArgumentException naming the unknown generator and the known ones
     */
    public static void check(List<String> names) {
        for (String name : names) {
            if (!BUILT_IN.containsKey(name.trim())) {
                throw new IllegalArgumentException("Unknown generator '" + name.trim() + "'; known generators: "
                        + String.join(", ", BUILT_IN.keySet()));
            }
        }
    }

    /**
     * New instances for the given names, in the given order.
     *
     * @throws IllegalArgumentException naming the unknown generator and the known ones
     */
    public static List<Generator> create(List<String> names) {
        List<Generator> generators = new ArrayList<>();
        for (String name : names) {
            Supplier<Generator> factory = BUILT_IN.get(name.trim());
            if (factory == null) {
                throw new IllegalArgumentException("Unknown generator '" + name.trim() + "'; known generators: "
                        + String.join(", ", BUILT_IN.keySet()));
            }
            generators.add(factory.get());
        }
        return List.copyOf(generators);
    }
}
