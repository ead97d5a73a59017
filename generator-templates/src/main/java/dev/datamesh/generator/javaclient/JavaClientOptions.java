package dev.datamesh.generator.javaclient;

import dev.datamesh.generator.GeneratorOptions;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code javaClient.*} options of {@link JavaClientGenerator}, read and checked once. The names follow
 * openapi-generator's Java options where one exists ({@code modelPackage}, {@code modelNamePrefix}, ...).
 *
 * @param basePackage the package under which each contract's client gets its own sub-package
 * @param packageName the client's package for every contract, instead of {@code basePackage.<product>}; only
 *     sensible with one contract per module (two contracts would generate the same files)
 * @param modelPackage the records' package instead of {@code <client package>.model}
 * @param clientName the client class's simple name instead of {@code <Product>Client}
 * @param modelNamePrefix put before every record name
 * @param modelNameSuffix put after every record name
 * @param awsSigner whether to generate {@code AwsSigV4Signer} (which needs the AWS SDK's
 *     {@code software.amazon.awssdk:http-auth-aws} at compile time)
 * @param generatedAnnotation whether to mark the generated types {@code @jakarta.annotation.Generated}
 */
public record JavaClientOptions(String basePackage, Optional<String> packageName, Optional<String> modelPackage,
        Optional<String> clientName, String modelNamePrefix, String modelNameSuffix, boolean awsSigner,
        boolean generatedAnnotation) {

    public static final String BASE_PACKAGE = "javaClient.basePackage";
    public static final String PACKAGE = "javaClient.package";
    public static final String MODEL_PACKAGE = "javaClient.modelPackage";
    public static final String CLIENT_NAME = "javaClient.clientName";
    public static final String MODEL_NAME_PREFIX = "javaClient.modelNamePrefix";
    public static final String MODEL_NAME_SUFFIX = "javaClient.modelNameSuffix";
    public static final String AWS_SIGNER = "javaClient.awsSigner";
    public static final String GENERATED_ANNOTATION = "javaClient.generatedAnnotation";

    public static final String DEFAULT_BASE_PACKAGE = "datamesh.client";

    /** The support classes every client package holds; a client class may not take one of these names. */
    static final Set<String> SUPPORT_CLASSES = Set.of("ApiException", "Pages", "RetryPolicy", "RequestSigner",
            "AwsSigV4Signer");

    public JavaClientOptions {
        Objects.requireNonNull(basePackage, "basePackage == null");
        Objects.requireNonNull(packageName, "packageName == null");
        Objects.requireNonNull(modelPackage, "modelPackage == null");
        Objects.requireNonNull(clientName, "clientName == null");
        Objects.requireNonNull(modelNamePrefix, "modelNamePrefix == null");
        Objects.requireNonNull(modelNameSuffix, "modelNameSuffix == null");
        requirePackage(BASE_PACKAGE, basePackage);
        packageName.ifPresent(p -> requirePackage(PACKAGE, p));
        modelPackage.ifPresent(p -> requirePackage(MODEL_PACKAGE, p));
        clientName.ifPresent(name -> {
            if (!JavaText.isIdentifier(name) || SUPPORT_CLASSES.contains(name)) {
                throw new IllegalArgumentException("option " + CLIENT_NAME + " must be a Java class name other than "
                        + String.join(", ", SUPPORT_CLASSES.stream().sorted().toList()) + ", not '" + name + "'");
            }
        });
        requireNamePart(MODEL_NAME_PREFIX, modelNamePrefix);
        requireNamePart(MODEL_NAME_SUFFIX, modelNameSuffix);
    }

    public static JavaClientOptions from(GeneratorOptions options) {
        return new JavaClientOptions(options.get(BASE_PACKAGE, DEFAULT_BASE_PACKAGE), options.get(PACKAGE),
                options.get(MODEL_PACKAGE), options.get(CLIENT_NAME), options.get(MODEL_NAME_PREFIX, ""),
                options.get(MODEL_NAME_SUFFIX, ""), options.getBoolean(AWS_SIGNER, true),
                options.getBoolean(GENERATED_ANNOTATION, true));
    }

    /** The client package of the contract whose key is {@code contractKey}. */
    public String clientPackage(String contractKey) {
        return packageName.orElse(basePackage + "." + JavaText.packageSegment(contractKey));
    }

    /** The records' package of the contract whose key is {@code contractKey}. */
    public String recordPackage(String contractKey) {
        return modelPackage.orElse(clientPackage(contractKey) + ".model");
    }

    /** The client class name of the contract whose key is {@code contractKey}. */
    public String clientClass(String contractKey) {
        return clientName.orElse(JavaText.pascal(contractKey) + "Client");
    }

    private static void requirePackage(String option, String value) {
        if (!JavaText.isPackage(value)) {
            throw new IllegalArgumentException("option " + option + " must be a Java package name such as "
                    + "com.acme.sales.client (no reserved words), not '" + value + "'");
        }
    }

    private static void requireNamePart(String option, String value) {
        if (!value.isEmpty() && !value.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("option " + option + " must be ASCII letters, digits or '_', not '"
                    + value + "'");
        }
    }
}
