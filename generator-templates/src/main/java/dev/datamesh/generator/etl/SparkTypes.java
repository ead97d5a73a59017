package dev.datamesh.generator.etl;

import dev.datamesh.contract.types.DataType;
import dev.datamesh.contract.types.ResolvedField;
import java.util.stream.Collectors;

/**
 * The Spark SQL type (DDL text, as {@code Column.cast} reads it) of a resolved contract type. Spark cannot cast to
 * {@code varchar(n)} / {@code char(n)}: those become {@code string} and the ruleset checks their length.
 */
final class SparkTypes {

    private SparkTypes() {}

    static String ddl(DataType type) {
        if (type instanceof DataType.Primitive primitive) {
            return switch (primitive.kind()) {
                case STRING, UUID, TIME -> "string";
                case TINYINT -> "tinyint";
                case SMALLINT -> "smallint";
                case INT -> "int";
                case BIGINT -> "bigint";
                case FLOAT -> "float";
                case DOUBLE -> "double";
                case BOOLEAN -> "boolean";
                case DATE -> "date";
                case TIMESTAMP -> "timestamp";
                case BINARY -> "binary";
            };
        } else if (type instanceof DataType.Decimal decimal) {
            return "decimal(" + decimal.precision() + "," + decimal.scale() + ")";
        } else if (type instanceof DataType.Array array) {
            return "array<" + ddl(array.element().type()) + ">";
        } else if (type instanceof DataType.Struct struct) {
            return struct.fields().stream().map(SparkTypes::field).collect(Collectors.joining(",", "struct<", ">"));
        }
        return "map<string,string>";
    }

    /** A struct field; names are checked Glue names, quoted so that a leading digit is no problem. */
    private static String field(ResolvedField field) {
        return "`" + field.glueName() + "`:" + ddl(field.type());
    }
}
