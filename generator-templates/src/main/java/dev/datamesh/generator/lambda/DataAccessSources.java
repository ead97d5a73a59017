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
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.datamesh.contract.types.ResolvedField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Per table: the data-access interface (list with equality filters and keyset pagination, get by primary key), its
 * SQL (identifiers quoted, values only as {@code ?} parameters), and the JDBC and Athena implementations.
 */
final class DataAccessSources {

    private final ApiModel model;
    private final RuntimeSources runtime;
    private final JsonCode code;

    DataAccessSources(ApiModel model, RuntimeSources runtime, JsonCode code) {
        this.model = model;
        this.runtime = runtime;
        this.code = code;
    }

    List<TypeSpec> types(ApiModel.Table table) {
        return List.of(dataAccess(table), queries(table), jdbc(table), athena(table));
    }

    ClassName dataAccessType(ApiModel.Table table) {
        return ClassName.get(model.dataPackage(), table.dataAccess());
    }

    ClassName keyType(ApiModel.Table table) {
        return dataAccessType(table).nestedClass("Key");
    }

    ClassName filterType(ApiModel.Table table) {
        return dataAccessType(table).nestedClass("Filter");
    }

    ClassName jdbcType(ApiModel.Table table) {
        return ClassName.get(model.dataPackage(), table.jdbcDataAccess());
    }

    ClassName athenaType(ApiModel.Table table) {
        return ClassName.get(model.dataPackage(), table.athenaDataAccess());
    }

    private ClassName rowType(ApiModel.Table table) {
        return ClassName.get(model.modelPackage(), table.typeName());
    }

    private TypeName rows(ApiModel.Table table) {
        return Types.listOf(rowType(table));
    }

    /** A SQL identifier in double quotes, embedded quotes doubled; control characters are refused. */
    static String quote(String identifier) {
        if (identifier.isEmpty() || identifier.length() > 255
                || identifier.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
            throw new IllegalArgumentException("'" + identifier.replaceAll("\\p{Cntrl}", "?") + "' cannot be a SQL"
                    + " identifier: names must be 1 to 255 characters without control characters (rule GLUE-NAME)");
        }
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String column(ResolvedField field) {
        return quote(field.glueName());
    }

    private static String table(ApiModel.Table table) {
        return quote(table.schema().tableName().toLowerCase(Locale.ROOT));
    }

    private TypeSpec dataAccess(ApiModel.Table table) {
        String name = table.schema().tableName();
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(table.dataAccess()).addModifiers(PUBLIC)
                .alwaysQualify(model.shadowing())
                .addJavadoc("Reads table {@code $L}: pages of rows in primary-key order, filtered by equality on"
                        + " key and partition columns$L.\n", Javadocs.text(name),
                        table.keyed() ? ", and single rows by primary key" : "");
        MethodSpec.Builder filter = MethodSpec.constructorBuilder();
        for (ApiModel.Param param : table.filters()) {
            filter.addParameter(code.javaType(param.field().type()), model.member(param.field()));
        }
        type.addType(TypeSpec.recordBuilder("Filter").addModifiers(PUBLIC, STATIC)
                .addJavadoc("Equality filters; a null component matches every row.\n")
                .recordConstructor(filter.build()).build());
        if (table.keyed()) {
            MethodSpec.Builder key = MethodSpec.constructorBuilder();
            for (ResolvedField field : table.key()) {
                key.addParameter(code.javaType(field.type()), model.member(field));
            }
            type.addType(TypeSpec.recordBuilder("Key").addModifiers(PUBLIC, STATIC)
                    .addJavadoc("A primary key, in key order.\n").recordConstructor(key.build()).build());
            type.addMethod(MethodSpec.methodBuilder("list").addModifiers(PUBLIC, ABSTRACT).returns(rows(table))
                    .addJavadoc("At most {@code limit} rows matching {@code filter}, in key order, after the row"
                            + " with key {@code after} (from the first row when null).\n")
                    .addParameter(filterType(table), "filter").addParameter(keyType(table), "after")
                    .addParameter(TypeName.INT, "limit").build());
            type.addMethod(MethodSpec.methodBuilder("get").addModifiers(PUBLIC, ABSTRACT)
                    .returns(ParameterizedTypeName.get(Types.OPTIONAL, rowType(table)))
                    .addJavadoc("The row with this key, if any.\n")
                    .addParameter(keyType(table), "key").build());
        } else {
            type.addMethod(MethodSpec.methodBuilder("list").addModifiers(PUBLIC, ABSTRACT).returns(rows(table))
                    .addJavadoc("At most {@code limit} rows matching {@code filter}, skipping the first"
                            + " {@code offset}; the table has no primary key, so rows are ordered by every scalar"
                            + " column.\n")
                    .addParameter(filterType(table), "filter").addParameter(TypeName.LONG, "offset")
                    .addParameter(TypeName.INT, "limit").build());
        }
        return type.build();
    }

    private TypeSpec queries(ApiModel.Table table) {
        ClassName self = ClassName.get(model.dataPackage(), table.queries());
        TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(FINAL).alwaysQualify(model.shadowing())
                .addJavadoc("The SQL of table {@code $L}: quoted identifiers from the contract, request values only"
                        + " as parameters.\n", Javadocs.text(table.schema().tableName()))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());

        CodeBlock.Builder select = CodeBlock.builder();
        StringBuilder plain = new StringBuilder("SELECT ");
        List<ResolvedField> fields = table.fields();
        for (int i = 0; i < fields.size(); i++) {
            ResolvedField field = fields.get(i);
            String column = column(field);
            if (JsonCode.isJson(field.type())) {
                select.add("$S + dialect.json($S) + ", plain.toString(), column);
                plain.setLength(0);
            } else if (Scalar.of(field.type()) == Scalar.BINARY) {
                select.add("$S + (binaryAsBase64 ? $S : $S) + ", plain.toString(), "to_base64(" + column + ")", column);
                plain.setLength(0);
            } else {
                plain.append(column);
            }
            plain.append(i + 1 < fields.size() ? ", " : "");
        }
        if (fields.isEmpty()) {
            plain.append("1");
        }
        plain.append(" FROM ").append(table(table));
        select.add("$S", plain.toString());
        type.addMethod(MethodSpec.methodBuilder("selectFrom").addModifiers(STATIC).returns(Types.STRING)
                .addJavadoc("{@code SELECT <every column> FROM <table>}; nested columns as JSON text.\n")
                .addParameter(runtime.sqlDialect, "dialect").addParameter(TypeName.BOOLEAN, "binaryAsBase64")
                .addStatement("return $L", select.build()).build());

        MethodSpec.Builder list = MethodSpec.methodBuilder("list").addModifiers(STATIC).returns(runtime.select)
                .addParameter(Types.STRING, "selectFrom").addParameter(filterType(table), "filter");
        CodeBlock.Builder body = CodeBlock.builder().add("$T select = new $T(selectFrom)", runtime.select,
                runtime.select);
        for (ApiModel.Param param : table.filters()) {
            body.add("\n        .whereEquals($S, filter.$N())", column(param.field()), model.member(param.field()));
        }
        list.addStatement(body.build());
        List<String> order = new ArrayList<>();
        if (table.keyed()) {
            list.addParameter(keyType(table), "after").addParameter(TypeName.INT, "limit");
            List<String> conditions = new ArrayList<>();
            List<CodeBlock> values = new ArrayList<>();
            for (int i = 0; i < table.key().size(); i++) {
                List<String> parts = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    parts.add(column(table.key().get(j)) + " = ?");
                    values.add(CodeBlock.of("after.$N()", model.member(table.key().get(j))));
                }
                parts.add(column(table.key().get(i)) + " > ?");
                values.add(CodeBlock.of("after.$N()", model.member(table.key().get(i))));
                conditions.add(parts.size() == 1 ? parts.get(0) : "(" + String.join(" AND ", parts) + ")");
                order.add(column(table.key().get(i)));
            }
            list.beginControlFlow("if (after != null)")
                    .addStatement("select.where($S, $L)", "(" + String.join(" OR ", conditions) + ")",
                            CodeBlock.join(values, ", "))
                    .endControlFlow()
                    .addStatement("return select.orderBy($S).limit(limit)", String.join(", ", order));
        } else {
            list.addParameter(TypeName.LONG, "offset").addParameter(TypeName.INT, "limit");
            for (ResolvedField field : fields) {
                if (!JsonCode.isJson(field.type())) {
                    order.add(column(field));
                }
            }
            list.addStatement("return select$L.offset(offset).limit(limit)",
                    order.isEmpty() ? "" : CodeBlock.of(".orderBy($S)", String.join(", ", order)));
        }
        type.addMethod(list.build());
        if (table.keyed()) {
            CodeBlock.Builder get = CodeBlock.builder().add("return new $T(selectFrom)", runtime.select);
            for (ResolvedField field : table.key()) {
                get.add("\n        .where($S, key.$N())", column(field) + " = ?", model.member(field));
            }
            type.addMethod(MethodSpec.methodBuilder("get").addModifiers(STATIC).returns(runtime.select)
                    .addParameter(Types.STRING, "selectFrom").addParameter(keyType(table), "key")
                    .addStatement(get.add(".limit(1)").build()).build());
        }
        return type.build();
    }

    private TypeSpec jdbc(ApiModel.Table table) {
        ClassName queries = ClassName.get(model.dataPackage(), table.queries());
        TypeSpec.Builder type = TypeSpec.classBuilder(jdbcType(table)).addModifiers(PUBLIC, FINAL)
                .alwaysQualify(model.shadowing())
                .addSuperinterface(dataAccessType(table))
                .addJavadoc("{@link $T} over plain JDBC with prepared statements, for local runs and tests.\n",
                        dataAccessType(table))
                .addField(runtime.connectionSource, "connections", PRIVATE, FINAL)
                .addField(Types.STRING, "selectFrom", PRIVATE, FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(PUBLIC)
                        .addJavadoc("Reads through {@code connections}, a connection per query; {@code dialect}"
                                + " says how the engine turns nested columns into JSON.\n")
                        .addParameter(runtime.connectionSource, "connections")
                        .addParameter(runtime.sqlDialect, "dialect")
                        .addStatement("this.connections = $T.requireNonNull(connections, $S)", Types.OBJECTS,
                                "connections")
                        .addStatement("this.selectFrom = $T.selectFrom(dialect, false)", queries).build());
        if (table.keyed()) {
            type.addMethod(MethodSpec.methodBuilder("list").addModifiers(PUBLIC).addAnnotation(Override.class)
                    .returns(rows(table))
                    .addParameter(filterType(table), "filter").addParameter(keyType(table), "after")
                    .addParameter(TypeName.INT, "limit")
                    .addStatement("return $T.query(connections, $T.list(selectFrom, filter, after, limit),"
                            + " $T::row)", runtime.jdbc, queries, jdbcType(table)).build());
            type.addMethod(MethodSpec.methodBuilder("get").addModifiers(PUBLIC).addAnnotation(Override.class)
                    .returns(ParameterizedTypeName.get(Types.OPTIONAL, rowType(table)))
                    .addParameter(keyType(table), "key")
                    .addStatement("return $T.query(connections, $T.get(selectFrom, key), $T::row).stream()"
                            + ".findFirst()", runtime.jdbc, queries, jdbcType(table)).build());
        } else {
            type.addMethod(MethodSpec.methodBuilder("list").addModifiers(PUBLIC).addAnnotation(Override.class)
                    .returns(rows(table))
                    .addParameter(filterType(table), "filter").addParameter(TypeName.LONG, "offset")
                    .addParameter(TypeName.INT, "limit")
                    .addStatement("return $T.query(connections, $T.list(selectFrom, filter, offset, limit),"
                            + " $T::row)", runtime.jdbc, queries, jdbcType(table)).build());
        }
        List<CodeBlock> columns = new ArrayList<>();
        for (int i = 0; i < table.fields().size(); i++) {
            columns.add(code.jdbcColumn(table.fields().get(i).type(), i + 1));
        }
        type.addMethod(MethodSpec.methodBuilder("row").addModifiers(PRIVATE, STATIC).returns(rowType(table))
                .addParameter(ClassName.get("java.sql", "ResultSet"), "row")
                .addException(ClassName.get("java.sql", "SQLException"))
                .addStatement("return new $T($L)", rowType(table), arguments(columns)).build());
        return type.build();
    }

    private TypeSpec athena(ApiModel.Table table) {
        ClassName queries = ClassName.get(model.dataPackage(), table.queries());
        TypeName stringArray = ArrayTypeName.of(Types.STRING);
        TypeSpec.Builder type = TypeSpec.classBuilder(athenaType(table)).addModifiers(PUBLIC, FINAL)
                .alwaysQualify(model.shadowing())
                .addSuperinterface(dataAccessType(table))
                .addJavadoc("{@link $T} on Athena: one parameterised query per page, pages cut by key.\n",
                        dataAccessType(table))
                .addField(FieldSpec.builder(Types.STRING, "SELECT_FROM", PRIVATE, STATIC, FINAL)
                        .initializer("$T.selectFrom($T.TRINO, true)", queries, runtime.sqlDialect).build())
                .addField(runtime.athenaQueries, "athena", PRIVATE, FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(PUBLIC)
                        .addParameter(runtime.athenaQueries, "athena")
                        .addStatement("this.athena = $T.requireNonNull(athena, $S)", Types.OBJECTS, "athena")
                        .build());
        if (table.keyed()) {
            type.addMethod(MethodSpec.methodBuilder("list").addModifiers(PUBLIC).addAnnotation(Override.class)
                    .returns(rows(table))
                    .addParameter(filterType(table), "filter").addParameter(keyType(table), "after")
                    .addParameter(TypeName.INT, "limit")
                    .addStatement("return rows(athena.query($T.list(SELECT_FROM, filter, after, limit), limit))",
                            queries).build());
            type.addMethod(MethodSpec.methodBuilder("get").addModifiers(PUBLIC).addAnnotation(Override.class)
                    .returns(ParameterizedTypeName.get(Types.OPTIONAL, rowType(table)))
                    .addParameter(keyType(table), "key")
                    .addStatement("return rows(athena.query($T.get(SELECT_FROM, key), 1)).stream().findFirst()",
                            queries).build());
        } else {
            type.addMethod(MethodSpec.methodBuilder("list").addModifiers(PUBLIC).addAnnotation(Override.class)
                    .returns(rows(table))
                    .addParameter(filterType(table), "filter").addParameter(TypeName.LONG, "offset")
                    .addParameter(TypeName.INT, "limit")
                    .addStatement("return rows(athena.query($T.list(SELECT_FROM, filter, offset, limit), limit))",
                            queries).build());
        }
        type.addMethod(MethodSpec.methodBuilder("rows").addModifiers(PRIVATE, STATIC).returns(rows(table))
                .addParameter(Types.listOf(stringArray), "result")
                .addStatement("$T rows = new $T<>(result.size())", rows(table), Types.ARRAY_LIST)
                .beginControlFlow("for ($T values : result)", stringArray)
                .beginControlFlow("if (values.length != $L)", table.fields().size())
                .addStatement("throw new $T($S + values.length + $S, null, false)", runtime.dataAccessException,
                        "Athena returned ", " columns, expected " + table.fields().size())
                .endControlFlow()
                .addStatement("rows.add(row(values))")
                .endControlFlow()
                .addStatement("return rows").build());
        List<CodeBlock> columns = new ArrayList<>();
        for (int i = 0; i < table.fields().size(); i++) {
            columns.add(code.athenaColumn(table.fields().get(i).type(), i));
        }
        type.addMethod(MethodSpec.methodBuilder("row").addModifiers(PRIVATE, STATIC).returns(rowType(table))
                .addParameter(stringArray, "values")
                .addStatement("return new $T($L)", rowType(table), arguments(columns)).build());
        return type.build();
    }

    private static CodeBlock arguments(List<CodeBlock> columns) {
        return columns.isEmpty() ? CodeBlock.of("") : CodeBlock.of("$>\n$L$<",
                CodeBlock.join(columns, ",\n"));
    }
}
