package dev.datamesh.generator.openapi;

import dev.datamesh.generator.GeneratorOptions;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The {@code openapi.*} options of {@link OpenApiGenerator}, read and checked once.
 *
 * @param basePath the server URL path prefix: empty, or {@code /segment(/segment)*} without a trailing slash
 * @param maxLimit the largest page size a client may ask for ({@code limit} maximum)
 * @param defaultLimit the page size when the client gives none ({@code limit} default; 100, or maxLimit when smaller)
 * @param lambdaArn the {@code uri} of every operation's Lambda proxy integration
 */
public record OpenApiOptions(String basePath, int maxLimit, int defaultLimit, String lambdaArn) {

    public static final String BASE_PATH = "openapi.basePath";
    public static final String MAX_LIMIT = "openapi.maxLimit";
    public static final String DEFAULT_LIMIT = "openapi.defaultLimit";
    public static final String LAMBDA_ARN = "openapi.lambdaArn";

    public static final int DEFAULT_MAX_LIMIT = 1000;
    public static final int DEFAULT_DEFAULT_LIMIT = 100;
    /** A placeholder for CloudFormation {@code Fn::Sub}, a SAM {@code DefinitionBody} or Terraform's templatefile. */
    public static final String DEFAULT_LAMBDA_ARN = "${LambdaFunctionArn}";

    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)*");

    public OpenApiOptions {
        Objects.requireNonNull(basePath, "basePath == null");
        Objects.requireNonNull(lambdaArn, "lambdaArn == null");
        if (!PATH.matcher(basePath).matches()) {
            throw new IllegalArgumentException("option " + BASE_PATH + " must be a URL path such as /sales, not '"
                    + basePath + "'");
        }
        if (maxLimit < 1) {
            throw new IllegalArgumentException("option " + MAX_LIMIT + " must be at least 1, not " + maxLimit);
        }
        if (defaultLimit < 1 || defaultLimit > maxLimit) {
            throw new IllegalArgumentException("option " + DEFAULT_LIMIT + " must be between 1 and " + MAX_LIMIT
                    + " (" + maxLimit + "), not " + defaultLimit);
        }
        if (lambdaArn.isBlank()) {
            throw new IllegalArgumentException("option " + LAMBDA_ARN + " must not be blank");
        }
    }

    /** Reads the options; the base path is normalised ({@code sales/} becomes {@code /sales}, {@code /} empty). */
    public static OpenApiOptions from(GeneratorOptions options) {
        String basePath = options.get(BASE_PATH, "");
        if (!basePath.isEmpty() && !basePath.startsWith("/")) {
            basePath = "/" + basePath;
        }
        while (basePath.endsWith("/")) {
            basePath = basePath.substring(0, basePath.length() - 1);
        }
        int maxLimit = options.getInt(MAX_LIMIT, DEFAULT_MAX_LIMIT);
        int defaultLimit = options.getInt(DEFAULT_LIMIT, Math.max(1, Math.min(DEFAULT_DEFAULT_LIMIT, maxLimit)));
        return new OpenApiOptions(basePath, maxLimit, defaultLimit, options.get(LAMBDA_ARN, DEFAULT_LAMBDA_ARN));
    }
}
