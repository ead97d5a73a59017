package dev.datamesh.generator.lambda;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.datamesh.contract.types.DataType;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Lambda handler of one API: routes the spec's operations (by API Gateway's route key, or by path for the
 * {@code $default} route and the local adapter), checks every parameter against the contract, reads through the
 * data-access interfaces and answers the spec's JSON, or its {@code Error} body with 400, 404, 429 or 500.
 */
final class HandlerSource {

    private static final String INTERNAL = "The service failed; the request may be retried.";
    private static final String THROTTLED = "The data source is busy; retry later, with backoff.";

    private final ApiModel model;
    private final RuntimeSources runtime;
    private final JsonCode code;
    private final DataAccessSources data;
    private final String defaultDatabase;
    private final String defaultOutputLocation;
    private final List<FieldSpec> constants = new ArrayList<>();
    private final Map<String, String> constantNames = new HashMap<>();
    private final List<String> daoFields = new ArrayList<>();

    HandlerSource(ApiModel model, RuntimeSources runtime, JsonCode code, DataAccessSources data,
            String defaultDatabase, String defaultOutputLocation) {
        this.model = model;
        this.runtime = runtime;
        this.code = code;
        this.data = data;
        this.defaultDatabase = defaultDatabase;
        this.defaultOutputLocation = defaultOutputLocation;
    }

    TypeSpec type() {
        ClassName self = ClassName.get(model.packageName(), model.handlerName());
        JavaNames fields = new JavaNames().reserve("tokens");
        for (ApiModel.Table table : model.tables()) {
            daoFields.add(fields.claim(JavaNames.member(table.typeName())));
        }
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("The Lambda handler of API {@code $L} (contract {@code $L} $L): one function serves every"
                        + " operation of the generated OpenAPI spec.\n<ul>\n",
                        Javadocs.text(model.contract().dataProduct().orElse(model.contract().id())),
                        Javadocs.text(model.contract().id()), Javadocs.text(model.contract().version()));
        for (ApiModel.Table table : model.tables()) {
            doc.add("  <li>{@code GET $L}</li>\n", Javadocs.text(table.listPath()));
            table.getPath().ifPresent(p -> doc.add("  <li>{@code GET $L}</li>\n", Javadocs.text(p)));
        }
        doc.add("</ul>\nDeploy with handler {@code $L::handleRequest}.\n", self.canonicalName());

        TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(PUBLIC, FINAL)
                .alwaysQualify(model.shadowing())
                .addSuperinterface(Types.HANDLER)
                .addJavadoc(doc.build())
                .addField(FieldSpec.builder(Types.STRING, "DEFAULT_DATABASE", PUBLIC, STATIC, FINAL)
                        .addJavadoc("The Glue database queried unless {@code MESH_ATHENA_DATABASE} is set.\n")
                        .initializer("$S", defaultDatabase).build())
                .addField(FieldSpec.builder(Types.STRING, "DEFAULT_OUTPUT_LOCATION", PUBLIC, STATIC, FINAL)
                        .addJavadoc("Athena's result location unless {@code MESH_ATHENA_OUTPUT_LOCATION} is set"
                                + " (empty: the workgroup's).\n")
                        .initializer("$S", defaultOutputLocation).build());
        List<MethodSpec> methods = new ArrayList<>();
        for (int i = 0; i < model.tables().size(); i++) {
            methods.addAll(operations(model.tables().get(i), daoFields.get(i)));
        }
        type.addFields(constants);
        for (int i = 0; i < model.tables().size(); i++) {
            type.addField(data.dataAccessType(model.tables().get(i)), daoFields.get(i), PRIVATE, FINAL);
        }
        type.addField(runtime.pageTokens, "tokens", PRIVATE, FINAL);
        constructors(type, self);
        type.addMethod(handleRequest());
        type.addMethod(route());
        type.addMethods(methods);
        type.addMethods(extra);
        type.addMethod(methodNotAllowed());
        type.addMethod(log());
        return type.build();
    }

    private void constructors(TypeSpec.Builder type, ClassName self) {
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(PUBLIC)
                .addJavadoc("For AWS Lambda: Athena and the page-token key configured from the environment; the"
                        + " client is created once, here, and reused by every request.\n")
                .addStatement("this($T.fromEnvironment(DEFAULT_DATABASE, DEFAULT_OUTPUT_LOCATION),"
                        + " $T.fromEnvironment())", runtime.athenaQueries, runtime.pageTokens)
                .build());
        CodeBlock athenaArguments = CodeBlock.join(model.tables().stream()
                .map(t -> CodeBlock.of("new $T(athena)", data.athenaType(t))).toList(), ", ");
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(PUBLIC)
                .addJavadoc("Over Athena.\n")
                .addParameter(runtime.athenaQueries, "athena").addParameter(runtime.pageTokens, "tokens")
                .addStatement("this($L$Ltokens)", athenaArguments, model.tables().isEmpty() ? "" : ", ").build());
        MethodSpec.Builder main = MethodSpec.constructorBuilder().addModifiers(PUBLIC)
                .addJavadoc("Over any data access, e.g. JDBC for local runs and tests.\n");
        for (int i = 0; i < model.tables().size(); i++) {
            main.addParameter(data.dataAccessType(model.tables().get(i)), daoFields.get(i));
            main.addStatement("this.$N = $T.requireNonNull($N, $S)", daoFields.get(i), Types.OBJECTS, daoFields.get(i),
                    daoFields.get(i));
        }
        type.addMethod(main.addParameter(runtime.pageTokens, "tokens")
                .addStatement("this.tokens = $T.requireNonNull(tokens, $S)", Types.OBJECTS, "tokens").build());
        CodeBlock jdbcArguments = CodeBlock.join(model.tables().stream()
                .map(t -> CodeBlock.of("new $T(connections, dialect)", data.jdbcType(t))).toList(), ", ");
        type.addMethod(MethodSpec.methodBuilder("jdbc").addModifiers(PUBLIC, STATIC).returns(self)
                .addJavadoc("Over JDBC (local runs and tests): a connection per query from {@code connections}.\n")
                .addParameter(runtime.connectionSource, "connections").addParameter(runtime.sqlDialect, "dialect")
                .addParameter(runtime.pageTokens, "tokens")
                .addStatement("return new $T($L$Ltokens)", self, jdbcArguments, model.tables().isEmpty() ? "" : ", ")
                .build());
    }

    private MethodSpec handleRequest() {
        return MethodSpec.methodBuilder("handleRequest").addModifiers(PUBLIC).addAnnotation(Override.class)
                .returns(Types.RESPONSE)
                .addParameter(Types.EVENT, "event").addParameter(Types.CONTEXT, "context")
                .addStatement("$T requestId = $T.requestId(event, context)", Types.STRING, runtime.http)
                .beginControlFlow("try")
                .addStatement("return route(event)")
                .nextControlFlow("catch ($T e)", runtime.apiException)
                .addStatement("return $T.error(e.status(), e.code(), e.getMessage(), requestId)", runtime.http)
                .nextControlFlow("catch ($T e)", runtime.dataAccessException)
                .addStatement("log(context, requestId, e)")
                .addStatement("return e.throttled() ? $T.error(429, $S, $S, requestId)\n: $T.error(500, $S, $S,"
                        + " requestId)", runtime.http, "TOO_MANY_REQUESTS", THROTTLED, runtime.http, "INTERNAL_ERROR",
                        INTERNAL)
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement("log(context, requestId, e)")
                .addStatement("return $T.error(500, $S, $S, requestId)", runtime.http, "INTERNAL_ERROR", INTERNAL)
                .endControlFlow().build();
    }

    private MethodSpec route() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("route").addModifiers(PRIVATE).returns(Types.RESPONSE)
                .addParameter(Types.EVENT, "event")
                .addStatement("$T query = $T.query(event)", stringMap(), runtime.http)
                .addStatement("$T routeKey = $T.routeKey(event)", Types.STRING, runtime.http)
                .beginControlFlow("if (routeKey != null)");
        for (ApiModel.Table table : model.tables()) {
            method.beginControlFlow("if (routeKey.equals($S))", "GET " + table.listPath())
                    .addStatement("return $L(query)", listName(table)).endControlFlow();
            if (table.getPath().isPresent()) {
                CodeBlock.Builder arguments = CodeBlock.builder();
                for (ApiModel.Param param : table.keyParams()) {
                    arguments.add(", $T.pathParameter(event, $S)", runtime.http, param.name());
                }
                method.beginControlFlow("if (routeKey.equals($S))", "GET " + table.getPath().get())
                        .addStatement("return $L(query$L)", getName(table), arguments.build()).endControlFlow();
            }
        }
        method.addStatement("throw $T.notFound($S)", runtime.apiException, "No operation of this API matches the route.")
                .endControlFlow()
                .addStatement("$T segments = $T.segments(event)", Types.listOf(Types.STRING), runtime.http)
                .addStatement("boolean get = $T.method(event).equals($S)", runtime.http, "GET");
        for (ApiModel.Table table : model.tables()) {
            method.beginControlFlow("if (segments.get(0).equals($S))", table.segment())
                    .beginControlFlow("if (segments.size() == 1)")
                    .addStatement("return get ? $L(query) : methodNotAllowed()", listName(table))
                    .endControlFlow();
            if (table.getPath().isPresent()) {
                CodeBlock.Builder arguments = CodeBlock.builder();
                for (int i = 0; i < table.keyParams().size(); i++) {
                    arguments.add(", segments.get($L)", i + 1);
                }
                method.beginControlFlow("if (segments.size() == $L)", table.keyParams().size() + 1)
                        .addStatement("return get ? $L(query$L) : methodNotAllowed()", getName(table),
                                arguments.build())
                        .endControlFlow();
            }
            method.endControlFlow();
        }
        return method.addStatement("throw $T.notFound($S)", runtime.apiException, "No resource at this path.")
                .build();
    }

    private List<MethodSpec> operations(ApiModel.Table table, String dao) {
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(list(table, dao));
        if (table.keyed()) {
            methods.add(get(table, dao));
            methods.add(after(table));
        }
        return methods;
    }

    private MethodSpec list(ApiModel.Table table, String dao) {
        List<String> names = new ArrayList<>();
        table.filters().forEach(p -> names.add(p.name()));
        names.add("limit");
        names.add("nextToken");
        String allowed = constant(ParameterizedTypeName.get(Types.SET, Types.STRING), "PARAMETERS",
                CodeBlock.of("$T.of($L)", Types.SET, CodeBlock.join(names.stream().map(n -> CodeBlock.of("$S", n))
                        .toList(), ", ")));
        ClassName row = ClassName.get(model.modelPackage(), table.typeName());
        TypeName rows = Types.listOf(row);
        List<CodeBlock> filters = new ArrayList<>();
        for (ApiModel.Param param : table.filters()) {
            filters.add(parse(param, CodeBlock.of("query.get($S)", param.name())));
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(listName(table)).addModifiers(PRIVATE)
                .returns(Types.RESPONSE).addParameter(stringMap(), "query")
                .addJavadoc("{@code GET $L}\n", Javadocs.text(table.listPath()))
                .addStatement("$T.allowOnly(query, $L)", runtime.params, allowed)
                .addStatement("$T filter = new $T($L)", data.filterType(table), data.filterType(table),
                        filters.isEmpty() ? CodeBlock.of("") : CodeBlock.of("$>\n$L$<", CodeBlock.join(filters, ",\n")))
                .addStatement("int limit = $T.limit(query.get($S), $L, $L, $L)", runtime.params, "limit",
                        table.limit().min(), table.limit().max(), table.limit().defaultValue())
                .addStatement("$T token = query.get($S)", Types.STRING, "nextToken");
        String scope = table.listPath();
        if (table.keyed()) {
            method.addStatement("$T after = token == null ? null : $L($L.decode($S, token, $L))", data.keyType(table),
                    afterName(table), "tokens", scope, table.key().size())
                    .addStatement("$T rows = this.$N.list(filter, after, limit + 1)", rows, dao);
        } else {
            method.addStatement("long offset = token == null ? 0 : offset(tokens.decode($S, token, 1))", scope)
                    .addStatement("$T rows = this.$N.list(filter, offset, limit + 1)", rows, dao);
        }
        method.addStatement("$T next = null", Types.STRING)
                .beginControlFlow("if (rows.size() > limit)")
                .addStatement("rows = rows.subList(0, limit)");
        if (table.keyed()) {
            method.addStatement("$T last = rows.get(limit - 1)", row);
            CodeBlock values = CodeBlock.join(table.key().stream()
                    .map(f -> CodeBlock.of("$T.text(last.$N())", runtime.values, model.member(f))).toList(), ", ");
            method.addStatement("next = tokens.encode($S, $T.asList($L))", scope, Types.ARRAYS, values);
        } else {
            method.addStatement("next = tokens.encode($S, $T.of($T.toString(offset + limit)))", scope, Types.LIST,
                    Long.class);
        }
        method.endControlFlow()
                .addStatement("$T items = rows", rows)
                .addStatement("$T nextToken = next", Types.STRING)
                .addStatement("return $T.json(200, $T.write(generator -> {$>\n"
                        + "generator.writeStartObject();\n"
                        + "generator.writeArrayFieldStart($S);\n"
                        + "for ($T item : items) {$>\n"
                        + "item.writeJson(generator);\n"
                        + "$<}\n"
                        + "generator.writeEndArray();\n"
                        + "generator.writeStringField($S, nextToken);\n"
                        + "generator.writeEndObject();\n"
                        + "$<}))", runtime.http, runtime.json, "items", row, "nextToken");
        if (!table.keyed() && !hasOffsetHelper) {
            hasOffsetHelper = true;
            extra.add(MethodSpec.methodBuilder("offset").addModifiers(PRIVATE, STATIC).returns(TypeName.LONG)
                    .addParameter(Types.listOf(Types.STRING), "values")
                    .beginControlFlow("try")
                    .addStatement("long offset = Long.parseLong(values.get(0))")
                    .beginControlFlow("if (offset >= 0)").addStatement("return offset").endControlFlow()
                    .nextControlFlow("catch ($T e)", NumberFormatException.class)
                    .addComment("not a token this API issued")
                    .endControlFlow()
                    .addStatement("throw $T.invalid()", runtime.pageTokens).build());
        }
        return method.build();
    }

    private boolean hasOffsetHelper;
    private final List<MethodSpec> extra = new ArrayList<>();

    private MethodSpec get(ApiModel.Table table, String dao) {
        ClassName row = ClassName.get(model.modelPackage(), table.typeName());
        MethodSpec.Builder method = MethodSpec.methodBuilder(getName(table)).addModifiers(PRIVATE)
                .returns(Types.RESPONSE).addParameter(stringMap(), "query")
                .addJavadoc("{@code GET $L}\n", Javadocs.text(table.getPath().orElseThrow()));
        List<CodeBlock> keys = new ArrayList<>();
        for (int i = 0; i < table.keyParams().size(); i++) {
            ApiModel.Param param = table.keyParams().get(i);
            method.addParameter(Types.STRING, "p" + i);
            keys.add(parse(param, CodeBlock.of("p$L", i)));
        }
        return method.addStatement("$T.allowOnly(query, $T.of())", runtime.params, Types.SET)
                .addStatement("$T key = new $T($>\n$L$<)", data.keyType(table), data.keyType(table),
                        CodeBlock.join(keys, ",\n"))
                .addStatement("$T row = this.$N.get(key).orElseThrow(() -> $T.notFound($S))", row, dao,
                        runtime.apiException, "No row of '" + table.schema().tableName() + "' has this key.")
                .addStatement("return $T.json(200, $T.write(row::writeJson))", runtime.http, runtime.json)
                .build();
    }

    /** The key a page token carries, parsed back; anything unexpected is a forged token (400). */
    private MethodSpec after(ApiModel.Table table) {
        List<CodeBlock> values = new ArrayList<>();
        for (int i = 0; i < table.key().size(); i++) {
            values.add(code.parseText(table.key().get(i).type(), CodeBlock.of("values.get($L)", i)));
        }
        return MethodSpec.methodBuilder(afterName(table)).addModifiers(PRIVATE, STATIC)
                .returns(data.keyType(table)).addParameter(Types.listOf(Types.STRING), "values")
                .beginControlFlow("try")
                .addStatement("return new $T($L)", data.keyType(table), CodeBlock.join(values, ", "))
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement("throw $T.invalid()", runtime.pageTokens)
                .endControlFlow().build();
    }

    private MethodSpec log() {
        ClassName logger = ClassName.get("com.amazonaws.services.lambda.runtime", "LambdaLogger");
        ClassName stringWriter = ClassName.get("java.io", "StringWriter");
        ClassName printWriter = ClassName.get("java.io", "PrintWriter");
        return MethodSpec.methodBuilder("log").addModifiers(PRIVATE, STATIC)
                .addJavadoc("Failures go to the function's log, with their stack trace; never to the caller.\n")
                .addParameter(Types.CONTEXT, "context").addParameter(Types.STRING, "requestId")
                .addParameter(RuntimeException.class, "failure")
                .addStatement("$T logger = context == null ? $T.getLogger() : context.getLogger()", logger,
                        Types.LAMBDA_RUNTIME)
                .addStatement("$T trace = new $T()", stringWriter, stringWriter)
                .addStatement("failure.printStackTrace(new $T(trace))", printWriter)
                .addStatement("logger.log($S + requestId + $S + trace + $S)", "Request ", " failed: ", "\n")
                .build();
    }

    private MethodSpec methodNotAllowed() {
        return MethodSpec.methodBuilder("methodNotAllowed").addModifiers(PRIVATE, STATIC).returns(Types.RESPONSE)
                .addStatement("throw new $T(405, $S, $S)", runtime.apiException, "METHOD_NOT_ALLOWED",
                        "This API only answers GET.")
                .build();
    }

    /** The expression that parses and checks one parameter, as its column's Java type (null when absent). */
    private CodeBlock parse(ApiModel.Param param, CodeBlock raw) {
        DataType type = param.field().type();
        Schema<?> schema = param.schema();
        String name = param.name();
        Scalar scalar = Scalar.of(type);
        if (scalar == null) {
            throw new IllegalStateException("parameter " + name + " is not a scalar");
        }
        return switch (scalar) {
            case STRING -> {
                if (type instanceof DataType.Primitive p && p.kind() == DataType.Kind.UUID) {
                    yield CodeBlock.of("$T.uuid($S, $L)", runtime.params, name, raw);
                }
                CodeBlock pattern = schema.getPattern() == null ? CodeBlock.of("null")
                        : CodeBlock.of("$L", constant(Types.PATTERN, "PATTERN",
                                CodeBlock.of("$T.compile($S)", Types.PATTERN, schema.getPattern())));
                yield CodeBlock.of("$T.string($S, $L, $L, $L, $L)", runtime.params, name, raw,
                        schema.getMinLength() == null ? 0 : schema.getMinLength(),
                        schema.getMaxLength() == null ? -1 : schema.getMaxLength(), pattern);
            }
            case INT -> {
                long[] range = integerRange(schema, rangeOf(type));
                yield CodeBlock.of("$T.int32($S, $L, $L, $L)", runtime.params, name, raw, range[0], range[1]);
            }
            case LONG -> {
                long[] range = integerRange(schema, new long[] {Long.MIN_VALUE, Long.MAX_VALUE});
                yield CodeBlock.of("$T.int64($S, $L, $LL, $LL)", runtime.params, name, raw, range[0], range[1]);
            }
            case DECIMAL -> {
                DataType.Decimal decimal = (DataType.Decimal) type;
                yield CodeBlock.of("$T.decimal($S, $L, $L, $L, $L)", runtime.params, name, raw, decimal.precision(),
                        decimal.scale(), bounds(schema));
            }
            case DOUBLE -> CodeBlock.of("$T.float64($S, $L, $L)", runtime.params, name, raw, bounds(schema));
            case FLOAT -> CodeBlock.of("$T.float32($S, $L, $L)", runtime.params, name, raw, bounds(schema));
            case BOOLEAN -> CodeBlock.of("$T.bool($S, $L)", runtime.params, name, raw);
            case DATE -> CodeBlock.of("$T.date($S, $L)", runtime.params, name, raw);
            case TIMESTAMP -> CodeBlock.of("$T.timestamp($S, $L)", runtime.params, name, raw);
            case TIME -> CodeBlock.of("$T.time($S, $L)", runtime.params, name, raw);
            case BINARY -> CodeBlock.of("$T.binary($S, $L)", runtime.params, name, raw);
        };
    }

    private static long[] rangeOf(DataType type) {
        DataType.Kind kind = ((DataType.Primitive) type).kind();
        return switch (kind) {
            case TINYINT -> new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
            case SMALLINT -> new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
            default -> new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
        };
    }

    /** The schema's bounds as whole numbers, within the type's range (exclusive bounds moved inwards by one). */
    private static long[] integerRange(Schema<?> schema, long[] range) {
        long min = range[0];
        long max = range[1];
        if (schema.getMinimum() != null) {
            BigDecimal bound = Boolean.TRUE.equals(schema.getExclusiveMinimum())
                    ? schema.getMinimum().setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE)
                    : schema.getMinimum().setScale(0, RoundingMode.CEILING);
            min = bound.compareTo(BigDecimal.valueOf(min)) > 0 ? bound.min(BigDecimal.valueOf(max)).longValue() : min;
        }
        if (schema.getMaximum() != null) {
            BigDecimal bound = Boolean.TRUE.equals(schema.getExclusiveMaximum())
                    ? schema.getMaximum().setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE)
                    : schema.getMaximum().setScale(0, RoundingMode.FLOOR);
            max = bound.compareTo(BigDecimal.valueOf(max)) < 0 ? bound.max(BigDecimal.valueOf(range[0])).longValue()
                    : max;
        }
        return new long[] {min, max};
    }

    /** {@code min, minExclusive, max, maxExclusive} arguments: BigDecimal constants or null. */
    private CodeBlock bounds(Schema<?> schema) {
        return CodeBlock.of("$L, $L, $L, $L", bound(schema.getMinimum()),
                Boolean.TRUE.equals(schema.getExclusiveMinimum()), bound(schema.getMaximum()),
                Boolean.TRUE.equals(schema.getExclusiveMaximum()));
    }

    private CodeBlock bound(BigDecimal value) {
        return value == null ? CodeBlock.of("null") : CodeBlock.of("$L", constant(Types.BIG_DECIMAL, "BOUND",
                CodeBlock.of("new $T($S)", Types.BIG_DECIMAL, value.toPlainString())));
    }

    /** The name of a {@code private static final} constant with this value, added when new. */
    private String constant(TypeName type, String prefix, CodeBlock initializer) {
        return constantNames.computeIfAbsent(type + " " + initializer, k -> {
            String name = prefix + "_" + constants.size();
            constants.add(FieldSpec.builder(type, name, PRIVATE, STATIC, FINAL).initializer(initializer).build());
            return name;
        });
    }

    private static TypeName stringMap() {
        return ParameterizedTypeName.get(Types.MAP, Types.STRING, Types.STRING);
    }

    private static String listName(ApiModel.Table table) {
        return "list" + table.typeName();
    }

    private static String getName(ApiModel.Table table) {
        return "get" + table.typeName();
    }

    private static String afterName(ApiModel.Table table) {
        return "after" + table.typeName();
    }
}
