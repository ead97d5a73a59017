package dev.datamesh.generator.lambda;

import static javax.lang.model.element.Modifier.ABSTRACT;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * The small runtime every generated API carries in its {@code runtime} package: errors, JSON and value codecs,
 * parameter checks, signed page tokens, HTTP event helpers, SQL building, JDBC and Athena access, and the local
 * HTTP adapter. Written out per API so that the generated module needs no library of this project.
 */
final class RuntimeSources {

    private static final ClassName BASE64 = ClassName.get("java.util", "Base64");
    private static final TypeName BYTES = ArrayTypeName.of(TypeName.BYTE);
    private static final ClassName LOCAL_DATE = ClassName.get("java.time", "LocalDate");
    private static final ClassName LOCAL_TIME = ClassName.get("java.time", "LocalTime");
    private static final ClassName LOCAL_DATE_TIME = ClassName.get("java.time", "LocalDateTime");
    private static final ClassName OFFSET_DATE_TIME = ClassName.get("java.time", "OffsetDateTime");
    private static final ClassName ZONE_OFFSET = ClassName.get("java.time", "ZoneOffset");
    private static final ClassName FORMATTER = ClassName.get("java.time.format", "DateTimeFormatter");
    private static final ClassName FORMATTER_BUILDER = ClassName.get("java.time.format", "DateTimeFormatterBuilder");
    private static final ClassName PARSE_EXCEPTION = ClassName.get("java.time.format", "DateTimeParseException");
    private static final ClassName HEX_FORMAT = ClassName.get("java.util", "HexFormat");
    private static final ClassName UUID = ClassName.get("java.util", "UUID");
    private static final ClassName HASH_MAP = ClassName.get("java.util", "HashMap");
    private static final ClassName TREE_MAP = ClassName.get("java.util", "TreeMap");
    private static final ClassName TREE_SET = ClassName.get("java.util", "TreeSet");
    private static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
    private static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
    private static final ClassName LOCALE = ClassName.get("java.util", "Locale");
    private static final ClassName UTF_8_HOLDER = ClassName.get("java.nio.charset", "StandardCharsets");
    private static final ClassName STRING_WRITER = ClassName.get("java.io", "StringWriter");
    private static final ClassName OUTPUT_STREAM = ClassName.get("java.io", "OutputStream");
    private static final ClassName UNCHECKED_IO = ClassName.get("java.io", "UncheckedIOException");
    private static final ClassName URL_DECODER = ClassName.get("java.net", "URLDecoder");
    private static final ClassName URI = ClassName.get("java.net", "URI");
    private static final ClassName INET_SOCKET_ADDRESS = ClassName.get("java.net", "InetSocketAddress");
    private static final ClassName INET_ADDRESS = ClassName.get("java.net", "InetAddress");
    private static final ClassName HTTP_SERVER = ClassName.get("com.sun.net.httpserver", "HttpServer");
    private static final ClassName HTTP_EXCHANGE = ClassName.get("com.sun.net.httpserver", "HttpExchange");
    private static final ClassName EXECUTOR_SERVICE = ClassName.get("java.util.concurrent", "ExecutorService");
    private static final ClassName EXECUTORS = ClassName.get("java.util.concurrent", "Executors");
    private static final ClassName TIME_UNIT = ClassName.get("java.util.concurrent", "TimeUnit");
    private static final ClassName MAC = ClassName.get("javax.crypto", "Mac");
    private static final ClassName SECRET_KEY_SPEC = ClassName.get("javax.crypto.spec", "SecretKeySpec");
    private static final ClassName MESSAGE_DIGEST = ClassName.get("java.security", "MessageDigest");
    private static final ClassName SECURE_RANDOM = ClassName.get("java.security", "SecureRandom");
    private static final ClassName SECURITY_EXCEPTION = ClassName.get("java.security", "GeneralSecurityException");
    private static final ClassName CONNECTION = ClassName.get("java.sql", "Connection");
    private static final ClassName PREPARED_STATEMENT = ClassName.get("java.sql", "PreparedStatement");
    private static final ClassName RESULT_SET = ClassName.get("java.sql", "ResultSet");
    private static final ClassName SQL_EXCEPTION = ClassName.get("java.sql", "SQLException");
    private static final ClassName SQL_TYPES = ClassName.get("java.sql", "Types");
    private static final ClassName SQL_TIMESTAMP = ClassName.get("java.sql", "Timestamp");
    private static final ClassName SQL_TIME = ClassName.get("java.sql", "Time");
    private static final ClassName JSON_FACTORY_BUILDER = ClassName.get("com.fasterxml.jackson.core",
            "JsonFactoryBuilder");
    private static final ClassName STREAM_WRITE_FEATURE = ClassName.get("com.fasterxml.jackson.core",
            "StreamWriteFeature");
    private static final ClassName JSON_PARSE_EXCEPTION = ClassName.get("com.fasterxml.jackson.core",
            "JsonParseException");
    private static final ClassName EVENT_CONTEXT = Types.EVENT.nestedClass("RequestContext");
    private static final ClassName EVENT_HTTP = EVENT_CONTEXT.nestedClass("Http");
    private static final TypeName STRING_MAP = ParameterizedTypeName.get(Types.MAP, Types.STRING, Types.STRING);
    private static final TypeName STRING_LIST = Types.listOf(Types.STRING);
    private static final TypeName OBJECT_LIST = Types.listOf(Types.OBJECT);
    private static final TypeName ROWS = Types.listOf(ArrayTypeName.of(Types.STRING));
    private static final TypeVariableName T = TypeVariableName.get("T");

    private final String pkg;
    final ClassName apiException;
    final ClassName dataAccessException;
    final ClassName json;
    final ClassName jsonReader;
    final ClassName jsonWriter;
    final ClassName jsonWritable;
    final ClassName values;
    final ClassName params;
    final ClassName pageTokens;
    final ClassName http;
    final ClassName select;
    final ClassName sqlDialect;
    final ClassName connectionSource;
    final ClassName jdbc;
    final ClassName athenaQueries;
    final ClassName localServer;

    RuntimeSources(String pkg) {
        this.pkg = pkg;
        apiException = ClassName.get(pkg, "ApiException");
        dataAccessException = ClassName.get(pkg, "DataAccessException");
        json = ClassName.get(pkg, "Json");
        jsonReader = json.nestedClass("Reader");
        jsonWriter = json.nestedClass("Writer");
        jsonWritable = json.nestedClass("Writable");
        values = ClassName.get(pkg, "Values");
        params = ClassName.get(pkg, "Params");
        pageTokens = ClassName.get(pkg, "PageTokens");
        http = ClassName.get(pkg, "Http");
        select = ClassName.get(pkg, "Select");
        sqlDialect = ClassName.get(pkg, "SqlDialect");
        connectionSource = ClassName.get(pkg, "ConnectionSource");
        jdbc = ClassName.get(pkg, "Jdbc");
        athenaQueries = ClassName.get(pkg, "AthenaQueries");
        localServer = ClassName.get(pkg, "LocalServer");
    }

    List<JavaFile> files() {
        List<TypeSpec> types = List.of(apiException(), dataAccessException(), json(), values(), params(),
                pageTokens(), http(), select(), sqlDialect(), connectionSource(), jdbc(), athenaQueries(),
                localServer());
        List<JavaFile> files = new ArrayList<>();
        for (TypeSpec type : types) {
            files.add(JavaFile.builder(pkg, type).indent("    ").skipJavaLangImports(true).build());
        }
        return files;
    }

    private static MethodSpec.Builder privateConstructor() {
        return MethodSpec.constructorBuilder().addModifiers(PRIVATE);
    }

    private static FieldSpec serialVersion() {
        return FieldSpec.builder(TypeName.LONG, "serialVersionUID", PRIVATE, STATIC, FINAL).initializer("1L").build();
    }

    private TypeSpec apiException() {
        return TypeSpec.classBuilder(apiException).addModifiers(PUBLIC, FINAL).superclass(RuntimeException.class)
                .addJavadoc("A request answered with an error status and the API's {@code Error} body; carries no"
                        + " stack trace.\n")
                .addField(serialVersion())
                .addField(TypeName.INT, "status", PRIVATE, FINAL)
                .addField(Types.STRING, "code", PRIVATE, FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(PUBLIC)
                        .addParameter(TypeName.INT, "status").addParameter(Types.STRING, "code")
                        .addParameter(Types.STRING, "message")
                        .addStatement("super(message, null, false, false)")
                        .addStatement("this.status = status").addStatement("this.code = code").build())
                .addMethod(MethodSpec.methodBuilder("status").addModifiers(PUBLIC).returns(TypeName.INT)
                        .addStatement("return status").build())
                .addMethod(MethodSpec.methodBuilder("code").addModifiers(PUBLIC).returns(Types.STRING)
                        .addStatement("return code").build())
                .addMethod(MethodSpec.methodBuilder("badRequest").addModifiers(PUBLIC, STATIC).returns(apiException)
                        .addParameter(Types.STRING, "code").addParameter(Types.STRING, "message")
                        .addStatement("return new $T(400, code, message)", apiException).build())
                .addMethod(MethodSpec.methodBuilder("notFound").addModifiers(PUBLIC, STATIC).returns(apiException)
                        .addParameter(Types.STRING, "message")
                        .addStatement("return new $T(404, $S, message)", apiException, "NOT_FOUND").build())
                .build();
    }

    private TypeSpec dataAccessException() {
        return TypeSpec.classBuilder(dataAccessException).addModifiers(PUBLIC, FINAL)
                .superclass(RuntimeException.class)
                .addJavadoc("A failure to read the data; the handler answers 429 when {@link #throttled()}, else"
                        + " 500, never with its message.\n")
                .addField(serialVersion())
                .addField(TypeName.BOOLEAN, "throttled", PRIVATE, FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(PUBLIC)
                        .addParameter(Types.STRING, "message").addParameter(Throwable.class, "cause")
                        .addParameter(TypeName.BOOLEAN, "throttled")
                        .addStatement("super(message, cause)").addStatement("this.throttled = throttled").build())
                .addMethod(MethodSpec.methodBuilder("throttled").addModifiers(PUBLIC).returns(TypeName.BOOLEAN)
                        .addJavadoc("True when the data source refused for load: the caller may retry later.\n")
                        .addStatement("return throttled").build())
                .build();
    }

    private TypeSpec json() {
        TypeSpec reader = TypeSpec.interfaceBuilder("Reader").addModifiers(PUBLIC).addTypeVariable(T)
                .addAnnotation(FunctionalInterface.class)
                .addJavadoc("Reads one value at the parser's current token.\n")
                .addMethod(MethodSpec.methodBuilder("read").addModifiers(PUBLIC, ABSTRACT).returns(T)
                        .addParameter(Types.JSON_PARSER, "parser").addException(Types.IO_EXCEPTION).build())
                .build();
        TypeSpec writer = TypeSpec.interfaceBuilder("Writer").addModifiers(PUBLIC).addTypeVariable(T)
                .addAnnotation(FunctionalInterface.class)
                .addJavadoc("Writes one value.\n")
                .addMethod(MethodSpec.methodBuilder("write").addModifiers(PUBLIC, ABSTRACT)
                        .addParameter(Types.JSON_GENERATOR, "generator").addParameter(T, "value")
                        .addException(Types.IO_EXCEPTION).build())
                .build();
        TypeSpec document = TypeSpec.interfaceBuilder("Document").addModifiers(PUBLIC)
                .addAnnotation(FunctionalInterface.class)
                .addJavadoc("Writes a whole JSON document.\n")
                .addMethod(MethodSpec.methodBuilder("write").addModifiers(PUBLIC, ABSTRACT)
                        .addParameter(Types.JSON_GENERATOR, "generator").addException(Types.IO_EXCEPTION).build())
                .build();
        TypeSpec writable = TypeSpec.interfaceBuilder("Writable").addModifiers(PUBLIC)
                .addJavadoc("A value that writes itself as a JSON object.\n")
                .addMethod(MethodSpec.methodBuilder("writeJson").addModifiers(PUBLIC, ABSTRACT)
                        .addParameter(Types.JSON_GENERATOR, "generator").addException(Types.IO_EXCEPTION).build())
                .build();
        ClassName documentType = json.nestedClass("Document");
        TypeName readerOfT = ParameterizedTypeName.get(jsonReader, T);
        TypeName writerOfT = ParameterizedTypeName.get(jsonWriter, T);
        return TypeSpec.classBuilder(json).addModifiers(PUBLIC, FINAL)
                .addJavadoc("JSON through Jackson's streaming API only: no data binding, no reflection.\n")
                .addType(reader).addType(writer).addType(document).addType(writable)
                .addField(FieldSpec.builder(Types.JSON_FACTORY, "FACTORY", PUBLIC, STATIC, FINAL)
                        .addJavadoc("Thread-safe and shared; decimals are written in plain notation.\n")
                        .initializer("new $T().enable($T.WRITE_BIGDECIMAL_AS_PLAIN).build()", JSON_FACTORY_BUILDER,
                                STREAM_WRITE_FEATURE).build())
                .addMethod(privateConstructor().build())
                .addMethod(MethodSpec.methodBuilder("write").addModifiers(PUBLIC, STATIC).returns(Types.STRING)
                        .addJavadoc("The document as text.\n")
                        .addParameter(documentType, "document")
                        .addStatement("$T out = new $T()", STRING_WRITER, STRING_WRITER)
                        .beginControlFlow("try ($T generator = FACTORY.createGenerator(out))", Types.JSON_GENERATOR)
                        .addStatement("document.write(generator)")
                        .nextControlFlow("catch ($T e)", Types.IO_EXCEPTION)
                        .addStatement("throw new $T(e)", UNCHECKED_IO)
                        .endControlFlow()
                        .addStatement("return out.toString()").build())
                .addMethod(MethodSpec.methodBuilder("read").addModifiers(PUBLIC, STATIC).addTypeVariable(T)
                        .returns(T)
                        .addJavadoc("Reads one value from JSON text that the data source returned; null for null.\n")
                        .addParameter(Types.STRING, "text").addParameter(readerOfT, "reader")
                        .beginControlFlow("if (text == null)").addStatement("return null").endControlFlow()
                        .beginControlFlow("try ($T parser = FACTORY.createParser(text))", Types.JSON_PARSER)
                        .addStatement("parser.nextToken()")
                        .addStatement("return reader.read(parser)")
                        .nextControlFlow("catch ($T e)", Types.IO_EXCEPTION)
                        .addStatement("throw new $T($S + e.getMessage(), e, false)", dataAccessException,
                                "The data source returned malformed JSON: ")
                        .endControlFlow().build())
                .addMethod(MethodSpec.methodBuilder("expect").addModifiers(PUBLIC, STATIC)
                        .addJavadoc("Fails unless the parser is at {@code token}.\n")
                        .addParameter(Types.JSON_PARSER, "parser").addParameter(Types.JSON_TOKEN, "token")
                        .addException(Types.IO_EXCEPTION)
                        .beginControlFlow("if (parser.currentToken() != token)")
                        .addStatement("throw new $T(parser, $S + token + $S + parser.currentToken())",
                                JSON_PARSE_EXCEPTION, "expected ", ", found ")
                        .endControlFlow().build())
                .addMethod(MethodSpec.methodBuilder("readList").addModifiers(PUBLIC, STATIC).addTypeVariable(T)
                        .returns(Types.listOf(T))
                        .addJavadoc("A JSON array (or null) as an unmodifiable list; elements may be null.\n")
                        .addParameter(Types.JSON_PARSER, "parser").addParameter(readerOfT, "element")
                        .addException(Types.IO_EXCEPTION)
                        .beginControlFlow("if (parser.currentToken() == $T.VALUE_NULL)", Types.JSON_TOKEN)
                        .addStatement("return null").endControlFlow()
                        .addStatement("expect(parser, $T.START_ARRAY)", Types.JSON_TOKEN)
                        .addStatement("$T<T> list = new $T<>()", Types.LIST, Types.ARRAY_LIST)
                        .beginControlFlow("while (parser.nextToken() != $T.END_ARRAY)", Types.JSON_TOKEN)
                        .addStatement("list.add(element.read(parser))").endControlFlow()
                        .addStatement("return $T.unmodifiableList(list)", COLLECTIONS).build())
                .addMethod(MethodSpec.methodBuilder("writeList").addModifiers(PUBLIC, STATIC).addTypeVariable(T)
                        .addJavadoc("A list (or null) as a JSON array.\n")
                        .addParameter(Types.JSON_GENERATOR, "generator").addParameter(Types.listOf(T), "list")
                        .addParameter(writerOfT, "element").addException(Types.IO_EXCEPTION)
                        .beginControlFlow("if (list == null)").addStatement("generator.writeNull()")
                        .addStatement("return").endControlFlow()
                        .addStatement("generator.writeStartArray()")
                        .beginControlFlow("for (T value : list)").addStatement("element.write(generator, value)")
                        .endControlFlow()
                        .addStatement("generator.writeEndArray()").build())
                .addMethod(MethodSpec.methodBuilder("writeObject").addModifiers(PUBLIC, STATIC)
                        .addJavadoc("null, or the object.\n")
                        .addParameter(Types.JSON_GENERATOR, "generator").addParameter(jsonWritable, "value")
                        .addException(Types.IO_EXCEPTION)
                        .beginControlFlow("if (value == null)").addStatement("generator.writeNull()")
                        .nextControlFlow("else").addStatement("value.writeJson(generator)").endControlFlow()
                        .build())
                .addMethod(MethodSpec.methodBuilder("writeNullable").addModifiers(PUBLIC, STATIC)
                        .addTypeVariable(T)
                        .addJavadoc("null, or the value through {@code writer}.\n")
                        .addParameter(Types.JSON_GENERATOR, "generator").addParameter(T, "value")
                        .addParameter(writerOfT, "writer").addException(Types.IO_EXCEPTION)
                        .beginControlFlow("if (value == null)").addStatement("generator.writeNull()")
                        .nextControlFlow("else").addStatement("writer.write(generator, value)").endControlFlow()
                        .build())
                .build();
    }

    /** Per scalar kind: JSON write and read, parsing from text (Athena results, page tokens), null-safe. */
    private TypeSpec values() {
        TypeSpec.Builder type = TypeSpec.classBuilder(values).addModifiers(PUBLIC, FINAL)
                .addJavadoc("Codecs for the scalar types: JSON as the API's spec says it (decimals exact, dates"
                        + " {@code yyyy-MM-dd}, timestamps ISO-8601 with offset), text as SQL engines print it,"
                        + " and SQL literals for Athena's execution parameters. All accept null.\n")
                .addField(FieldSpec.builder(FORMATTER, "TIMESTAMP", PRIVATE, STATIC, FINAL)
                        .addJavadoc("ISO-8601 date-times, with {@code T} or a space, with or without an offset"
                                + " (then UTC).\n")
                        .initializer("new $T().parseCaseInsensitive().append($T.ISO_LOCAL_DATE)"
                                + ".optionalStart().appendLiteral('T').optionalEnd()"
                                + ".optionalStart().appendLiteral(' ').optionalEnd()"
                                + ".append($T.ISO_LOCAL_TIME).optionalStart().appendOffsetId().optionalEnd()"
                                + ".toFormatter()", FORMATTER_BUILDER, FORMATTER, FORMATTER).build())
                .addField(FieldSpec.builder(FORMATTER, "SQL_TIMESTAMP", PRIVATE, STATIC, FINAL)
                        .initializer("$T.ofPattern($S)", FORMATTER, "yyyy-MM-dd HH:mm:ss.SSSSSS").build())
                .addMethod(privateConstructor().build());

        // string
        type.addMethod(writer("writeString", Types.STRING, "generator.writeString(value)"));
        type.addMethod(reader("readString", Types.STRING, "VALUE_STRING", "parser.getText()"));
        // integers
        type.addMethod(writer("writeInt", ClassName.get(Integer.class), "generator.writeNumber(value.intValue())"));
        type.addMethod(reader("readInt", ClassName.get(Integer.class), "VALUE_NUMBER_INT", "parser.getIntValue()"));
        type.addMethod(parser("parseInt", ClassName.get(Integer.class), "Integer.valueOf(text.trim())"));
        type.addMethod(writer("writeLong", ClassName.get(Long.class), "generator.writeNumber(value.longValue())"));
        type.addMethod(reader("readLong", ClassName.get(Long.class), "VALUE_NUMBER_INT", "parser.getLongValue()"));
        type.addMethod(parser("parseLong", ClassName.get(Long.class), "Long.valueOf(text.trim())"));
        // floating point
        type.addMethod(writer("writeFloat", ClassName.get(Float.class), "generator.writeNumber(value.floatValue())"));
        type.addMethod(numberReader("readFloat", ClassName.get(Float.class), "parser.getFloatValue()"));
        type.addMethod(parser("parseFloat", ClassName.get(Float.class), "Float.valueOf(text.trim())"));
        type.addMethod(writer("writeDouble", ClassName.get(Double.class),
                "generator.writeNumber(value.doubleValue())"));
        type.addMethod(numberReader("readDouble", ClassName.get(Double.class), "parser.getDoubleValue()"));
        type.addMethod(parser("parseDouble", ClassName.get(Double.class), "Double.valueOf(text.trim())"));
        // decimals, with the declared scale restored (JSON from SQL engines drops trailing zeros)
        type.addMethod(writer("writeDecimal", Types.BIG_DECIMAL, "generator.writeNumber(value)"));
        type.addMethod(MethodSpec.methodBuilder("readDecimal").addModifiers(PUBLIC, STATIC).returns(Types.BIG_DECIMAL)
                .addParameter(Types.JSON_PARSER, "parser").addParameter(TypeName.INT, "scale")
                .addException(Types.IO_EXCEPTION)
                .beginControlFlow("if (parser.currentToken() == $T.VALUE_NULL)", Types.JSON_TOKEN)
                .addStatement("return null").endControlFlow()
                .beginControlFlow("if (!parser.currentToken().isNumeric())")
                .addStatement("$T.expect(parser, $T.VALUE_NUMBER_FLOAT)", json, Types.JSON_TOKEN).endControlFlow()
                .addStatement("return scale(parser.getDecimalValue(), scale)").build());
        type.addMethod(MethodSpec.methodBuilder("parseDecimal").addModifiers(PUBLIC, STATIC)
                .returns(Types.BIG_DECIMAL)
                .addParameter(Types.STRING, "text").addParameter(TypeName.INT, "scale")
                .addStatement("return text == null ? null : scale(new $T(text.trim()), scale)", Types.BIG_DECIMAL)
                .build());
        type.addMethod(MethodSpec.methodBuilder("scale").addModifiers(PUBLIC, STATIC).returns(Types.BIG_DECIMAL)
                .addJavadoc("The value with {@code scale} decimal places when that loses nothing, else unchanged.\n")
                .addParameter(Types.BIG_DECIMAL, "value").addParameter(TypeName.INT, "scale")
                .addStatement("return value == null || value.scale() >= scale ? value : value.setScale(scale)")
                .build());
        // booleans
        type.addMethod(writer("writeBoolean", ClassName.get(Boolean.class),
                "generator.writeBoolean(value.booleanValue())"));
        type.addMethod(MethodSpec.methodBuilder("readBoolean").addModifiers(PUBLIC, STATIC)
                .returns(ClassName.get(Boolean.class)).addParameter(Types.JSON_PARSER, "parser")
                .addException(Types.IO_EXCEPTION)
                .beginControlFlow("if (parser.currentToken() == $T.VALUE_NULL)", Types.JSON_TOKEN)
                .addStatement("return null").endControlFlow()
                .beginControlFlow("if (!parser.currentToken().isBoolean())")
                .addStatement("$T.expect(parser, $T.VALUE_TRUE)", json, Types.JSON_TOKEN).endControlFlow()
                .addStatement("return parser.getBooleanValue()").build());
        type.addMethod(MethodSpec.methodBuilder("parseBoolean").addModifiers(PUBLIC, STATIC)
                .returns(ClassName.get(Boolean.class)).addParameter(Types.STRING, "text")
                .beginControlFlow("if (text == null)").addStatement("return null").endControlFlow()
                .beginControlFlow("if (text.trim().equalsIgnoreCase($S))", "true")
                .addStatement("return Boolean.TRUE").endControlFlow()
                .beginControlFlow("if (text.trim().equalsIgnoreCase($S))", "false")
                .addStatement("return Boolean.FALSE").endControlFlow()
                .addStatement("throw new IllegalArgumentException($S + text)", "not a boolean: ").build());
        // dates, times and timestamps
        type.addMethod(writer("writeDate", LOCAL_DATE, "generator.writeString(value.toString())"));
        type.addMethod(reader("readDate", LOCAL_DATE, "VALUE_STRING", "parseDate(parser.getText())"));
        type.addMethod(parser("parseDate", LOCAL_DATE, "$T.parse(text.trim())", LOCAL_DATE));
        type.addMethod(writer("writeTimestamp", OFFSET_DATE_TIME,
                "generator.writeString($T.ISO_OFFSET_DATE_TIME.format(value))", FORMATTER));
        type.addMethod(reader("readTimestamp", OFFSET_DATE_TIME, "VALUE_STRING", "parseTimestamp(parser.getText())"));
        type.addMethod(MethodSpec.methodBuilder("parseTimestamp").addModifiers(PUBLIC, STATIC)
                .returns(OFFSET_DATE_TIME).addParameter(Types.STRING, "text")
                .addJavadoc("An ISO-8601 date-time; without an offset (as Athena and DuckDB print a"
                        + " {@code timestamp}) it is UTC.\n")
                .beginControlFlow("if (text == null)").addStatement("return null").endControlFlow()
                .addStatement("$T parsed = TIMESTAMP.parseBest(text.trim(), $T::from, $T::from)",
                        ClassName.get("java.time.temporal", "TemporalAccessor"), OFFSET_DATE_TIME, LOCAL_DATE_TIME)
                .addStatement("return parsed instanceof $T offset ? offset : (($T) parsed).atOffset($T.UTC)",
                        OFFSET_DATE_TIME, LOCAL_DATE_TIME, ZONE_OFFSET)
                .build());
        type.addMethod(writer("writeTime", LOCAL_TIME, "generator.writeString($T.ISO_LOCAL_TIME.format(value))",
                FORMATTER));
        type.addMethod(reader("readTime", LOCAL_TIME, "VALUE_STRING", "parseTime(parser.getText())"));
        type.addMethod(parser("parseTime", LOCAL_TIME, "$T.parse(text.trim())", LOCAL_TIME));
        // binary
        type.addMethod(writer("writeBinary", BYTES, "generator.writeBinary(value)"));
        type.addMethod(reader("readBinary", BYTES, "VALUE_STRING", "parser.getBinaryValue()"));
        type.addMethod(parser("parseBinary", BYTES, "$T.getDecoder().decode(text.trim())", BASE64));
        // string maps
        type.addMethod(MethodSpec.methodBuilder("writeStringMap").addModifiers(PUBLIC, STATIC)
                .addParameter(Types.JSON_GENERATOR, "generator").addParameter(STRING_MAP, "value")
                .addException(Types.IO_EXCEPTION)
                .beginControlFlow("if (value == null)").addStatement("generator.writeNull()").addStatement("return")
                .endControlFlow()
                .addStatement("generator.writeStartObject()")
                .beginControlFlow("for ($T<$T, $T> entry : new $T<>(value).entrySet())", Types.MAP.nestedClass("Entry"),
                        Types.STRING, Types.STRING, TREE_MAP)
                .addStatement("generator.writeStringField(entry.getKey(), entry.getValue())").endControlFlow()
                .addStatement("generator.writeEndObject()").build());
        type.addMethod(MethodSpec.methodBuilder("readStringMap").addModifiers(PUBLIC, STATIC).returns(STRING_MAP)
                .addParameter(Types.JSON_PARSER, "parser").addException(Types.IO_EXCEPTION)
                .beginControlFlow("if (parser.currentToken() == $T.VALUE_NULL)", Types.JSON_TOKEN)
                .addStatement("return null").endControlFlow()
                .addStatement("$T.expect(parser, $T.START_OBJECT)", json, Types.JSON_TOKEN)
                .addStatement("$T map = new $T<>()", STRING_MAP, LINKED_HASH_MAP)
                .beginControlFlow("while (parser.nextToken() == $T.FIELD_NAME)", Types.JSON_TOKEN)
                .addStatement("$T key = parser.currentName()", Types.STRING)
                .addStatement("parser.nextToken()")
                .addStatement("map.put(key, parser.currentToken() == $T.VALUE_NULL ? null : parser.getValueAsString())",
                        Types.JSON_TOKEN)
                .addStatement("parser.skipChildren()")
                .endControlFlow()
                .addStatement("return $T.unmodifiableMap(map)", COLLECTIONS).build());
        // canonical text (page tokens) and SQL literals (Athena execution parameters)
        type.addMethod(MethodSpec.methodBuilder("text").addModifiers(PUBLIC, STATIC).returns(Types.STRING)
                .addJavadoc("The text that the {@code parse} methods read back; null for null.\n")
                .addParameter(Types.OBJECT, "value")
                .beginControlFlow("if (value == null)").addStatement("return null")
                .nextControlFlow("else if (value instanceof $T decimal)", Types.BIG_DECIMAL)
                .addStatement("return decimal.toPlainString()")
                .nextControlFlow("else if (value instanceof $T timestamp)", OFFSET_DATE_TIME)
                .addStatement("return $T.ISO_OFFSET_DATE_TIME.format(timestamp)", FORMATTER)
                .nextControlFlow("else if (value instanceof $T time)", LOCAL_TIME)
                .addStatement("return $T.ISO_LOCAL_TIME.format(time)", FORMATTER)
                .nextControlFlow("else if (value instanceof byte[] bytes)")
                .addStatement("return $T.getEncoder().encodeToString(bytes)", BASE64)
                .endControlFlow()
                .addStatement("return value.toString()").build());
        type.addMethod(MethodSpec.methodBuilder("literal").addModifiers(PUBLIC, STATIC).returns(Types.STRING)
                .addJavadoc("A typed SQL literal (Trino syntax) of a value that the handler parsed and checked:"
                        + " strings are quoted with every quote doubled.\n")
                .addParameter(Types.OBJECT, "value")
                .beginControlFlow("if (value == null)").addStatement("return $S", "NULL")
                .nextControlFlow("else if (value instanceof $T text)", Types.STRING)
                .addStatement("return $S + text.replace($S, $S) + $S", "'", "'", "''", "'")
                .nextControlFlow("else if (value instanceof Integer || value instanceof Long)")
                .addStatement("return value.toString()")
                .nextControlFlow("else if (value instanceof $T decimal)", Types.BIG_DECIMAL)
                .addStatement("return $S + decimal.toPlainString() + $S", "DECIMAL '", "'")
                .nextControlFlow("else if (value instanceof Double || value instanceof Float)")
                .addStatement("return (value instanceof Float ? $S : $S) + value + $S", "REAL '", "DOUBLE '", "'")
                .nextControlFlow("else if (value instanceof Boolean)")
                .addStatement("return value.toString()")
                .nextControlFlow("else if (value instanceof $T date)", LOCAL_DATE)
                .addStatement("return $S + date + $S", "DATE '", "'")
                .nextControlFlow("else if (value instanceof $T timestamp)", OFFSET_DATE_TIME)
                .addStatement("return $S + SQL_TIMESTAMP.format(timestamp.atZoneSameInstant($T.UTC)"
                        + ".toLocalDateTime()) + $S", "TIMESTAMP '", ZONE_OFFSET, "'")
                .nextControlFlow("else if (value instanceof $T time)", LOCAL_TIME)
                .addStatement("return $S + $T.ISO_LOCAL_TIME.format(time) + $S", "'", FORMATTER, "'")
                .nextControlFlow("else if (value instanceof byte[] bytes)")
                .addStatement("return $S + $T.of().formatHex(bytes) + $S", "X'", HEX_FORMAT, "'")
                .endControlFlow()
                .addStatement("throw new IllegalArgumentException($S + value.getClass().getName())",
                        "no SQL literal for ")
                .build());
        return type.build();
    }

    private static MethodSpec writer(String name, TypeName type, String write, Object... args) {
        return MethodSpec.methodBuilder(name).addModifiers(PUBLIC, STATIC)
                .addParameter(Types.JSON_GENERATOR, "generator").addParameter(type, "value")
                .addException(Types.IO_EXCEPTION)
                .beginControlFlow("if (value == null)").addStatement("generator.writeNull()")
                .nextControlFlow("else").addStatement(write, args).endControlFlow().build();
    }

    private MethodSpec reader(String name, TypeName type, String token, String read) {
        return MethodSpec.methodBuilder(name).addModifiers(PUBLIC, STATIC).returns(type)
                .addParameter(Types.JSON_PARSER, "parser").addException(Types.IO_EXCEPTION)
                .beginControlFlow("if (parser.currentToken() == $T.VALUE_NULL)", Types.JSON_TOKEN)
                .addStatement("return null").endControlFlow()
                .addStatement("$T.expect(parser, $T.$L)", json, Types.JSON_TOKEN, token)
                .addStatement("return $L", read).build();
    }

    private MethodSpec numberReader(String name, TypeName type, String read) {
        return MethodSpec.methodBuilder(name).addModifiers(PUBLIC, STATIC).returns(type)
                .addParameter(Types.JSON_PARSER, "parser").addException(Types.IO_EXCEPTION)
                .beginControlFlow("if (parser.currentToken() == $T.VALUE_NULL)", Types.JSON_TOKEN)
                .addStatement("return null").endControlFlow()
                .beginControlFlow("if (!parser.currentToken().isNumeric())")
                .addStatement("$T.expect(parser, $T.VALUE_NUMBER_FLOAT)", json, Types.JSON_TOKEN).endControlFlow()
                .addStatement("return $L", read).build();
    }

    private static MethodSpec parser(String name, TypeName type, String parse, Object... args) {
        return MethodSpec.methodBuilder(name).addModifiers(PUBLIC, STATIC).returns(type)
                .addParameter(Types.STRING, "text")
                .addStatement("return text == null ? null : " + parse, args).build();
    }

    /** Checks of request parameters against the contract; every failure is a 400 that says what was expected. */
    private TypeSpec params() {
        ClassName integer = ClassName.get(Integer.class);
        TypeSpec.Builder type = TypeSpec.classBuilder(params).addModifiers(PUBLIC, FINAL)
                .addJavadoc("Parses and checks path and query parameters against the contract (types, ranges,"
                        + " lengths, patterns); a failure is a 400 naming the parameter. All return null for an"
                        + " absent (null) value.\n")
                .addField(FieldSpec.builder(Types.PATTERN, "INTEGER", PRIVATE, STATIC, FINAL)
                        .initializer("$T.compile($S)", Types.PATTERN, "-?[0-9]{1,19}").build())
                .addField(FieldSpec.builder(Types.PATTERN, "DECIMAL", PRIVATE, STATIC, FINAL)
                        .initializer("$T.compile($S)", Types.PATTERN, "-?[0-9]{1,1000}(\\.[0-9]{1,1000})?").build())
                .addField(FieldSpec.builder(Types.PATTERN, "NUMBER", PRIVATE, STATIC, FINAL)
                        .initializer("$T.compile($S)", Types.PATTERN,
                                "-?[0-9]{1,400}(\\.[0-9]{1,400})?([eE][-+]?[0-9]{1,3})?").build())
                .addField(FieldSpec.builder(Types.PATTERN, "UUID", PRIVATE, STATIC, FINAL)
                        .initializer("$T.compile($S)", Types.PATTERN,
                                "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}").build())
                .addMethod(privateConstructor().build());

        type.addMethod(MethodSpec.methodBuilder("string").addModifiers(PUBLIC, STATIC).returns(Types.STRING)
                .addJavadoc("A string of {@code minLength} to {@code maxLength} characters ({@code -1}: no"
                        + " limit) in which {@code pattern} (when not null) finds a match, as JSON Schema's"
                        + " {@code pattern} does.\n")
                .addParameter(Types.STRING, "name").addParameter(Types.STRING, "raw")
                .addParameter(TypeName.INT, "minLength").addParameter(TypeName.INT, "maxLength")
                .addParameter(Types.PATTERN, "pattern")
                .beginControlFlow("if (raw == null)").addStatement("return null").endControlFlow()
                .addStatement("int length = raw.codePointCount(0, raw.length())")
                .beginControlFlow("if (length < minLength)")
                .addStatement("throw invalid(name, raw, $S + minLength + $S)", "at least ", " characters long")
                .endControlFlow()
                .beginControlFlow("if (maxLength >= 0 && length > maxLength)")
                .addStatement("throw invalid(name, raw, $S + maxLength + $S)", "at most ", " characters long")
                .endControlFlow()
                .beginControlFlow("if (pattern != null && !pattern.matcher(raw).find())")
                .addStatement("throw invalid(name, raw, $S + pattern.pattern())", "text matching ")
                .endControlFlow()
                .addStatement("return raw").build());
        type.addMethod(MethodSpec.methodBuilder("uuid").addModifiers(PUBLIC, STATIC).returns(Types.STRING)
                .addParameter(Types.STRING, "name").addParameter(Types.STRING, "raw")
                .beginControlFlow("if (raw != null && !UUID.matcher(raw).matches())")
                .addStatement("throw invalid(name, raw, $S)", "a UUID such as 3f2c8a4e-6b1d-4c9e-9a57-0d6f1e2b7c31")
                .endControlFlow()
                .addStatement("return raw").build());
        type.addMethod(MethodSpec.methodBuilder("int64").addModifiers(PUBLIC, STATIC)
                .returns(ClassName.get(Long.class))
                .addJavadoc("A whole number from {@code min} to {@code max}, both included.\n")
                .addParameter(Types.STRING, "name").addParameter(Types.STRING, "raw")
                .addParameter(TypeName.LONG, "min").addParameter(TypeName.LONG, "max")
                .beginControlFlow("if (raw == null)").addStatement("return null").endControlFlow()
                .addStatement("$T expected = $S + min + $S + max", Types.STRING, "a whole number from ", " to ")
                .beginControlFlow("if (!INTEGER.matcher(raw).matches())")
                .addStatement("throw invalid(name, raw, expected)").endControlFlow()
                .addStatement("long value")
                .beginControlFlow("try").addStatement("value = Long.parseLong(raw)")
                .nextControlFlow("catch ($T e)", NumberFormatException.class)
                .addStatement("throw invalid(name, raw, expected)").endControlFlow()
                .beginControlFlow("if (value < min || value > max)")
                .addStatement("throw invalid(name, raw, expected)").endControlFlow()
                .addStatement("return value").build());
        type.addMethod(MethodSpec.methodBuilder("int32").addModifiers(PUBLIC, STATIC).returns(integer)
                .addJavadoc("A whole number from {@code min} to {@code max}, both included and within int.\n")
                .addParameter(Types.STRING, "name").addParameter(Types.STRING, "raw")
                .addParameter(TypeName.INT, "min").addParameter(TypeName.INT, "max")
                .addStatement("$T value = int64(name, raw, min, max)", ClassName.get(Long.class))
                .addStatement("return value == null ? null : $T.valueOf(value.intValue())", integer).build());
        type.addMethod(MethodSpec.methodBuilder("decimal").addModifiers(PUBLIC, STATIC).returns(Types.BIG_DECIMAL)
                .addJavadoc("A plain decimal number that fits {@code decimal(precision, scale)} within the bounds"
                        + " (null: none).\n")
                .addParameter(Types.STRING, "name").addParameter(Types.STRING, "raw")
                .addParameter(TypeName.INT, "precision").addParameter(TypeName.INT, "scale")
                .addParameter(Types.BIG_DECIMAL, "min").addParameter(TypeName.BOOLEAN, "minExclusive")
                .addParameter(Types.BIG_DECIMAL, "max").addParameter(TypeName.BOOLEAN, "maxExclusive")
                .beginControlFlow("if (raw == null)").addStatement("return null").endControlFlow()
                .beginControlFlow("if (!DECIMAL.matcher(raw).matches())")
                .addStatement("throw invalid(name, raw, $S + precision + $S + scale + $S)", "a decimal number(",
                        ",", ") such as 12.34")
                .endControlFlow()
                .addStatement("$T value = new $T(raw)", Types.BIG_DECIMAL, Types.BIG_DECIMAL)
                .beginControlFlow("if (value.stripTrailingZeros().scale() > scale)")
                .addStatement("throw invalid(name, raw, $S + scale + $S)", "a number with at most ",
                        " decimal places")
                .endControlFlow()
                .beginControlFlow("if (value.precision() - value.scale() > precision - scale)")
                .addStatement("throw invalid(name, raw, $S + (precision - scale) + $S)", "a number with at most ",
                        " digits before the decimal point")
                .endControlFlow()
                .addStatement("checkBounds(name, raw, value, min, minExclusive, max, maxExclusive)")
                .addStatement("return value").build());
        type.addMethod(MethodSpec.methodBuilder("float64").addModifiers(PUBLIC, STATIC)
                .returns(ClassName.get(Double.class))
                .addJavadoc("A finite number within the bounds (null: none).\n")
                .addParameter(Types.STRING, "name").addParameter(Types.STRING, "raw")
                .addParameter(Types.BIG_DECIMAL, "min").addParameter(TypeName.BOOLEAN, "minExclusive")
                .addParameter(Types.BIG_DECIMAL, "max").addParameter(TypeName.BOOLEAN, "maxExclusive")
                .beginControlFlow("if (raw == null)").addStatement("return null").endControlFlow()
                .beginControlFlow("if (!NUMBER.matcher(raw).matches())")
                .addStatement("throw invalid(name, raw, $S)", "a number such as 1.5 or 2E-3").endControlFlow()
                .addStatement("double value = Double.parseDouble(raw)")
                .beginControlFlow("if (Double.isInfinite(value))")
                .addStatement("throw invalid(name, raw, $S)", "a finite number").endControlFlow()
                .addStatement("checkBounds(name, raw, new $T(raw), min, minExclusive, max, maxExclusive)",
                        Types.BIG_DECIMAL)
                .addStatement("return value").build());
        type.addMethod(MethodSpec.methodBuilder("float32").addModifiers(PUBLIC, STATIC)
                .returns(ClassName.get(Float.class))
                .addParameter(Types.STRING, "name").addParameter(Types.STRING, "raw")
                .addParameter(Types.BIG_DECIMAL, "min").addParameter(TypeName.BOOLEAN, "minExclusive")
                .addParameter(Types.BIG_DECIMAL, "max").addParameter(TypeName.BOOLEAN, "maxExclusive")
                .addStatement("$T value = float64(name, raw, min, minExclusive, max, maxExclusive)",
                        ClassName.get(Double.class))
                .beginControlFlow("if (value != null && Float.isInfinite(value.floatValue()))")
                .addStatement("throw invalid(name, raw, $S)", "a number within the range of float").endControlFlow()
                .addStatement("return value == null ? null : Float.valueOf(value.floatValue())").build());
        type.addMethod(MethodSpec.methodBuilder("checkBounds").addModifiers(PRIVATE, STATIC)
                .addParameter(Types.STRING, "name").addParameter(Types.STRING, "raw")
                .addParameter(Types.BIG_DECIMAL, "value")
                .addParameter(Types.BIG_DECIMAL, "min").addParameter(TypeName.BOOLEAN, "minExclusive")
                .addParameter(Types.BIG_DECIMAL, "max").addParameter(TypeName.BOOLEAN, "maxExclusive")
                .beginControlFlow("if (min != null && (minExclusive ? value.compareTo(min) <= 0 : value.compareTo(min)"
                        + " < 0))")
                .addStatement("throw invalid(name, raw, (minExclusive ? $S : $S) + min.toPlainString())",
                        "a number greater than ", "a number of at least ")
                .endControlFlow()
                .beginControlFlow("if (max != null && (maxExclusive ? value.compareTo(max) >= 0 : value.compareTo(max)"
                        + " > 0))")
                .addStatement("throw invalid(name, raw, (maxExclusive ? $S : $S) + max.toPlainString())",
                        "a number less than ", "a number of at most ")
                .endControlFlow().build());
        type.addMethod(MethodSpec.methodBuilder("bool").addModifiers(PUBLIC, STATIC)
                .returns(ClassName.get(Boolean.class))
                .addParameter(Types.STRING, "name").addParameter(Types.STRING, "raw")
                .beginControlFlow("if (raw == null)").addStatement("return null").endControlFlow()
                .beginControlFlow("if (raw.equals($S) || raw.equals($S))", "true", "false")
                .addStatement("return Boolean.valueOf(raw)").endControlFlow()
                .addStatement("throw invalid(name, raw, $S)", "true or false").build());
        type.addMethod(temporal("date", LOCAL_DATE, "$T.parse(raw)", "a date such as 2025-03-01"));
        type.addMethod(temporal("timestamp", OFFSET_DATE_TIME, "$T.parse(raw)",
                "an ISO-8601 date-time with offset such as 2025-03-01T10:42:17Z"));
        type.addMethod(temporal("time", LOCAL_TIME, "$T.parse(raw)", "a time such as 10:42:17"));
        type.addMethod(MethodSpec.methodBuilder("binary").addModifiers(PUBLIC, STATIC).returns(BYTES)
                .addParameter(Types.STRING, "name").addParameter(Types.STRING, "raw")
                .beginControlFlow("if (raw == null)").addStatement("return null").endControlFlow()
                .beginControlFlow("try").addStatement("return $T.getDecoder().decode(raw)", BASE64)
                .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
                .addStatement("throw invalid(name, raw, $S)", "base64 text").endControlFlow().build());
        type.addMethod(MethodSpec.methodBuilder("limit").addModifiers(PUBLIC, STATIC).returns(TypeName.INT)
                .addJavadoc("The page size: {@code defaultLimit} when absent, else from {@code min} to {@code max}.\n")
                .addParameter(Types.STRING, "raw").addParameter(TypeName.INT, "min").addParameter(TypeName.INT, "max")
                .addParameter(TypeName.INT, "defaultLimit")
                .addStatement("$T value = int32($S, raw, min, max)", integer, "limit")
                .addStatement("return value == null ? defaultLimit : value.intValue()").build());
        type.addMethod(MethodSpec.methodBuilder("allowOnly").addModifiers(PUBLIC, STATIC)
                .addJavadoc("Fails on a query parameter the operation does not declare (a typo must not silently"
                        + " widen a filter).\n")
                .addParameter(STRING_MAP, "query")
                .addParameter(ParameterizedTypeName.get(Types.SET, Types.STRING), "allowed")
                .beginControlFlow("for ($T name : new $T<>(query.keySet()))", Types.STRING, TREE_SET)
                .beginControlFlow("if (!allowed.contains(name))")
                .addStatement("throw $T.badRequest($S, $S + shorten(name) + (allowed.isEmpty() ? $S : $S"
                        + " + $T.join($S, new $T<>(allowed)) + $S))", apiException, "UNKNOWN_PARAMETER",
                        "Unknown query parameter '", "'; this operation takes none.",
                        "'; this operation takes: ", Types.STRING, ", ", TREE_SET, ".")
                .endControlFlow().endControlFlow().build());
        type.addMethod(MethodSpec.methodBuilder("invalid").addModifiers(PUBLIC, STATIC).returns(apiException)
                .addJavadoc("The 400 for a parameter that is not {@code expected}.\n")
                .addParameter(Types.STRING, "name").addParameter(Types.STRING, "raw")
                .addParameter(Types.STRING, "expected")
                .addStatement("return $T.badRequest($S, $S + name + $S + expected + $S + shorten(raw) + $S)",
                        apiException, "INVALID_PARAMETER", "Parameter '", "' must be ", ", not '", "'.")
                .build());
        type.addMethod(MethodSpec.methodBuilder("shorten").addModifiers(PRIVATE, STATIC).returns(Types.STRING)
                .addParameter(Types.STRING, "raw")
                .addStatement("return raw.length() <= 64 ? raw : raw.substring(0, 64) + $S", "...").build());
        return type.build();
    }

    private MethodSpec temporal(String name, ClassName type, String parse, String expected) {
        return MethodSpec.methodBuilder(name).addModifiers(PUBLIC, STATIC).returns(type)
                .addParameter(Types.STRING, "name").addParameter(Types.STRING, "raw")
                .beginControlFlow("if (raw == null)").addStatement("return null").endControlFlow()
                .beginControlFlow("try").addStatement("return " + parse, type)
                .nextControlFlow("catch ($T e)", PARSE_EXCEPTION)
                .addStatement("throw invalid(name, raw, $S)", expected).endControlFlow().build();
    }

    private TypeSpec pageTokens() {
        ClassName base64 = BASE64;
        return TypeSpec.classBuilder(pageTokens).addModifiers(PUBLIC, FINAL)
                .addJavadoc("Opaque, tamper-evident page tokens: the last row's key values as a JSON array, with an"
                        + " HMAC-SHA256 over them and the operation, both base64url. A token this API did not issue"
                        + " (or issued under another key) is a 400.\n")
                .addField(FieldSpec.builder(Types.STRING, "KEY_ENVIRONMENT", PUBLIC, STATIC, FINAL)
                        .addJavadoc("The environment variable holding the signing key (any text, at least 32"
                                + " characters recommended).\n")
                        .initializer("$S", "MESH_PAGE_TOKEN_KEY").build())
                .addField(FieldSpec.builder(Types.STRING, "ALGORITHM", PRIVATE, STATIC, FINAL)
                        .initializer("$S", "HmacSHA256").build())
                .addField(FieldSpec.builder(TypeName.INT, "MAX_LENGTH", PRIVATE, STATIC, FINAL)
                        .initializer("4096").build())
                .addField(SECRET_KEY_SPEC, "key", PRIVATE, FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(PUBLIC).addParameter(BYTES, "key")
                        .beginControlFlow("if (key.length == 0)")
                        .addStatement("throw new IllegalArgumentException($S)", "the page token key is empty")
                        .endControlFlow()
                        .addStatement("this.key = new $T(key.clone(), ALGORITHM)", SECRET_KEY_SPEC).build())
                .addMethod(MethodSpec.methodBuilder("fromEnvironment").addModifiers(PUBLIC, STATIC)
                        .returns(pageTokens)
                        .addJavadoc("The key from {@code MESH_PAGE_TOKEN_KEY}; without it a random key, so that"
                                + " tokens hold only within this instance (logged once).\n")
                        .addStatement("$T text = System.getenv(KEY_ENVIRONMENT)", Types.STRING)
                        .beginControlFlow("if (text == null || text.isBlank())")
                        .addStatement("byte[] random = new byte[32]")
                        .addStatement("new $T().nextBytes(random)", SECURE_RANDOM)
                        .addStatement("$T.getLogger().log(KEY_ENVIRONMENT + $S)", Types.LAMBDA_RUNTIME,
                                " is not set: page tokens are signed with a random key and hold only on this"
                                        + " instance.\n")
                        .addStatement("return new $T(random)", pageTokens)
                        .endControlFlow()
                        .addStatement("return new $T(text.getBytes($T.UTF_8))", pageTokens, UTF_8_HOLDER).build())
                .addMethod(MethodSpec.methodBuilder("encode").addModifiers(PUBLIC).returns(Types.STRING)
                        .addJavadoc("A token for {@code scope} (the operation) carrying {@code values}.\n")
                        .addParameter(Types.STRING, "scope").addParameter(STRING_LIST, "values")
                        .addStatement("byte[] payload = $T.write(generator -> {$>\n"
                                + "generator.writeStartArray();\n"
                                + "for ($T value : values) {$>\n"
                                + "generator.writeString(value);\n"
                                + "$<}\n"
                                + "generator.writeEndArray();\n"
                                + "$<}).getBytes($T.UTF_8)", json, Types.STRING, UTF_8_HOLDER)
                        .addStatement("$T.Encoder encoder = $T.getUrlEncoder().withoutPadding()", base64, base64)
                        .addStatement("return encoder.encodeToString(payload) + $S"
                                + " + encoder.encodeToString(mac(scope, payload))", ".")
                        .build())
                .addMethod(MethodSpec.methodBuilder("decode").addModifiers(PUBLIC).returns(STRING_LIST)
                        .addJavadoc("The {@code count} values of a token issued for {@code scope}, or a 400.\n")
                        .addParameter(Types.STRING, "scope").addParameter(Types.STRING, "token")
                        .addParameter(TypeName.INT, "count")
                        .addStatement("int dot = token.indexOf('.')")
                        .beginControlFlow("if (token.length() > MAX_LENGTH || dot < 0)")
                        .addStatement("throw invalid()").endControlFlow()
                        .addStatement("byte[] payload")
                        .addStatement("byte[] signature")
                        .beginControlFlow("try")
                        .addStatement("payload = $T.getUrlDecoder().decode(token.substring(0, dot))", base64)
                        .addStatement("signature = $T.getUrlDecoder().decode(token.substring(dot + 1))", base64)
                        .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
                        .addStatement("throw invalid()").endControlFlow()
                        .beginControlFlow("if (!$T.isEqual(signature, mac(scope, payload)))", MESSAGE_DIGEST)
                        .addStatement("throw invalid()").endControlFlow()
                        .addStatement("$T values = new $T<>()", STRING_LIST, Types.ARRAY_LIST)
                        .beginControlFlow("try ($T parser = $T.FACTORY.createParser(payload))", Types.JSON_PARSER, json)
                        .beginControlFlow("if (parser.nextToken() != $T.START_ARRAY)", Types.JSON_TOKEN)
                        .addStatement("throw invalid()").endControlFlow()
                        .beginControlFlow("for ($T next = parser.nextToken(); next != $T.END_ARRAY;"
                                + " next = parser.nextToken())", Types.JSON_TOKEN, Types.JSON_TOKEN)
                        .beginControlFlow("if (next == $T.VALUE_STRING)", Types.JSON_TOKEN)
                        .addStatement("values.add(parser.getText())")
                        .nextControlFlow("else if (next == $T.VALUE_NULL)", Types.JSON_TOKEN)
                        .addStatement("values.add(null)")
                        .nextControlFlow("else").addStatement("throw invalid()").endControlFlow()
                        .endControlFlow()
                        .nextControlFlow("catch ($T e)", Types.IO_EXCEPTION)
                        .addStatement("throw invalid()").endControlFlow()
                        .beginControlFlow("if (values.size() != count)").addStatement("throw invalid()")
                        .endControlFlow()
                        .addStatement("return values").build())
                .addMethod(MethodSpec.methodBuilder("invalid").addModifiers(PUBLIC, STATIC).returns(apiException)
                        .addJavadoc("The 400 for a token this API did not issue.\n")
                        .addStatement("return $T.badRequest($S, $S)", apiException, "INVALID_NEXT_TOKEN",
                                "Parameter 'nextToken' is not a token this API issued (or it has expired); omit it to"
                                        + " start from the first page.")
                        .build())
                .addMethod(MethodSpec.methodBuilder("mac").addModifiers(PRIVATE).returns(BYTES)
                        .addParameter(Types.STRING, "scope").addParameter(BYTES, "payload")
                        .beginControlFlow("try")
                        .addStatement("$T mac = $T.getInstance(ALGORITHM)", MAC, MAC)
                        .addStatement("mac.init(key)")
                        .addStatement("mac.update(scope.getBytes($T.UTF_8))", UTF_8_HOLDER)
                        .addStatement("mac.update((byte) 0)")
                        .addStatement("return mac.doFinal(payload)")
                        .nextControlFlow("catch ($T e)", SECURITY_EXCEPTION)
                        .addStatement("throw new IllegalStateException($S, e)", "HmacSHA256 is not available")
                        .endControlFlow().build())
                .build();
    }

    private TypeSpec http() {
        return TypeSpec.classBuilder(http).addModifiers(PUBLIC, FINAL)
                .addJavadoc("API Gateway HTTP API (payload 2.0) events in, JSON responses out.\n")
                .addMethod(privateConstructor().build())
                .addMethod(MethodSpec.methodBuilder("json").addModifiers(PUBLIC, STATIC).returns(Types.RESPONSE)
                        .addParameter(TypeName.INT, "status").addParameter(Types.STRING, "body")
                        .addStatement("$T response = new $T()", Types.RESPONSE, Types.RESPONSE)
                        .addStatement("response.setStatusCode(status)")
                        .addStatement("response.setHeaders($T.of($S, $S))", Types.MAP, "content-type",
                                "application/json")
                        .addStatement("response.setBody(body)")
                        .addStatement("response.setIsBase64Encoded(false)")
                        .addStatement("return response").build())
                .addMethod(MethodSpec.methodBuilder("error").addModifiers(PUBLIC, STATIC).returns(Types.RESPONSE)
                        .addJavadoc("The spec's {@code Error} body: {@code code}, {@code message} and, when known,"
                                + " {@code requestId}.\n")
                        .addParameter(TypeName.INT, "status").addParameter(Types.STRING, "code")
                        .addParameter(Types.STRING, "message").addParameter(Types.STRING, "requestId")
                        .addStatement("return json(status, $T.write(generator -> {$>\n"
                                + "generator.writeStartObject();\n"
                                + "generator.writeStringField($S, code);\n"
                                + "generator.writeStringField($S, message);\n"
                                + "if (requestId != null) {$>\n"
                                + "generator.writeStringField($S, requestId);\n"
                                + "$<}\n"
                                + "generator.writeEndObject();\n"
                                + "$<}))", json, "code", "message", "requestId")
                        .build())
                .addMethod(MethodSpec.methodBuilder("requestId").addModifiers(PUBLIC, STATIC).returns(Types.STRING)
                        .addParameter(Types.EVENT, "event").addParameter(Types.CONTEXT, "context")
                        .beginControlFlow("if (event != null && event.getRequestContext() != null"
                                + " && event.getRequestContext().getRequestId() != null)")
                        .addStatement("return event.getRequestContext().getRequestId()").endControlFlow()
                        .addStatement("return context == null ? null : context.getAwsRequestId()").build())
                .addMethod(MethodSpec.methodBuilder("method").addModifiers(PUBLIC, STATIC).returns(Types.STRING)
                        .addParameter(Types.EVENT, "event")
                        .addStatement("$T context = event.getRequestContext()", EVENT_CONTEXT)
                        .beginControlFlow("if (context != null && context.getHttp() != null"
                                + " && context.getHttp().getMethod() != null)")
                        .addStatement("return context.getHttp().getMethod().toUpperCase($T.ROOT)", LOCALE)
                        .endControlFlow()
                        .addStatement("$T routeKey = event.getRouteKey()", Types.STRING)
                        .addStatement("int space = routeKey == null ? -1 : routeKey.indexOf(' ')")
                        .addStatement("return space < 0 ? $S : routeKey.substring(0, space)", "GET").build())
                .addMethod(MethodSpec.methodBuilder("routeKey").addModifiers(PUBLIC, STATIC).returns(Types.STRING)
                        .addJavadoc("The route API Gateway matched ({@code GET /table/{key}}), or null for the"
                                + " {@code $$default} route and the local adapter: then the path decides.\n")
                        .addParameter(Types.EVENT, "event")
                        .addStatement("$T routeKey = event.getRouteKey()", Types.STRING)
                        .addStatement("return routeKey == null || routeKey.equals($S) ? null : routeKey", "$default")
                        .build())
                .addMethod(MethodSpec.methodBuilder("pathParameter").addModifiers(PUBLIC, STATIC)
                        .returns(Types.STRING)
                        .addParameter(Types.EVENT, "event").addParameter(Types.STRING, "name")
                        .addStatement("$T values = event.getPathParameters()", STRING_MAP)
                        .addStatement("$T value = values == null ? null : values.get(name)", Types.STRING)
                        .beginControlFlow("if (value == null)")
                        .addStatement("throw $T.notFound($S + name + $S)", apiException, "Path parameter '",
                                "' is missing.")
                        .endControlFlow()
                        .addStatement("return value").build())
                .addMethod(MethodSpec.methodBuilder("segments").addModifiers(PUBLIC, STATIC).returns(STRING_LIST)
                        .addJavadoc("The decoded segments of the request path, without the stage prefix of a named"
                                + " stage and without a trailing slash.\n")
                        .addParameter(Types.EVENT, "event")
                        .addStatement("$T path = event.getRawPath()", Types.STRING)
                        .addStatement("$T context = event.getRequestContext()", EVENT_CONTEXT)
                        .beginControlFlow("if (path == null && context != null && context.getHttp() != null)")
                        .addStatement("path = context.getHttp().getPath()").endControlFlow()
                        .beginControlFlow("if (path == null || path.isEmpty())").addStatement("path = $S", "/")
                        .endControlFlow()
                        .addStatement("$T stage = context == null ? null : context.getStage()", Types.STRING)
                        .beginControlFlow("if (stage != null && !stage.equals($S) && path.startsWith($S + stage + $S))",
                                "$default", "/", "/")
                        .addStatement("path = path.substring(stage.length() + 1)").endControlFlow()
                        .beginControlFlow("if (path.length() > 1 && path.endsWith($S))", "/")
                        .addStatement("path = path.substring(0, path.length() - 1)").endControlFlow()
                        .addStatement("$T segments = new $T<>()", STRING_LIST, Types.ARRAY_LIST)
                        .beginControlFlow("for ($T segment : path.substring(path.startsWith($S) ? 1 : 0).split($S, -1))",
                                Types.STRING, "/", "/")
                        .addStatement("segments.add(decode(segment.replace($S, $S)))", "+", "%2B").endControlFlow()
                        .addStatement("return segments").build())
                .addMethod(MethodSpec.methodBuilder("query").addModifiers(PUBLIC, STATIC).returns(STRING_MAP)
                        .addJavadoc("The query parameters, decoded; a parameter given twice is a 400.\n")
                        .addParameter(Types.EVENT, "event")
                        .addStatement("$T query = new $T<>()", STRING_MAP, HASH_MAP)
                        .addStatement("$T raw = event.getRawQueryString()", Types.STRING)
                        .beginControlFlow("if (raw == null || raw.isEmpty())")
                        .beginControlFlow("if (event.getQueryStringParameters() != null)")
                        .addStatement("query.putAll(event.getQueryStringParameters())").endControlFlow()
                        .addStatement("return query").endControlFlow()
                        .beginControlFlow("for ($T pair : raw.split($S))", Types.STRING, "&")
                        .beginControlFlow("if (pair.isEmpty())").addStatement("continue").endControlFlow()
                        .addStatement("int equals = pair.indexOf('=')")
                        .addStatement("$T name = decode(equals < 0 ? pair : pair.substring(0, equals))", Types.STRING)
                        .addStatement("$T value = equals < 0 ? $S : decode(pair.substring(equals + 1))", Types.STRING,
                                "")
                        .beginControlFlow("if (query.put(name, value) != null)")
                        .addStatement("throw $T.badRequest($S, $S + name + $S)", apiException, "DUPLICATE_PARAMETER",
                                "Query parameter '", "' is given more than once.")
                        .endControlFlow().endControlFlow()
                        .addStatement("return query").build())
                .addMethod(MethodSpec.methodBuilder("decode").addModifiers(PRIVATE, STATIC).returns(Types.STRING)
                        .addParameter(Types.STRING, "text")
                        .beginControlFlow("try")
                        .addStatement("return $T.decode(text, $T.UTF_8)", URL_DECODER, UTF_8_HOLDER)
                        .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
                        .addStatement("throw $T.badRequest($S, $S)", apiException, "INVALID_ENCODING",
                                "The request URL is not valid percent-encoded UTF-8.")
                        .endControlFlow().build())
                .build();
    }

    private TypeSpec select() {
        return TypeSpec.classBuilder(select).addModifiers(PUBLIC, FINAL)
                .addJavadoc("A SELECT built from SQL text of the generated code and {@code ?} placeholders:"
                        + " request values only ever travel as parameters.\n")
                .addField(StringBuilder.class, "sql", PRIVATE, FINAL)
                .addField(FieldSpec.builder(OBJECT_LIST, "parameters", PRIVATE, FINAL)
                        .initializer("new $T<>()", Types.ARRAY_LIST).build())
                .addField(TypeName.BOOLEAN, "where", PRIVATE)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(PUBLIC)
                        .addParameter(Types.STRING, "selectFrom")
                        .addStatement("this.sql = new StringBuilder(selectFrom)").build())
                .addMethod(MethodSpec.methodBuilder("where").addModifiers(PUBLIC).returns(select)
                        .addJavadoc("Adds a condition (SQL of the generated code) and the values of its"
                                + " placeholders.\n")
                        .addParameter(Types.STRING, "condition").addParameter(ArrayTypeName.of(Types.OBJECT), "values")
                        .varargs(true)
                        .addStatement("sql.append(where ? $S : $S).append(condition)", " AND ", " WHERE ")
                        .addStatement("where = true")
                        .addStatement("parameters.addAll($T.asList(values))", Types.ARRAYS)
                        .addStatement("return this").build())
                .addMethod(MethodSpec.methodBuilder("whereEquals").addModifiers(PUBLIC).returns(select)
                        .addJavadoc("Adds {@code column = ?} unless the value is null (no filter).\n")
                        .addParameter(Types.STRING, "column").addParameter(Types.OBJECT, "value")
                        .addStatement("return value == null ? this : where(column + $S, value)", " = ?").build())
                .addMethod(MethodSpec.methodBuilder("orderBy").addModifiers(PUBLIC).returns(select)
                        .addParameter(Types.STRING, "columns")
                        .addStatement("sql.append($S).append(columns)", " ORDER BY ")
                        .addStatement("return this").build())
                .addMethod(MethodSpec.methodBuilder("offset").addModifiers(PUBLIC).returns(select)
                        .addParameter(TypeName.LONG, "offset")
                        .addStatement("sql.append($S)", " OFFSET ?")
                        .addStatement("parameters.add(offset)")
                        .addStatement("return this").build())
                .addMethod(MethodSpec.methodBuilder("limit").addModifiers(PUBLIC).returns(select)
                        .addParameter(TypeName.INT, "limit")
                        .addStatement("sql.append($S)", " LIMIT ?")
                        .addStatement("parameters.add(limit)")
                        .addStatement("return this").build())
                .addMethod(MethodSpec.methodBuilder("sql").addModifiers(PUBLIC).returns(Types.STRING)
                        .addStatement("return sql.toString()").build())
                .addMethod(MethodSpec.methodBuilder("parameters").addModifiers(PUBLIC).returns(OBJECT_LIST)
                        .addStatement("return $T.unmodifiableList(parameters)", COLLECTIONS).build())
                .build();
    }

    private TypeSpec sqlDialect() {
        return TypeSpec.enumBuilder(sqlDialect).addModifiers(PUBLIC)
                .addJavadoc("How an engine turns a struct, array or map column into JSON text.\n")
                .addEnumConstant("DUCKDB", TypeSpec.anonymousClassBuilder("$S, $S", "CAST(to_json(", ") AS VARCHAR)")
                        .addJavadoc("DuckDB (local runs and tests).\n").build())
                .addEnumConstant("TRINO", TypeSpec.anonymousClassBuilder("$S, $S", "json_format(CAST(", " AS JSON))")
                        .addJavadoc("Trino and Athena engine v3.\n").build())
                .addField(Types.STRING, "prefix", PRIVATE, FINAL)
                .addField(Types.STRING, "suffix", PRIVATE, FINAL)
                .addMethod(MethodSpec.constructorBuilder().addParameter(Types.STRING, "prefix")
                        .addParameter(Types.STRING, "suffix")
                        .addStatement("this.prefix = prefix").addStatement("this.suffix = suffix").build())
                .addMethod(MethodSpec.methodBuilder("json").addModifiers(PUBLIC).returns(Types.STRING)
                        .addJavadoc("The expression giving the (quoted) column as JSON text.\n")
                        .addParameter(Types.STRING, "column")
                        .addStatement("return prefix + column + suffix").build())
                .build();
    }

    private TypeSpec connectionSource() {
        return TypeSpec.interfaceBuilder(connectionSource).addModifiers(PUBLIC)
                .addAnnotation(FunctionalInterface.class)
                .addJavadoc("Opens a JDBC connection for one query; the caller closes it.\n")
                .addMethod(MethodSpec.methodBuilder("open").addModifiers(PUBLIC, ABSTRACT).returns(CONNECTION)
                        .addException(SQL_EXCEPTION).build())
                .build();
    }

    private TypeSpec jdbc() {
        ClassName rowMapper = jdbc.nestedClass("RowMapper");
        TypeSpec.Builder type = TypeSpec.classBuilder(jdbc).addModifiers(PUBLIC, FINAL)
                .addJavadoc("Plain JDBC: prepared statements only, typed getters that keep decimals exact and read"
                        + " timestamps as UTC.\n")
                .addType(TypeSpec.interfaceBuilder("RowMapper").addModifiers(PUBLIC).addTypeVariable(T)
                        .addAnnotation(FunctionalInterface.class)
                        .addMethod(MethodSpec.methodBuilder("map").addModifiers(PUBLIC, ABSTRACT).returns(T)
                                .addParameter(RESULT_SET, "row").addException(SQL_EXCEPTION).build())
                        .build())
                .addMethod(privateConstructor().build())
                .addMethod(MethodSpec.methodBuilder("query").addModifiers(PUBLIC, STATIC).addTypeVariable(T)
                        .returns(Types.listOf(T))
                        .addParameter(connectionSource, "connections").addParameter(select, "select")
                        .addParameter(ParameterizedTypeName.get(rowMapper, T), "mapper")
                        .beginControlFlow("try ($T connection = connections.open();\n$T statement ="
                                + " connection.prepareStatement(select.sql()))", CONNECTION, PREPARED_STATEMENT)
                        .addStatement("$T parameters = select.parameters()", OBJECT_LIST)
                        .beginControlFlow("for (int i = 0; i < parameters.size(); i++)")
                        .addStatement("bind(statement, i + 1, parameters.get(i))").endControlFlow()
                        .beginControlFlow("try ($T result = statement.executeQuery())", RESULT_SET)
                        .addStatement("$T<T> rows = new $T<>()", Types.LIST, Types.ARRAY_LIST)
                        .beginControlFlow("while (result.next())").addStatement("rows.add(mapper.map(result))")
                        .endControlFlow()
                        .addStatement("return rows").endControlFlow()
                        .nextControlFlow("catch ($T e)", SQL_EXCEPTION)
                        .addStatement("throw new $T($S + e.getMessage(), e, false)", dataAccessException,
                                "The query failed: ")
                        .endControlFlow().build())
                .addMethod(MethodSpec.methodBuilder("bind").addModifiers(PUBLIC, STATIC)
                        .addParameter(PREPARED_STATEMENT, "statement").addParameter(TypeName.INT, "index")
                        .addParameter(Types.OBJECT, "value").addException(SQL_EXCEPTION)
                        .beginControlFlow("if (value == null)").addStatement("statement.setNull(index, $T.NULL)",
                                SQL_TYPES)
                        .nextControlFlow("else if (value instanceof $T text)", Types.STRING)
                        .addStatement("statement.setString(index, text)")
                        .nextControlFlow("else if (value instanceof Integer number)")
                        .addStatement("statement.setInt(index, number.intValue())")
                        .nextControlFlow("else if (value instanceof Long number)")
                        .addStatement("statement.setLong(index, number.longValue())")
                        .nextControlFlow("else if (value instanceof Float number)")
                        .addStatement("statement.setFloat(index, number.floatValue())")
                        .nextControlFlow("else if (value instanceof Double number)")
                        .addStatement("statement.setDouble(index, number.doubleValue())")
                        .nextControlFlow("else if (value instanceof $T number)", Types.BIG_DECIMAL)
                        .addStatement("statement.setBigDecimal(index, number)")
                        .nextControlFlow("else if (value instanceof Boolean flag)")
                        .addStatement("statement.setBoolean(index, flag.booleanValue())")
                        .nextControlFlow("else if (value instanceof $T date)", LOCAL_DATE)
                        .addStatement("statement.setObject(index, date)")
                        .nextControlFlow("else if (value instanceof $T timestamp)", OFFSET_DATE_TIME)
                        .addStatement("statement.setObject(index, timestamp.atZoneSameInstant($T.UTC)"
                                + ".toLocalDateTime())", ZONE_OFFSET)
                        .nextControlFlow("else if (value instanceof $T time)", LOCAL_TIME)
                        .addStatement("statement.setString(index, $T.ISO_LOCAL_TIME.format(time))", FORMATTER)
                        .nextControlFlow("else if (value instanceof byte[] bytes)")
                        .addStatement("statement.setBytes(index, bytes)")
                        .nextControlFlow("else")
                        .addStatement("throw new IllegalArgumentException($S + value.getClass().getName())",
                                "cannot bind ")
                        .endControlFlow().build())
                .addMethod(getter("getString", Types.STRING, "return row.getString(index)"))
                .addMethod(boxedGetter("getInt", ClassName.get(Integer.class), "int", "getInt"))
                .addMethod(boxedGetter("getLong", ClassName.get(Long.class), "long", "getLong"))
                .addMethod(boxedGetter("getFloat", ClassName.get(Float.class), "float", "getFloat"))
                .addMethod(boxedGetter("getDouble", ClassName.get(Double.class), "double", "getDouble"))
                .addMethod(boxedGetter("getBoolean", ClassName.get(Boolean.class), "boolean", "getBoolean"))
                .addMethod(MethodSpec.methodBuilder("getDecimal").addModifiers(PUBLIC, STATIC)
                        .returns(Types.BIG_DECIMAL)
                        .addParameter(RESULT_SET, "row").addParameter(TypeName.INT, "index")
                        .addParameter(TypeName.INT, "scale").addException(SQL_EXCEPTION)
                        .addStatement("return $T.scale(row.getBigDecimal(index), scale)", values).build())
                .addMethod(getter("getDate", LOCAL_DATE, "return row.getObject(index, $T.class)", LOCAL_DATE))
                .addMethod(MethodSpec.methodBuilder("getTimestamp").addModifiers(PUBLIC, STATIC)
                        .returns(OFFSET_DATE_TIME)
                        .addJavadoc("A timestamp column; one without a time zone holds UTC.\n")
                        .addParameter(RESULT_SET, "row").addParameter(TypeName.INT, "index")
                        .addException(SQL_EXCEPTION)
                        .addStatement("$T value = row.getObject(index)", Types.OBJECT)
                        .beginControlFlow("if (value == null)").addStatement("return null")
                        .nextControlFlow("else if (value instanceof $T offset)", OFFSET_DATE_TIME)
                        .addStatement("return offset")
                        .nextControlFlow("else if (value instanceof $T || value instanceof $T)", SQL_TIMESTAMP,
                                LOCAL_DATE_TIME)
                        .addStatement("return row.getObject(index, $T.class).atOffset($T.UTC)", LOCAL_DATE_TIME,
                                ZONE_OFFSET)
                        .endControlFlow()
                        .addStatement("return $T.parseTimestamp(value.toString())", values).build())
                .addMethod(MethodSpec.methodBuilder("getTime").addModifiers(PUBLIC, STATIC).returns(LOCAL_TIME)
                        .addJavadoc("A time of day, stored as text (as Glue does) or as a SQL time.\n")
                        .addParameter(RESULT_SET, "row").addParameter(TypeName.INT, "index")
                        .addException(SQL_EXCEPTION)
                        .addStatement("$T value = row.getObject(index)", Types.OBJECT)
                        .beginControlFlow("if (value instanceof $T time)", LOCAL_TIME).addStatement("return time")
                        .nextControlFlow("else if (value instanceof $T time)", SQL_TIME)
                        .addStatement("return time.toLocalTime()").endControlFlow()
                        .addStatement("return value == null ? null : $T.parseTime(value.toString())", values).build())
                .addMethod(getter("getBinary", BYTES, "return row.getBytes(index)"));
        return type.build();
    }

    private static MethodSpec getter(String name, TypeName type, String body, Object... args) {
        return MethodSpec.methodBuilder(name).addModifiers(PUBLIC, STATIC).returns(type)
                .addParameter(RESULT_SET, "row").addParameter(TypeName.INT, "index").addException(SQL_EXCEPTION)
                .addStatement(body, args).build();
    }

    private static MethodSpec boxedGetter(String name, TypeName boxed, String primitive, String get) {
        return MethodSpec.methodBuilder(name).addModifiers(PUBLIC, STATIC).returns(boxed)
                .addParameter(RESULT_SET, "row").addParameter(TypeName.INT, "index").addException(SQL_EXCEPTION)
                .addStatement("$L value = row.$L(index)", primitive, get)
                .addStatement("return row.wasNull() ? null : value").build();
    }

    private TypeSpec athenaQueries() {
        ClassName start = ClassName.get(Types.ATHENA_MODEL, "StartQueryExecutionRequest");
        ClassName status = ClassName.get(Types.ATHENA_MODEL, "QueryExecutionStatus");
        ClassName state = ClassName.get(Types.ATHENA_MODEL, "QueryExecutionState");
        ClassName resultsRequest = ClassName.get(Types.ATHENA_MODEL, "GetQueryResultsRequest");
        ClassName resultsResponse = ClassName.get(Types.ATHENA_MODEL, "GetQueryResultsResponse");
        ClassName row = ClassName.get(Types.ATHENA_MODEL, "Row");
        ClassName datum = ClassName.get(Types.ATHENA_MODEL, "Datum");
        ClassName tooManyRequests = ClassName.get(Types.ATHENA_MODEL, "TooManyRequestsException");
        return TypeSpec.classBuilder(athenaQueries).addModifiers(PUBLIC, FINAL)
                .addJavadoc("Runs parameterised queries on Athena: SQL text from the generated code, every value as"
                        + " an execution parameter; waits for the result and reads it as text. Pages are cut by key"
                        + " in the SQL, never by Athena's result token, so every API page is one short query.\n")
                .addField(constant("DATABASE", "MESH_ATHENA_DATABASE", "Environment: the Glue database to query."))
                .addField(constant("WORKGROUP", "MESH_ATHENA_WORKGROUP", "Environment: the Athena workgroup."))
                .addField(constant("OUTPUT_LOCATION", "MESH_ATHENA_OUTPUT_LOCATION",
                        "Environment: the S3 query result location (unless the workgroup enforces its own)."))
                .addField(constant("CATALOG", "MESH_ATHENA_CATALOG", "Environment: the data catalog."))
                .addField(constant("TIMEOUT", "MESH_ATHENA_TIMEOUT_MILLIS",
                        "Environment: how long a query may run before it is stopped (a 500)."))
                .addField(FieldSpec.builder(TypeName.INT, "PAGE", PRIVATE, STATIC, FINAL).initializer("1000").build())
                .addField(Types.ATHENA_CLIENT, "client", PRIVATE, FINAL)
                .addField(Types.STRING, "catalog", PRIVATE, FINAL)
                .addField(Types.STRING, "database", PRIVATE, FINAL)
                .addField(Types.STRING, "workGroup", PRIVATE, FINAL)
                .addField(Types.STRING, "outputLocation", PRIVATE, FINAL)
                .addField(TypeName.LONG, "timeoutMillis", PRIVATE, FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(PUBLIC)
                        .addJavadoc("A client created once and reused for every query.\n")
                        .addParameter(Types.ATHENA_CLIENT, "client").addParameter(Types.STRING, "catalog")
                        .addParameter(Types.STRING, "database").addParameter(Types.STRING, "workGroup")
                        .addParameter(Types.STRING, "outputLocation").addParameter(TypeName.LONG, "timeoutMillis")
                        .addStatement("this.client = $T.requireNonNull(client, $S)", Types.OBJECTS, "client")
                        .addStatement("this.catalog = catalog")
                        .addStatement("this.database = database")
                        .addStatement("this.workGroup = workGroup")
                        .addStatement("this.outputLocation = outputLocation")
                        .addStatement("this.timeoutMillis = timeoutMillis").build())
                .addMethod(MethodSpec.methodBuilder("fromEnvironment").addModifiers(PUBLIC, STATIC)
                        .returns(athenaQueries)
                        .addJavadoc("Configured from the environment, for AWS Lambda: the URL-connection HTTP client"
                                + " (fast to start), the region from {@code AWS_REGION} and, inside Lambda, the"
                                + " credentials from its environment; the defaults come from the contract.\n")
                        .addParameter(Types.STRING, "defaultDatabase")
                        .addParameter(Types.STRING, "defaultOutputLocation")
                        .addStatement("$T builder = $T.builder().httpClient($T.create())", Types.ATHENA_CLIENT_BUILDER,
                                Types.ATHENA_CLIENT, Types.URL_CONNECTION_HTTP_CLIENT)
                        .addStatement("$T region = System.getenv($S)", Types.STRING, "AWS_REGION")
                        .beginControlFlow("if (region != null && !region.isBlank())")
                        .addStatement("builder.region($T.of(region))", Types.REGION).endControlFlow()
                        .beginControlFlow("if (System.getenv($S) != null)", "AWS_LAMBDA_FUNCTION_NAME")
                        .addStatement("builder.credentialsProvider($T.create())", Types.ENVIRONMENT_CREDENTIALS)
                        .endControlFlow()
                        .addStatement("return new $T(builder.build(), environment(CATALOG, $S),"
                                + " environment(DATABASE, defaultDatabase), environment(WORKGROUP, $S),"
                                + " environment(OUTPUT_LOCATION, defaultOutputLocation),"
                                + " Long.parseLong(environment(TIMEOUT, $S)))", athenaQueries, "AwsDataCatalog",
                                "primary", "25000")
                        .build())
                .addMethod(MethodSpec.methodBuilder("environment").addModifiers(PRIVATE, STATIC)
                        .returns(Types.STRING)
                        .addParameter(Types.STRING, "name").addParameter(Types.STRING, "defaultValue")
                        .addStatement("$T value = System.getenv(name)", Types.STRING)
                        .addStatement("return value == null || value.isBlank() ? defaultValue : value.trim()").build())
                .addMethod(MethodSpec.methodBuilder("query").addModifiers(PUBLIC).returns(ROWS)
                        .addJavadoc("At most {@code maxRows} rows, each column as text (null for SQL NULL).\n")
                        .addParameter(select, "select").addParameter(TypeName.INT, "maxRows")
                        .addStatement("$T parameters = new $T<>()", STRING_LIST, Types.ARRAY_LIST)
                        .beginControlFlow("for ($T value : select.parameters())", Types.OBJECT)
                        .addStatement("parameters.add($T.literal(value))", values).endControlFlow()
                        .beginControlFlow("try")
                        .addStatement("$T.Builder request = $T.builder().queryString(select.sql()).workGroup(workGroup)"
                                + "\n.queryExecutionContext(context -> context.catalog(catalog).database(database))",
                                start, start)
                        .beginControlFlow("if (!parameters.isEmpty())")
                        .addStatement("request.executionParameters(parameters)").endControlFlow()
                        .beginControlFlow("if (outputLocation != null && !outputLocation.isEmpty())")
                        .addStatement("request.resultConfiguration(result -> result.outputLocation(outputLocation))")
                        .endControlFlow()
                        .addStatement("$T id = client.startQueryExecution(request.build()).queryExecutionId()",
                                Types.STRING)
                        .addStatement("await(id)")
                        .addStatement("return results(id, maxRows)")
                        .nextControlFlow("catch ($T e)", tooManyRequests)
                        .addStatement("throw new $T($S, e, true)", dataAccessException, "Athena throttled the query")
                        .nextControlFlow("catch ($T e)", Types.SDK_EXCEPTION)
                        .addStatement("throw new $T($S + e.getMessage(), e, false)", dataAccessException,
                                "The Athena query failed: ")
                        .endControlFlow().build())
                .addMethod(MethodSpec.methodBuilder("await").addModifiers(PRIVATE)
                        .addParameter(Types.STRING, "id")
                        .addStatement("long deadline = System.nanoTime() + $T.MILLISECONDS.toNanos(timeoutMillis)",
                                TIME_UNIT)
                        .addStatement("long pause = 20")
                        .beginControlFlow("while (true)")
                        .addStatement("$T status = client.getQueryExecution(request -> request.queryExecutionId(id))"
                                + ".queryExecution().status()", status)
                        .beginControlFlow("if (status.state() == $T.SUCCEEDED)", state).addStatement("return")
                        .endControlFlow()
                        .beginControlFlow("if (status.state() == $T.FAILED || status.state() == $T.CANCELLED)", state,
                                state)
                        .addStatement("throw new $T($S + id + $S + status.stateAsString() + $S"
                                + " + status.stateChangeReason(), null, false)", dataAccessException,
                                "Athena query ", " ", ": ")
                        .endControlFlow()
                        .beginControlFlow("if (System.nanoTime() > deadline)")
                        .addStatement("client.stopQueryExecution(request -> request.queryExecutionId(id))")
                        .addStatement("throw new $T($S + id + $S + timeoutMillis + $S, null, false)",
                                dataAccessException, "Athena query ", " did not finish within ", " ms")
                        .endControlFlow()
                        .beginControlFlow("try").addStatement("Thread.sleep(pause)")
                        .nextControlFlow("catch ($T e)", InterruptedException.class)
                        .addStatement("Thread.currentThread().interrupt()")
                        .addStatement("throw new $T($S, e, false)", dataAccessException,
                                "Interrupted while waiting for Athena")
                        .endControlFlow()
                        .addStatement("pause = Math.min(pause * 2, 500)")
                        .endControlFlow().build())
                .addMethod(MethodSpec.methodBuilder("results").addModifiers(PRIVATE).returns(ROWS)
                        .addParameter(Types.STRING, "id").addParameter(TypeName.INT, "maxRows")
                        .addStatement("$T rows = new $T<>()", ROWS, Types.ARRAY_LIST)
                        .addStatement("$T token = null", Types.STRING)
                        .addStatement("boolean header = true")
                        .beginControlFlow("do")
                        .addStatement("$T.Builder request = $T.builder().queryExecutionId(id).maxResults(PAGE)",
                                resultsRequest, resultsRequest)
                        .beginControlFlow("if (token != null)").addStatement("request.nextToken(token)")
                        .endControlFlow()
                        .addStatement("$T page = client.getQueryResults(request.build())", resultsResponse)
                        .beginControlFlow("for ($T row : page.resultSet().rows())", row)
                        .beginControlFlow("if (header)")
                        .addComment("a SELECT's first row holds the column labels")
                        .addStatement("header = false").addStatement("continue").endControlFlow()
                        .beginControlFlow("if (rows.size() == maxRows)").addStatement("return rows").endControlFlow()
                        .addStatement("$T data = row.data()", Types.listOf(datum))
                        .addStatement("$T[] values = new $T[data.size()]", Types.STRING, Types.STRING)
                        .beginControlFlow("for (int i = 0; i < values.length; i++)")
                        .addStatement("values[i] = data.get(i).varCharValue()").endControlFlow()
                        .addStatement("rows.add(values)")
                        .endControlFlow()
                        .addStatement("token = page.nextToken()")
                        .endControlFlow("while (token != null && rows.size() < maxRows)")
                        .addStatement("return rows").build())
                .build();
    }

    private static FieldSpec constant(String name, String value, String doc) {
        return FieldSpec.builder(Types.STRING, name, PUBLIC, STATIC, FINAL).addJavadoc("$L\n", doc)
                .initializer("$S", value).build();
    }

    private TypeSpec localServer() {
        TypeName handlers = ParameterizedTypeName.get(Types.MAP, Types.STRING,
                WildcardTypeName.subtypeOf(Types.HANDLER));
        return TypeSpec.classBuilder(localServer).addModifiers(PUBLIC, FINAL).addSuperinterface(AutoCloseable.class)
                .addJavadoc("Serves handlers over HTTP on 127.0.0.1 for local runs and end-to-end tests: each request"
                        + " becomes the {@code APIGatewayV2HTTPEvent} API Gateway would send (payload 2.0, route"
                        + " {@code $$default}) and the handler's response becomes the HTTP response.\n")
                .addField(HTTP_SERVER, "server", PRIVATE, FINAL)
                .addField(EXECUTOR_SERVICE, "executor", PRIVATE, FINAL)
                .addMethod(privateConstructor().addParameter(HTTP_SERVER, "server")
                        .addParameter(EXECUTOR_SERVICE, "executor")
                        .addStatement("this.server = server").addStatement("this.executor = executor").build())
                .addMethod(MethodSpec.methodBuilder("start").addModifiers(PUBLIC, STATIC).returns(localServer)
                        .addJavadoc("Serves one handler at the root of {@code http://127.0.0.1:port} (port 0: any"
                                + " free port).\n")
                        .addParameter(TypeName.INT, "port").addParameter(Types.HANDLER, "handler")
                        .addException(Types.IO_EXCEPTION)
                        .addStatement("return start(port, $T.of($S, handler))", Types.MAP, "/").build())
                .addMethod(MethodSpec.methodBuilder("start").addModifiers(PUBLIC, STATIC).returns(localServer)
                        .addJavadoc("Serves each handler under its path prefix ({@code /} or {@code /sales}), which"
                                + " it does not see, as with API mappings of a custom domain.\n")
                        .addParameter(TypeName.INT, "port").addParameter(handlers, "handlers")
                        .addException(Types.IO_EXCEPTION)
                        .addStatement("$T server = $T.create(new $T($T.getLoopbackAddress(), port), 0)", HTTP_SERVER,
                                HTTP_SERVER, INET_SOCKET_ADDRESS, INET_ADDRESS)
                        .beginControlFlow("for ($T<$T, ? extends $T> entry : handlers.entrySet())",
                                Types.MAP.nestedClass("Entry"), Types.STRING, Types.HANDLER)
                        .addStatement("$T prefix = entry.getKey().endsWith($S) ? entry.getKey().substring(0,"
                                + " entry.getKey().length() - 1) : entry.getKey()", Types.STRING, "/")
                        .addStatement("$T handler = entry.getValue()", Types.HANDLER)
                        .addStatement("server.createContext(prefix.isEmpty() ? $S : prefix, exchange -> serve(exchange,"
                                + " prefix, handler))", "/")
                        .endControlFlow()
                        .addStatement("$T executor = $T.newFixedThreadPool(4, task -> {$>\n"
                                + "Thread thread = new Thread(task, $S);\n"
                                + "thread.setDaemon(true);\n"
                                + "return thread;\n"
                                + "$<})", EXECUTOR_SERVICE, EXECUTORS, "local-api")
                        .addStatement("server.setExecutor(executor)")
                        .addStatement("server.start()")
                        .addStatement("return new $T(server, executor)", localServer).build())
                .addMethod(MethodSpec.methodBuilder("port").addModifiers(PUBLIC).returns(TypeName.INT)
                        .addStatement("return server.getAddress().getPort()").build())
                .addMethod(MethodSpec.methodBuilder("uri").addModifiers(PUBLIC).returns(URI)
                        .addJavadoc("{@code http://127.0.0.1:port}\n")
                        .addStatement("return $T.create($S + port())", URI, "http://127.0.0.1:").build())
                .addMethod(MethodSpec.methodBuilder("close").addModifiers(PUBLIC).addAnnotation(Override.class)
                        .addStatement("server.stop(0)").addStatement("executor.shutdownNow()").build())
                .addMethod(MethodSpec.methodBuilder("serve").addModifiers(PRIVATE, STATIC)
                        .addParameter(HTTP_EXCHANGE, "exchange").addParameter(Types.STRING, "prefix")
                        .addParameter(Types.HANDLER, "handler").addException(Types.IO_EXCEPTION)
                        .beginControlFlow("try")
                        .addStatement("$T path = exchange.getRequestURI().getRawPath().substring(prefix.length())",
                                Types.STRING)
                        .addStatement("$T response", Types.RESPONSE)
                        .beginControlFlow("if (!path.isEmpty() && !path.startsWith($S))", "/")
                        .addStatement("response = $T.error(404, $S, $S, null)", http, "NOT_FOUND", "No such resource.")
                        .nextControlFlow("else")
                        .beginControlFlow("try")
                        .addStatement("response = handler.handleRequest(event(exchange, path.isEmpty() ? $S : path),"
                                + " null)", "/")
                        .nextControlFlow("catch ($T e)", RuntimeException.class)
                        .addStatement("response = $T.error(500, $S, $S, null)", http, "INTERNAL_ERROR",
                                "The handler failed.")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("$T body = response.getBody() == null ? new byte[0] : response.getIsBase64Encoded()"
                                + "\n? $T.getDecoder().decode(response.getBody())"
                                + " : response.getBody().getBytes($T.UTF_8)", BYTES, BASE64, UTF_8_HOLDER)
                        .beginControlFlow("if (response.getHeaders() != null)")
                        .addStatement("response.getHeaders().forEach((name, value) ->"
                                + " exchange.getResponseHeaders().add(name, value))")
                        .endControlFlow()
                        .addStatement("exchange.sendResponseHeaders(response.getStatusCode(), body.length == 0 ? -1"
                                + " : body.length)")
                        .beginControlFlow("if (body.length > 0)")
                        .beginControlFlow("try ($T out = exchange.getResponseBody())", OUTPUT_STREAM)
                        .addStatement("out.write(body)").endControlFlow()
                        .endControlFlow()
                        .nextControlFlow("finally")
                        .addStatement("exchange.close()")
                        .endControlFlow().build())
                .addMethod(MethodSpec.methodBuilder("event").addModifiers(PRIVATE, STATIC).returns(Types.EVENT)
                        .addParameter(HTTP_EXCHANGE, "exchange").addParameter(Types.STRING, "path")
                        .addException(Types.IO_EXCEPTION)
                        .addStatement("$T headers = new $T<>()", STRING_MAP, TREE_MAP)
                        .addStatement("exchange.getRequestHeaders().forEach((name, list) ->"
                                + " headers.put(name.toLowerCase($T.ROOT), $T.join($S, list)))", LOCALE, Types.STRING,
                                ",")
                        .addStatement("$T rawQuery = exchange.getRequestURI().getRawQuery()", Types.STRING)
                        .addStatement("$T query = new $T<>()", STRING_MAP, LINKED_HASH_MAP)
                        .beginControlFlow("if (rawQuery != null)")
                        .beginControlFlow("for ($T pair : rawQuery.split($S))", Types.STRING, "&")
                        .beginControlFlow("if (!pair.isEmpty())")
                        .addStatement("int equals = pair.indexOf('=')")
                        .beginControlFlow("try")
                        .addStatement("$T name = $T.decode(equals < 0 ? pair : pair.substring(0, equals), $T.UTF_8)",
                                Types.STRING, URL_DECODER, UTF_8_HOLDER)
                        .addStatement("$T value = equals < 0 ? $S : $T.decode(pair.substring(equals + 1), $T.UTF_8)",
                                Types.STRING, "", URL_DECODER, UTF_8_HOLDER)
                        .addStatement("query.merge(name, value, (first, second) -> first + $S + second)", ",")
                        .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
                        .addComment("left to the handler, which reads the raw query string")
                        .endControlFlow()
                        .endControlFlow().endControlFlow().endControlFlow()
                        .addStatement("$T body = new $T(exchange.getRequestBody().readAllBytes(), $T.UTF_8)",
                                Types.STRING, Types.STRING, UTF_8_HOLDER)
                        .addStatement("$T http = $T.builder().withMethod(exchange.getRequestMethod()).withPath(path)"
                                + "\n.withProtocol(exchange.getProtocol())"
                                + ".withSourceIp(exchange.getRemoteAddress().getAddress().getHostAddress())"
                                + "\n.withUserAgent(headers.get($S)).build()", EVENT_HTTP, EVENT_HTTP, "user-agent")
                        .addStatement("$T context = $T.builder().withRequestId($T.randomUUID().toString())"
                                + "\n.withRouteKey($S).withStage($S).withDomainName($S)"
                                + ".withTimeEpoch(System.currentTimeMillis()).withHttp(http).build()", EVENT_CONTEXT,
                                EVENT_CONTEXT, UUID, "$default", "$default", "localhost")
                        .addStatement("return $T.builder().withVersion($S).withRouteKey($S).withRawPath(path)"
                                + "\n.withRawQueryString(rawQuery == null ? $S : rawQuery).withHeaders(headers)"
                                + "\n.withQueryStringParameters(query.isEmpty() ? null : query)"
                                + ".withRequestContext(context)"
                                + "\n.withBody(body.isEmpty() ? null : body).withIsBase64Encoded(false).build()",
                                Types.EVENT, "2.0", "$default", "")
                        .build())
                .build();
    }
}
