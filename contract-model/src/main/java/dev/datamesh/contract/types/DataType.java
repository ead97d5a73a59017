package dev.datamesh.contract.types;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The resolved type of a property: one value from which every target's type is derived (see DESIGN.md,
 * "Type mapping"). Nullability belongs to the field ({@link ResolvedField}), not to the type.
 */
public sealed interface DataType permits DataType.Primitive, DataType.Decimal, DataType.Array, DataType.Struct,
        DataType.MapType {

    /** The Glue / Hive column type, e.g. {@code decimal(12,2)} or {@code array<struct<a:string>>}. */
    String glueType();

    /** The Avro type in short form, e.g. {@code long/timestamp-micros}; the Avro generator builds the schema. */
    String avroType();

    /** The OpenAPI 3.0 {@code type}. */
    String openApiType();

    /** The OpenAPI 3.0 {@code format}, or empty. */
    String openApiFormat();

    /** The Java type as source text, e.g. {@code java.math.BigDecimal}. */
    String javaType();

    /** Scalar kinds, with their mapping to every target. */
    enum Kind {
        STRING("string", "string", "string", "", "java.lang.String"),
        UUID("string", "string/uuid", "string", "uuid", "java.lang.String"),
        TINYINT("tinyint", "int", "integer", "int32", "java.lang.Integer"),
        SMALLINT("smallint", "int", "integer", "int32", "java.lang.Integer"),
        INT("int", "int", "integer", "int32", "java.lang.Integer"),
        BIGINT("bigint", "long", "integer", "int64", "java.lang.Long"),
        FLOAT("float", "float", "number", "float", "java.lang.Float"),
        DOUBLE("double", "double", "number", "double", "java.lang.Double"),
        BOOLEAN("boolean", "boolean", "boolean", "", "java.lang.Boolean"),
        DATE("date", "int/date", "string", "date", "java.time.LocalDate"),
        TIMESTAMP("timestamp", "long/timestamp-micros", "string", "date-time", "java.time.OffsetDateTime"),
        TIME("string", "int/time-millis", "string", "time", "java.time.LocalTime"),
        BINARY("binary", "bytes", "string", "byte", "byte[]");

        private final String glue;
        private final String avro;
        private final String openApiType;
        private final String openApiFormat;
        private final String java;

        Kind(String glue, String avro, String openApiType, String openApiFormat, String java) {
            this.glue = glue;
            this.avro = avro;
            this.openApiType = openApiType;
            this.openApiFormat = openApiFormat;
            this.java = java;
        }
    }

    /**
     * A scalar. {@code length} is the declared length of {@code varchar(n)} / {@code char(n)} (else 0), and
     * {@code fixedLength} tells {@code char(n)} from {@code varchar(n)}.
     */
    record Primitive(Kind kind, int length, boolean fixedLength) implements DataType {

        public static Primitive of(Kind kind) {
            return new Primitive(kind, 0, false);
        }

        @Override
        public String glueType() {
            if (length > 0 && (kind == Kind.STRING || kind == Kind.UUID)) {
                return (fixedLength ? "char(" : "varchar(") + length + ")";
            }
            return kind.glue;
        }

        @Override
        public String avroType() {
            return kind.avro;
        }

        @Override
        public String openApiType() {
            return kind.openApiType;
        }

        @Override
        public String openApiFormat() {
            return kind.openApiFormat;
        }

        @Override
        public String javaType() {
            return kind.java;
        }
    }

    /** An exact decimal; OpenAPI carries it as a number without format and Java reads it as BigDecimal. */
    record Decimal(int precision, int scale) implements DataType {

        @Override
        public String glueType() {
            return "decimal(" + precision + "," + scale + ")";
        }

        @Override
        public String avroType() {
            return "bytes/decimal(" + precision + "," + scale + ")";
        }

        @Override
        public String openApiType() {
            return "number";
        }

        @Override
        public String openApiFormat() {
            return "";
        }

        @Override
        public String javaType() {
            return "java.math.BigDecimal";
        }
    }

    /** A list of elements. */
    record Array(ResolvedField element) implements DataType {

        @Override
        public String glueType() {
            return "array<" + element.type().glueType() + ">";
        }

        @Override
        public String avroType() {
            return "array<" + element.avroTypeWithNull() + ">";
        }

        @Override
        public String openApiType() {
            return "array";
        }

        @Override
        public String openApiFormat() {
            return "";
        }

        @Override
        public String javaType() {
            return "java.util.List<" + element.type().javaType() + ">";
        }
    }

    /** A nested object with named fields (Glue struct, Avro record). */
    record Struct(List<ResolvedField> fields) implements DataType {

        public Struct {
            fields = List.copyOf(fields);
        }

        @Override
        public String glueType() {
            return fields.stream().map(f -> f.glueName() + ":" + f.type().glueType())
                    .collect(Collectors.joining(",", "struct<", ">"));
        }

        @Override
        public String avroType() {
            return fields.stream().map(f -> f.name() + ":" + f.avroTypeWithNull())
                    .collect(Collectors.joining(",", "record{", "}"));
        }

        @Override
        public String openApiType() {
            return "object";
        }

        @Override
        public String openApiFormat() {
            return "";
        }

        /** A nested type: generators name it; here the generic form. */
        @Override
        public String javaType() {
            return "java.lang.Object";
        }
    }

    /** An object without declared properties: string keys to string values. */
    record MapType() implements DataType {

        @Override
        public String glueType() {
            return "map<string,string>";
        }

        @Override
        public String avroType() {
            return "map<string>";
        }

        @Override
        public String openApiType() {
            return "object";
        }

        @Override
        public String openApiFormat() {
            return "";
        }

        @Override
        public String javaType() {
            return "java.util.Map<java.lang.String, java.lang.String>";
        }
    }
}
