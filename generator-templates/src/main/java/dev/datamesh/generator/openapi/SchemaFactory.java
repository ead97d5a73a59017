package dev.datamesh.generator.openapi;

import dev.datamesh.contract.loader.ListNode;
import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.Node;
import dev.datamesh.contract.loader.Nodes;
import dev.datamesh.contract.loader.ScalarNode;
import dev.datamesh.contract.model.LogicalTypeOptions;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.contract.types.DataType;
import dev.datamesh.contract.types.ResolvedField;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns resolved types into OpenAPI 3.0 schemas following DESIGN.md's type mapping, adding nested objects to the
 * components as schemas named after their path ({@code SaleLinesCustomer}, {@code SaleLinesPromotionsItem}).
 */
final class SchemaFactory {

    static final String COMPONENTS = "#/components/schemas/";
    static final String PRECISION = "x-precision";
    static final String SCALE = "x-scale";

    /**
     * String formats of {@code logicalTypeOptions.format} passed through: those that keep the value a
     * {@code String} in generated clients ({@code uri}, {@code byte} and {@code binary} would not).
     */
    static final Set<String> STRING_FORMATS = Set.of("email", "hostname", "ipv4", "ipv6", "password");

    private final Components components;
    private final Names names;

    SchemaFactory(Components components, Names names) {
        this.components = components;
        this.names = names;
    }

    /** The schema of a property, nullable when the property is not required. */
    Schema<Object> property(ResolvedField field, String nestedName) {
        return nullable(schema(field.type(), field.property(), nestedName, true), field.nullable());
    }

    /** A filter or key parameter's schema: the column's type and constraints, never nullable, no description. */
    Schema<Object> parameter(ResolvedField field) {
        return schema(field.type(), field.property(), "", false);
    }

    /** A component object schema with the given fields, in contract order; {@code required} from the fields. */
    void object(Schema<Object> target, String name, List<ResolvedField> fields) {
        target.setType("object");
        for (ResolvedField field : fields) {
            target.addProperty(field.name(), property(field, name + Names.typeName(field.name(), "Field")));
            if (!field.nullable()) {
                target.addRequiredItem(field.name());
            }
        }
    }

    private Schema<Object> schema(DataType type, SchemaProperty property, String nestedName, boolean documented) {
        if (type instanceof DataType.Struct struct) {
            return struct(struct, property, nestedName);
        }
        Schema<Object> schema = new Schema<>();
        schema.setType(type.openApiType());
        if (!type.openApiFormat().isEmpty()) {
            schema.setFormat(type.openApiFormat());
        }
        LogicalTypeOptions options = property.options();
        if (type instanceof DataType.Primitive primitive) {
            primitive(schema, primitive, options);
        } else if (type instanceof DataType.Decimal decimal) {
            bounds(schema, options);
            schema.addExtension(PRECISION, decimal.precision());
            schema.addExtension(SCALE, decimal.scale());
        } else if (type instanceof DataType.Array array) {
            ResolvedField element = array.element();
            schema.setItems(nullable(schema(element.type(), element.property(), nestedName + "Item", documented),
                    element.nullable()));
            options.minItems().ifPresent(schema::setMinItems);
            options.maxItems().ifPresent(schema::setMaxItems);
            Nodes.bool(options.node(), "uniqueItems").filter(Boolean::booleanValue).ifPresent(schema::setUniqueItems);
        } else if (type instanceof DataType.MapType) {
            Schema<Object> values = new Schema<>();
            values.setType("string");
            schema.setAdditionalProperties(values);
        }
        if (documented) {
            property.description().ifPresent(schema::setDescription);
        }
        example(type, property.examples()).ifPresent(schema::setExample);
        return schema;
    }

    private Schema<Object> struct(DataType.Struct struct, SchemaProperty property, String nestedName) {
        String name = names.claim(nestedName);
        Schema<Object> component = new Schema<>();
        property.description().ifPresent(component::setDescription);
        components.addSchemas(name, component);
        object(component, name, struct.fields());
        return ref(name);
    }

    /** A reference to a component schema. */
    static Schema<Object> ref(String name) {
        Schema<Object> ref = new Schema<>();
        ref.set$ref(COMPONENTS + name);
        return ref;
    }

    private static void primitive(Schema<Object> schema, DataType.Primitive primitive, LogicalTypeOptions options) {
        switch (primitive.kind()) {
            case STRING, UUID -> {
                options.minLength().ifPresent(schema::setMinLength);
                Optional<Integer> max = options.maxLength();
                if (primitive.length() > 0) {
                    max = Optional.of(max.map(m -> Math.min(m, primitive.length())).orElse(primitive.length()));
                }
                max.ifPresent(schema::setMaxLength);
                options.pattern().filter(SchemaFactory::isRegex).ifPresent(schema::setPattern);
                if (primitive.kind() == DataType.Kind.STRING) {
                    options.format().map(f -> f.toLowerCase(Locale.ROOT)).filter(STRING_FORMATS::contains)
                            .ifPresent(schema::setFormat);
                }
            }
            case TINYINT, SMALLINT, INT, BIGINT, FLOAT, DOUBLE -> bounds(schema, options);
            default -> {
                // booleans, dates, timestamps, times and binary: OpenAPI 3.0 has no bounds for them
            }
        }
    }

    /** An invalid regex (reported by validation) is left out rather than make the spec invalid. */
    private static boolean isRegex(String pattern) {
        try {
            Pattern.compile(pattern);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    /**
     * {@code minimum}/{@code maximum}, made exclusive by ODCS v3.1's numeric {@code exclusiveMinimum} /
     * {@code exclusiveMaximum} (the tighter bound wins) or by an older boolean flag of that name.
     */
    private static void bounds(Schema<Object> schema, LogicalTypeOptions options) {
        MapNode node = options.node();
        Optional<BigDecimal> minimum = options.minimum();
        Optional<BigDecimal> exclusiveMinimum = Nodes.number(node, "exclusiveMinimum");
        if (exclusiveMinimum.isPresent()
                && (minimum.isEmpty() || exclusiveMinimum.get().compareTo(minimum.get()) >= 0)) {
            schema.setMinimum(exclusiveMinimum.get());
            schema.setExclusiveMinimum(true);
        } else if (minimum.isPresent()) {
            schema.setMinimum(minimum.get());
            if (options.exclusiveMinimum()) {
                schema.setExclusiveMinimum(true);
            }
        }
        Optional<BigDecimal> maximum = options.maximum();
        Optional<BigDecimal> exclusiveMaximum = Nodes.number(node, "exclusiveMaximum");
        if (exclusiveMaximum.isPresent()
                && (maximum.isEmpty() || exclusiveMaximum.get().compareTo(maximum.get()) <= 0)) {
            schema.setMaximum(exclusiveMaximum.get());
            schema.setExclusiveMaximum(true);
        } else if (maximum.isPresent()) {
            schema.setMaximum(maximum.get());
            if (options.exclusiveMaximum()) {
                schema.setExclusiveMaximum(true);
            }
        }
    }

    /**
     * OpenAPI 3.0 ignores siblings of {@code $ref}, and {@code nullable} takes effect only next to a type; so a
     * nullable reference is {@code nullable: true} with {@code allOf: [$ref]}, which openapi-generator reads as
     * the referenced type.
     */
    static Schema<Object> nullable(Schema<Object> schema, boolean nullable) {
        if (!nullable) {
            return schema;
        }
        if (schema.get$ref() != null) {
            Schema<Object> wrapper = new Schema<>();
            wrapper.setNullable(true);
            wrapper.addAllOfItem(schema);
            return wrapper;
        }
        schema.setNullable(true);
        return schema;
    }

    /** The first of the contract's {@code examples} as a value of the schema's type, or empty when it is not one. */
    static Optional<Object> example(DataType type, List<Node> examples) {
        if (examples.isEmpty()) {
            return Optional.empty();
        }
        Node node = examples.get(0);
        if (type instanceof DataType.Decimal) {
            return decimal(node);
        }
        if (type instanceof DataType.Array) {
            return node instanceof ListNode list ? Optional.ofNullable(list.toPlain()) : Optional.empty();
        }
        if (type instanceof DataType.MapType) {
            return node instanceof MapNode map ? Optional.ofNullable(map.toPlain()) : Optional.empty();
        }
        if (!(type instanceof DataType.Primitive primitive) || !(node instanceof ScalarNode scalar)
                || scalar.isNull()) {
            return Optional.empty();
        }
        String text = scalar.asText();
        return switch (primitive.kind()) {
            case STRING, TIME -> Optional.of(text);
            case UUID -> parses(() -> UUID.fromString(text), text);
            case BINARY -> parses(() -> Base64.getDecoder().decode(text), text);
            case DATE -> parses(() -> LocalDate.parse(text), text);
            case TIMESTAMP -> parses(() -> OffsetDateTime.parse(text), text);
            case BOOLEAN -> scalar.isBoolean() ? Optional.of(scalar.value())
                    : text.equals("true") || text.equals("false") ? Optional.of(Boolean.valueOf(text))
                    : Optional.empty();
            case TINYINT, SMALLINT, INT, BIGINT -> decimal(node).flatMap(SchemaFactory::integral);
            case FLOAT, DOUBLE -> decimal(node);
        };
    }

    private static Optional<Object> decimal(Node node) {
        if (!(node instanceof ScalarNode scalar) || scalar.isBoolean() || scalar.isNull()) {
            return Optional.empty();
        }
        if (scalar.isNumber()) {
            return Optional.of(Nodes.number(scalar).orElseThrow());
        }
        try {
            return Optional.of(new BigDecimal(scalar.asText().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Object> integral(Object number) {
        try {
            BigInteger value = ((BigDecimal) number).toBigIntegerExact();
            return Optional.of(value);
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static Optional<Object> parses(Runnable check, String text) {
        try {
            check.run();
            return Optional.of(text);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
