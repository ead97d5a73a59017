package dev.datamesh.generator.lambda;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.datamesh.contract.types.DataType;

/**
 * Java types and code for values of a resolved type: JSON writing and reading through the runtime's codecs, and
 * column reading from JDBC and from Athena's text results. Nested arrays become nested lambdas whose parameter
 * names carry the depth, so they never shadow each other.
 */
final class JsonCode {

    private final ApiModel model;
    private final RuntimeSources runtime;

    JsonCode(ApiModel model, RuntimeSources runtime) {
        this.model = model;
        this.runtime = runtime;
    }

    TypeName javaType(DataType type) {
        Scalar scalar = Scalar.of(type);
        if (scalar != null) {
            return scalar.type();
        }
        if (type instanceof DataType.Array array) {
            return Types.listOf(javaType(array.element().type()));
        }
        if (type instanceof DataType.Struct struct) {
            return structType(struct);
        }
        return ParameterizedTypeName.get(Types.MAP, Types.STRING, Types.STRING);
    }

    ClassName structType(DataType.Struct struct) {
        return ClassName.get(model.modelPackage(), model.structName(struct));
    }

    /** A statement writing {@code value} with the generator named {@code generator}. */
    CodeBlock write(DataType type, CodeBlock value) {
        Scalar scalar = Scalar.of(type);
        if (scalar != null) {
            return CodeBlock.of("$T.write$L(generator, $L)", runtime.values, scalar.suffix(), value);
        }
        if (type instanceof DataType.Struct) {
            return CodeBlock.of("$T.writeObject(generator, $L)", runtime.json, value);
        }
        if (type instanceof DataType.Array array) {
            return CodeBlock.of("$T.writeList(generator, $L, $L)", runtime.json, value, writer(array.element().type(), 1));
        }
        return CodeBlock.of("$T.writeStringMap(generator, $L)", runtime.values, value);
    }

    /** A {@code Json.Writer} of the type. */
    private CodeBlock writer(DataType type, int depth) {
        Scalar scalar = Scalar.of(type);
        if (scalar != null) {
            return CodeBlock.of("$T::write$L", runtime.values, scalar.suffix());
        }
        if (type instanceof DataType.Struct) {
            return CodeBlock.of("$T::writeObject", runtime.json);
        }
        if (type instanceof DataType.Array array) {
            return CodeBlock.of("(g$L, v$L) -> $T.writeList(g$L, v$L, $L)", depth, depth, runtime.json, depth, depth,
                    writer(array.element().type(), depth + 1));
        }
        return CodeBlock.of("$T::writeStringMap", runtime.values);
    }

    /** An expression reading the type at the current token of the parser named {@code parser}. */
    CodeBlock read(DataType type) {
        Scalar scalar = Scalar.of(type);
        if (scalar == Scalar.DECIMAL) {
            return CodeBlock.of("$T.readDecimal(parser, $L)", runtime.values, ((DataType.Decimal) type).scale());
        }
        if (scalar != null) {
            return CodeBlock.of("$T.read$L(parser)", runtime.values, scalar.suffix());
        }
        if (type instanceof DataType.Struct struct) {
            return CodeBlock.of("$T.readJson(parser)", structType(struct));
        }
        if (type instanceof DataType.Array array) {
            return CodeBlock.of("$T.readList(parser, $L)", runtime.json, reader(array.element().type(), 1));
        }
        return CodeBlock.of("$T.readStringMap(parser)", runtime.values);
    }

    /** A {@code Json.Reader} of the type. */
    CodeBlock reader(DataType type, int depth) {
        Scalar scalar = Scalar.of(type);
        if (scalar == Scalar.DECIMAL) {
            return CodeBlock.of("p$L -> $T.readDecimal(p$L, $L)", depth, runtime.values, depth,
                    ((DataType.Decimal) type).scale());
        }
        if (scalar != null) {
            return CodeBlock.of("$T::read$L", runtime.values, scalar.suffix());
        }
        if (type instanceof DataType.Struct struct) {
            return CodeBlock.of("$T::readJson", structType(struct));
        }
        if (type instanceof DataType.Array array) {
            return CodeBlock.of("p$L -> $T.readList(p$L, $L)", depth, runtime.json, depth,
                    reader(array.element().type(), depth + 1));
        }
        return CodeBlock.of("$T::readStringMap", runtime.values);
    }

    /** Whether the column travels as JSON text from the SQL engine (struct, array, map). */
    static boolean isJson(DataType type) {
        return Scalar.of(type) == null;
    }

    /** Reads column {@code index} (1-based) of the JDBC result set named {@code row}. */
    CodeBlock jdbcColumn(DataType type, int index) {
        Scalar scalar = Scalar.of(type);
        if (scalar == Scalar.DECIMAL) {
            return CodeBlock.of("$T.getDecimal(row, $L, $L)", runtime.jdbc, index, ((DataType.Decimal) type).scale());
        }
        if (scalar != null) {
            return CodeBlock.of("$T.get$L(row, $L)", runtime.jdbc, scalar.suffix(), index);
        }
        return CodeBlock.of("$T.read($T.getString(row, $L), $L)", runtime.json, runtime.jdbc, index,
                reader(type, 1));
    }

    /** Reads text column {@code index} (0-based) of the Athena row named {@code values}. */
    CodeBlock athenaColumn(DataType type, int index) {
        Scalar scalar = Scalar.of(type);
        if (scalar == Scalar.STRING) {
            return CodeBlock.of("values[$L]", index);
        }
        if (scalar == Scalar.DECIMAL) {
            return CodeBlock.of("$T.parseDecimal(values[$L], $L)", runtime.values, index,
                    ((DataType.Decimal) type).scale());
        }
        if (scalar != null) {
            return CodeBlock.of("$T.parse$L(values[$L])", runtime.values, scalar.suffix(), index);
        }
        return CodeBlock.of("$T.read(values[$L], $L)", runtime.json, index, reader(type, 1));
    }

    /** Parses canonical text ({@code Values.text}) back into the scalar type, e.g. from a page token. */
    CodeBlock parseText(DataType type, CodeBlock text) {
        Scalar scalar = Scalar.of(type);
        if (scalar == Scalar.STRING) {
            return text;
        }
        if (scalar == Scalar.DECIMAL) {
            return CodeBlock.of("$T.parseDecimal($L, $L)", runtime.values, text, ((DataType.Decimal) type).scale());
        }
        if (scalar == null) {
            throw new IllegalArgumentException("not a scalar: " + type.glueType());
        }
        return CodeBlock.of("$T.parse$L($L)", runtime.values, scalar.suffix(), text);
    }
}
