package dev.datamesh.generator.lambda;

import dev.datamesh.generator.GeneratorOptions;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code lambda.*} options of {@link LambdaGenerator}, read and checked once. The routes, parameters and page
 * sizes come from the {@code openapi.*} options, so that the handler serves the spec generated with them.
 *
 * @param basePackage the package under which each API gets its own ({@code <basePackage>.<contract key>})
 * @param runtime the Lambda runtime of the SAM template: {@code java17} or {@code java21}
 * @param memorySize the function's memory in MB (more memory is more CPU, and a faster cold start)
 * @param timeout the function's timeout in seconds (API Gateway waits at most 30)
 * @param codeUri the SAM {@code CodeUri}: the deployment jar, relative to the template or {@code s3://...}
 */
public record LambdaOptions(String basePackage, String runtime, int memorySize, int timeout, String codeUri) {

    public static final String BASE_PACKAGE = "lambda.basePackage";
    public static final String RUNTIME = "lambda.runtime";
    public static final String MEMORY_SIZE = "lambda.memorySize";
    public static final String TIMEOUT = "lambda.timeout";
    public static final String CODE_URI = "lambda.codeUri";

    public static final String DEFAULT_BASE_PACKAGE = "dev.datamesh.api";
    private static final Set<String> RUNTIMES = Set.of("java17", "java21");

    public LambdaOptions {
        JavaNames.checkPackage(Objects.requireNonNull(basePackage, "basePackage == null"), BASE_PACKAGE);
        if (!RUNTIMES.contains(runtime)) {
            throw new IllegalArgumentException("option " + RUNTIME + " must be java17 or java21, not '" + runtime + "'");
        }
        if (memorySize < 128 || memorySize > 10240) {
            throw new IllegalArgumentException("option " + MEMORY_SIZE + " must be from 128 to 10240 (MB), not "
                    + memorySize);
        }
        if (timeout < 1 || timeout > 900) {
            throw new IllegalArgumentException("option " + TIMEOUT + " must be from 1 to 900 (seconds), not " + timeout);
        }
        if (codeUri.isBlank()) {
            throw new IllegalArgumentException("option " + CODE_URI + " must not be blank");
        }
    }

    public static LambdaOptions from(GeneratorOptions options) {
        return new LambdaOptions(options.get(BASE_PACKAGE, DEFAULT_BASE_PACKAGE), options.get(RUNTIME, "java17"),
                options.getInt(MEMORY_SIZE, 1024), options.getInt(TIMEOUT, 29),
                options.get(CODE_URI, "deployment.jar"));
    }
}
