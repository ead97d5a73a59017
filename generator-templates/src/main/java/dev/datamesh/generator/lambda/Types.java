package dev.datamesh.generator.lambda;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.Set;

/** The library types the generated code refers to, named without loading them (they are not on this module's path). */
final class Types {

    private Types() {}

    static final ClassName STRING = ClassName.get(String.class);
    static final ClassName OBJECT = ClassName.get(Object.class);
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName MAP = ClassName.get("java.util", "Map");
    static final ClassName SET = ClassName.get("java.util", "Set");
    static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");
    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
    static final ClassName PATTERN = ClassName.get("java.util.regex", "Pattern");
    static final ClassName BIG_DECIMAL = ClassName.get("java.math", "BigDecimal");
    static final ClassName IO_EXCEPTION = ClassName.get("java.io", "IOException");

    static final ClassName JSON_FACTORY = ClassName.get("com.fasterxml.jackson.core", "JsonFactory");
    static final ClassName JSON_GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
    static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
    static final ClassName JSON_TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");

    static final ClassName REQUEST_HANDLER = ClassName.get("com.amazonaws.services.lambda.runtime", "RequestHandler");
    static final ClassName CONTEXT = ClassName.get("com.amazonaws.services.lambda.runtime", "Context");
    static final ClassName LAMBDA_RUNTIME = ClassName.get("com.amazonaws.services.lambda.runtime", "LambdaRuntime");
    static final ClassName EVENT = ClassName.get("com.amazonaws.services.lambda.runtime.events",
            "APIGatewayV2HTTPEvent");
    static final ClassName RESPONSE = ClassName.get("com.amazonaws.services.lambda.runtime.events",
            "APIGatewayV2HTTPResponse");
    static final TypeName HANDLER = ParameterizedTypeName.get(REQUEST_HANDLER, EVENT, RESPONSE);

    static final String ATHENA_MODEL = "software.amazon.awssdk.services.athena.model";
    static final ClassName ATHENA_CLIENT = ClassName.get("software.amazon.awssdk.services.athena", "AthenaClient");
    static final ClassName ATHENA_CLIENT_BUILDER = ClassName.get("software.amazon.awssdk.services.athena",
            "AthenaClientBuilder");
    static final ClassName URL_CONNECTION_HTTP_CLIENT = ClassName.get("software.amazon.awssdk.http.urlconnection",
            "UrlConnectionHttpClient");
    static final ClassName REGION = ClassName.get("software.amazon.awssdk.regions", "Region");
    static final ClassName ENVIRONMENT_CREDENTIALS = ClassName.get("software.amazon.awssdk.auth.credentials",
            "EnvironmentVariableCredentialsProvider");
    static final ClassName SDK_EXCEPTION = ClassName.get("software.amazon.awssdk.core.exception", "SdkException");

    static ParameterizedTypeName listOf(TypeName element) {
        return ParameterizedTypeName.get(LIST, element);
    }

    /**
     * java.lang types the generated code uses by simple name: a generated type of the same simple name in the same
     * package would shadow them, so such names are always written qualified.
     */
    static final Set<String> JAVA_LANG = Set.of("String", "Object", "Integer", "Long", "Float", "Double",
            "Boolean", "Byte", "Short", "Character", "Number", "Math", "StringBuilder", "System", "Thread",
            "Override", "SuppressWarnings", "FunctionalInterface", "SafeVarargs", "Deprecated", "Record", "Enum",
            "Class", "Void", "Iterable", "Comparable", "CharSequence", "AutoCloseable", "Runnable", "Throwable",
            "Error", "Exception", "RuntimeException", "IllegalArgumentException", "IllegalStateException",
            "NullPointerException", "NumberFormatException", "ArithmeticException", "InterruptedException",
            "IndexOutOfBoundsException", "UnsupportedOperationException", "ClassCastException");
}
