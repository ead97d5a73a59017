package dev.datamesh.generator.lambda;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.datamesh.contract.types.DataType;

/**
 * The scalar Java types of DESIGN.md's mapping, each with the suffix of its runtime codec methods
 * ({@code Values.writeDate}, {@code Jdbc.getDate}, ...).
 */
enum Scalar {
    STRING(ClassName.get(String.class), "String"),
    INT(ClassName.get(Integer.class), "Int"),
    LONG(ClassName.get(Long.class), "Long"),
    FLOAT(ClassName.get(Float.class), "Float"),
    DOUBLE(ClassName.get(Double.class), "Double"),
    DECIMAL(Types.BIG_DECIMAL, "Decimal"),
    BOOLEAN(ClassName.get(Boolean.class), "Boolean"),
    DATE(ClassName.get("java.time", "LocalDate"), "Date"),
    TIMESTAMP(ClassName.get("java.time", "OffsetDateTime"), "Timestamp"),
    TIME(ClassName.get("java.time", "LocalTime"), "Time"),
    BINARY(ArrayTypeName.of(TypeName.BYTE), "Binary");

    private final TypeName type;
    private final String suffix;

    Scalar(TypeName type, String suffix) {
        this.type = type;
        this.suffix = suffix;
    }

    TypeName type() {
        return type;
    }

    String suffix() {
        return suffix;
    }

    /** The scalar of a primitive or decimal type; null for arrays, objects and maps. */
    static Scalar of(DataType type) {
        if (type instanceof DataType.Decimal) {
            return DECIMAL;
        }
        if (!(type instanceof DataType.Primitive primitive)) {
            return null;
        }
        return switch (primitive.kind()) {
            case STRING, UUID -> STRING;
            case TINYINT, SMALLINT, INT -> INT;
            case BIGINT -> LONG;
            case FLOAT -> FLOAT;
            case DOUBLE -> DOUBLE;
            case BOOLEAN -> BOOLEAN;
            case DATE -> DATE;
            case TIMESTAMP -> TIMESTAMP;
            case TIME -> TIME;
            case BINARY -> BINARY;
        };
    }
}
