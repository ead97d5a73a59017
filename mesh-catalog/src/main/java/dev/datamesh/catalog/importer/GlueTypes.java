package dev.datamesh.catalog.importer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a Glue / Hive column type backwards through DESIGN.md's type mapping into the type keys of an ODCS
 * property, so that generating the Glue table again gives the same type:
 * {@code struct<a:T,...>} is an object with properties, {@code array<T>} an array with items,
 * {@code decimal(p,s)} a number with that physicalType, {@code varchar(n)} and {@code char(n)} a string with that
 * physicalType and {@code maxLength}, {@code int}, {@code smallint}, {@code tinyint} and {@code float} keep their
 * physicalType, {@code bigint} is an integer, {@code double} a number, {@code binary} a string whose physicalType is
 * binary, {@code map<...>} an object without properties. Types the contract model cannot hold (a map of other than
 * strings, {@code uniontype}, {@code interval}) keep their Glue text as physicalType and add a warning.
 */
final class GlueTypes {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String STRING_MAP = "map<string,string>";

    private GlueTypes() {}

    /** Adds the type keys of {@code glueType} to {@code property}; {@code where} names the column in warnings. */
    static void describe(String glueType, ObjectNode property, String where, List<String> warnings) {
        HiveType type;
        try {
            Parser parser = new Parser(glueType);
            type = parser.type();
            parser.end();
        } catch (IllegalArgumentException e) {
            property.put("logicalType", "string");
            property.put("physicalType", glueType.strip());
            warnings.add(where + " has the type '" + glueType.strip() + "', which is no Glue type the import can read ("
                    + e.getMessage() + "); it is imported as a string.");
            return;
        }
        render(type, property, where, warnings);
    }

    private static void render(HiveType type, ObjectNode property, String where, List<String> warnings) {
        if (type instanceof Scalar scalar) {
            scalar(scalar, property, where, warnings);
        } else if (type instanceof ArrayOf array) {
            property.put("logicalType", "array");
            ObjectNode items = NODES.objectNode();
            render(array.element(), items, where + " (array element)", warnings);
            property.set("items", items);
        } else if (type instanceof StructOf struct) {
            property.put("logicalType", "object");
            ArrayNode properties = property.putArray("properties");
            for (Field field : struct.fields()) {
                ObjectNode nested = properties.addObject();
                nested.put("name", field.name());
                render(field.type(), nested, where + "." + field.name(), warnings);
            }
        } else if (type instanceof MapOf map) {
            property.put("logicalType", "object");
            if (!map.text().equals(STRING_MAP)) {
                property.put("physicalType", map.text());
                warnings.add(where + " is a " + map.text() + "; a contract's object without properties is a "
                        + STRING_MAP + ", so generating the Glue table gives " + STRING_MAP + " (physicalType keeps "
                        + "the original).");
            }
        } else {
            String text = ((UnionOf) type).text();
            property.put("logicalType", "string");
            property.put("physicalType", text);
            warnings.add(where + " is a " + text + ", which a contract cannot describe; it is imported as a string.");
        }
    }

    private static void scalar(Scalar scalar, ObjectNode property, String where, List<String> warnings) {
        switch (scalar.name()) {
            case "string" -> property.put("logicalType", "string");
            case "varchar", "char" -> {
                property.put("logicalType", "string");
                property.put("physicalType", scalar.name() + "(" + scalar.length() + ")");
                property.putObject("logicalTypeOptions").put("maxLength", scalar.length());
            }
            case "tinyint", "smallint", "int" -> integer(property, scalar.name());
            case "integer" -> integer(property, "int");
            case "bigint" -> property.put("logicalType", "integer");
            case "float" -> property.put("logicalType", "number").put("physicalType", "float");
            case "double" -> property.put("logicalType", "number");
            case "decimal", "numeric" -> property.put("logicalType", "number")
                    .put("physicalType", "decimal(" + scalar.precision() + "," + scalar.scale() + ")");
            case "boolean", "date", "timestamp" -> property.put("logicalType", scalar.name());
            case "binary" -> property.put("logicalType", "string").put("physicalType", "binary");
            default -> {
                property.put("logicalType", "string");
                property.put("physicalType", scalar.text());
                warnings.add(where + " has the Glue type '" + scalar.text()
                        + "', which the contract model has no type for; it is imported as a string.");
            }
        }
    }

    private static void integer(ObjectNode property, String physicalType) {
        property.put("logicalType", "integer");
        property.put("physicalType", physicalType);
    }

    /** A parsed Glue type. */
    private sealed interface HiveType permits Scalar, ArrayOf, MapOf, StructOf, UnionOf {}

    /** {@code length} for varchar/char; {@code precision} and {@code scale} for decimals. */
    private record Scalar(String name, String text, int length, int precision, int scale) implements HiveType {}

    private record ArrayOf(HiveType element) implements HiveType {}

    private record MapOf(String text) implements HiveType {}

    private record StructOf(List<Field> fields) implements HiveType {}

    private record UnionOf(String text) implements HiveType {}

    private record Field(String name, HiveType type) {}

    /** Recursive descent over the type text; throws IllegalArgumentException with what it expected. */
    private static final class Parser {

        /** Hive's default for a bare {@code decimal}. */
        private static final int DEFAULT_PRECISION = 10;

        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        HiveType type() {
            skipSpaces();
            int start = pos;
            String name = word();
            return switch (name) {
                case "array" -> {
                    expect('<');
                    HiveType element = type();
                    expect('>');
                    yield new ArrayOf(element);
                }
                case "map" -> {
                    expect('<');
                    type();
                    expect(',');
                    type();
                    expect('>');
                    yield new MapOf(normalized(start));
                }
                case "struct" -> new StructOf(fields());
                case "uniontype" -> {
                    expect('<');
                    do {
                        type();
                    } while (accept(','));
                    expect('>');
                    yield new UnionOf(normalized(start));
                }
                case "decimal", "numeric" -> {
                    int precision = DEFAULT_PRECISION;
                    int scale = 0;
                    if (accept('(')) {
                        precision = number();
                        if (accept(',')) {
                            scale = number();
                        }
                        expect(')');
                    }
                    yield new Scalar(name, normalized(start), 0, precision, scale);
                }
                case "varchar", "char" -> {
                    expect('(');
                    int length = number();
                    expect(')');
                    yield new Scalar(name, normalized(start), length, 0, 0);
                }
                default -> new Scalar(name, normalized(start), 0, 0, 0);
            };
        }

        void end() {
            skipSpaces();
            if (pos < text.length()) {
                throw new IllegalArgumentException("unexpected '" + text.substring(pos) + "'");
            }
        }

        private List<Field> fields() {
            expect('<');
            List<Field> fields = new ArrayList<>();
            skipSpaces();
            if (accept('>')) {
                return fields;
            }
            do {
                skipSpaces();
                int colon = text.indexOf(':', pos);
                if (colon < 0) {
                    throw new IllegalArgumentException("a struct field without ':' at " + (pos + 1));
                }
                String name = text.substring(pos, colon).strip().replace("`", "");
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("a struct field without a name at " + (pos + 1));
                }
                pos = colon + 1;
                fields.add(new Field(name, type()));
            } while (accept(','));
            expect('>');
            return fields;
        }

        private String word() {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            if (start == pos) {
                throw new IllegalArgumentException("a type name expected at " + (pos + 1));
            }
            return text.substring(start, pos).toLowerCase(Locale.ROOT);
        }

        private int number() {
            skipSpaces();
            int start = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (start == pos || pos - start > 9) {
                throw new IllegalArgumentException("a number expected at " + (start + 1));
            }
            return Integer.parseInt(text.substring(start, pos));
        }

        private boolean accept(char c) {
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!accept(c)) {
                throw new IllegalArgumentException("'" + c + "' expected at " + (pos + 1));
            }
        }

        private void skipSpaces() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        /** The text of the type parsed since {@code start}, lower case and without spaces. */
        private String normalized(int start) {
            return text.substring(start, pos).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        }
    }
}
