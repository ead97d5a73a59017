package dev.datamesh.generator.lambda;

import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.datamesh.contract.types.DataType;
import dev.datamesh.contract.types.ResolvedField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The row records (one per table) and the records of nested objects, named like their OpenAPI component schemas,
 * each writing and reading exactly the JSON the spec describes: properties named after the columns as written, in
 * contract order, nulls written out.
 */
final class ModelSources {

    private final ApiModel model;
    private final RuntimeSources runtime;
    private final JsonCode code;

    ModelSources(ApiModel model, RuntimeSources runtime, JsonCode code) {
        this.model = model;
        this.runtime = runtime;
        this.code = code;
    }

    List<TypeSpec> types() {
        List<TypeSpec> types = new ArrayList<>();
        for (ApiModel.Table table : model.tables()) {
            String description = table.schema().description().orElse("A row of table '"
                    + table.schema().tableName() + "'.");
            types.add(record(table.typeName(), table.fields(), description));
        }
        for (DataType.Struct struct : model.structs()) {
            types.add(record(model.structName(struct), struct.fields(), "A nested object."));
        }
        return types;
    }

    private TypeSpec record(String name, List<ResolvedField> fields, String description) {
        ClassName self = ClassName.get(model.modelPackage(), name);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        CodeBlock.Builder javadoc = CodeBlock.builder().add("$L\n\n", Javadocs.text(description));
        for (ResolvedField field : fields) {
            constructor.addParameter(ParameterSpec.builder(code.javaType(field.type()), model.member(field)).build());
            javadoc.add("@param $L {@code $L}$L$L\n", model.member(field), Javadocs.text(field.name()),
                    field.nullable() ? " (nullable)" : "",
                    field.property().description().map(d -> ": " + Javadocs.text(d)).orElse(""));
        }
        return TypeSpec.recordBuilder(name).addModifiers(PUBLIC).alwaysQualify(model.shadowing())
                .addJavadoc(javadoc.build())
                .addSuperinterface(runtime.jsonWritable)
                .recordConstructor(constructor.build())
                .addMethod(writeJson(fields))
                .addMethod(readJson(self, fields))
                .build();
    }

    private MethodSpec writeJson(List<ResolvedField> fields) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("writeJson").addModifiers(PUBLIC)
                .addAnnotation(Override.class)
                .addJavadoc("Writes this value as the JSON object of the API's spec.\n")
                .addParameter(Types.JSON_GENERATOR, "generator").addException(Types.IO_EXCEPTION)
                .addStatement("generator.writeStartObject()");
        for (ResolvedField field : fields) {
            method.addStatement("generator.writeFieldName($S)", field.name());
            method.addStatement(code.write(field.type(), CodeBlock.of("this.$N", model.member(field))));
        }
        return method.addStatement("generator.writeEndObject()").build();
    }

    private MethodSpec readJson(ClassName self, List<ResolvedField> fields) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("readJson").addModifiers(PUBLIC, STATIC).returns(self)
                .addJavadoc("Reads the JSON object {@link #writeJson} writes (null for null); unknown properties are"
                        + " skipped, property names also match in lower case (as SQL engines return nested"
                        + " fields).\n")
                .addParameter(Types.JSON_PARSER, "parser").addException(Types.IO_EXCEPTION)
                .beginControlFlow("if (parser.currentToken() == $T.VALUE_NULL)", Types.JSON_TOKEN)
                .addStatement("return null").endControlFlow()
                .addStatement("$T.expect(parser, $T.START_OBJECT)", runtime.json, Types.JSON_TOKEN);
        for (int i = 0; i < fields.size(); i++) {
            method.addStatement("$T c$L = null", code.javaType(fields.get(i).type()), i);
        }
        Set<String> labels = new HashSet<>();
        fields.forEach(f -> labels.add(f.name()));
        method.beginControlFlow("while (parser.nextToken() == $T.FIELD_NAME)", Types.JSON_TOKEN)
                .addStatement("$T name = parser.currentName()", Types.STRING)
                .addStatement("parser.nextToken()")
                .beginControlFlow("switch (name)");
        for (int i = 0; i < fields.size(); i++) {
            ResolvedField field = fields.get(i);
            Optional<String> alias = Optional.of(field.name().toLowerCase(Locale.ROOT))
                    .filter(lower -> !labels.contains(lower) && fields.stream()
                            .filter(f -> f.name().toLowerCase(Locale.ROOT).equals(lower)).count() == 1);
            alias.ifPresent(labels::add);
            CodeBlock label = alias.map(a -> CodeBlock.of("$S, $S", field.name(), a))
                    .orElse(CodeBlock.of("$S", field.name()));
            method.addStatement("case $L -> c$L = $L", label, i, code.read(field.type()));
        }
        method.addStatement("default -> parser.skipChildren()")
                .endControlFlow()
                .endControlFlow()
                .addStatement("$T.expect(parser, $T.END_OBJECT)", runtime.json, Types.JSON_TOKEN);
        CodeBlock.Builder arguments = CodeBlock.builder();
        for (int i = 0; i < fields.size(); i++) {
            arguments.add(i == 0 ? "c$L" : ", c$L", i);
        }
        return method.addStatement("return new $T($L)", self, arguments.build()).build();
    }
}
