package dev.datamesh.generator.avro;

import dev.datamesh.contract.model.CustomProperty;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.contract.types.DataType;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * The Avro hints of one property (see {@link AvroSchemaGenerator}: {@value AvroSchemaGenerator#AVRO_NAME},
 * {@value AvroSchemaGenerator#AVRO_TYPE}, {@value AvroSchemaGenerator#AVRO_FIXED_SIZE},
 * {@value AvroSchemaGenerator#AVRO_LOGICAL_TYPE}), checked against the property's resolved type.
 *
 * @param path the property's path, for messages
 * @param symbols the enum's symbols, empty unless {@link #isEnum()}
 * @param size the fixed's size, 0 unless {@link #isFixed()}
 */
record AvroHints(String path, Optional<String> name, Optional<String> avroType, List<String> symbols, int size,
        Optional<LogicalType> logicalType) {

    private static final Pattern ENUM_PATTERN =
            Pattern.compile("\\^\\((?:\\?:)?([A-Za-z_][A-Za-z0-9_]*(?:\\|[A-Za-z_][A-Za-z0-9_]*)*)\\)\\$");
    private static final Map<String, Supplier<LogicalType>> TIME = Map.of(
            "time-millis", LogicalTypes::timeMillis,
            "time-micros", LogicalTypes::timeMicros);
    private static final Map<String, Supplier<LogicalType>> TIMESTAMP = Map.of(
            "timestamp-millis", LogicalTypes::timestampMillis,
            "timestamp-micros", LogicalTypes::timestampMicros,
            "timestamp-nanos", LogicalTypes::timestampNanos,
            "local-timestamp-millis", LogicalTypes::localTimestampMillis,
            "local-timestamp-micros", LogicalTypes::localTimestampMicros,
            "local-timestamp-nanos", LogicalTypes::localTimestampNanos);
    private static final Map<String, Supplier<LogicalType>> NUMBER = Map.of(
            "big-decimal", LogicalTypes::bigDecimal);
    private static final Map<String, Supplier<LogicalType>> FIXED = Map.of(
            "duration", LogicalTypes::duration);
    /** The size of Avro's {@code duration}: three unsigned 32-bit integers. */
    private static final int DURATION_SIZE = 12;

    AvroHints {
        symbols = List.copyOf(symbols);
    }

    boolean isEnum() {
        return avroType.filter("enum"::equals).isPresent();
    }

    boolean isFixed() {
        return avroType.filter("fixed"::equals).isPresent();
    }

    /** The hints of a property of this resolved type. */
    static AvroHints of(SchemaProperty property, DataType type) {
        String path = property.path();
        Optional<String> name = name(property.customProperty(AvroSchemaGenerator.AVRO_NAME), "property '" + path
                + "'");
        Optional<String> avroType = text(property, AvroSchemaGenerator.AVRO_TYPE);
        List<String> symbols = List.of();
        int size = 0;
        if (avroType.isPresent()) {
            switch (avroType.get()) {
                case "enum" -> symbols = symbols(property, type);
                case "fixed" -> size = size(property, type);
                default -> throw new IllegalArgumentException("The custom property " + AvroSchemaGenerator.AVRO_TYPE
                        + " of property '" + path + "' is '" + avroType.get() + "'; use enum or fixed.");
            }
        }
        int fixedSize = size;
        Optional<LogicalType> logicalType = text(property, AvroSchemaGenerator.AVRO_LOGICAL_TYPE)
                .map(l -> logicalType(property, type, fixedSize, l));
        return new AvroHints(path, name, avroType, symbols, size, logicalType);
    }

    /** An {@value AvroSchemaGenerator#AVRO_NAME} hint, checked to be a full Avro name. */
    static Optional<String> name(Optional<CustomProperty> hint, String owner) {
        Optional<String> name = hint.flatMap(CustomProperty::text).map(String::strip).filter(n -> !n.isEmpty());
        if (name.isPresent() && !AvroNames.isValidNamespace(name.get())) {
            throw new IllegalArgumentException("The custom property " + AvroSchemaGenerator.AVRO_NAME + " of "
                    + owner + " is '" + name.get() + "', which is no Avro name: write dot-separated names of"
                    + " letters, digits and '_', e.g. com.acme.Address.");
        }
        return name;
    }

    /** The Avro type a logical type of a hint annotates, outside {@code fixed}. */
    static Schema.Type baseType(LogicalType logicalType) {
        return switch (logicalType.getName()) {
            case "time-millis" -> Schema.Type.INT;
            case "big-decimal" -> Schema.Type.BYTES;
            default -> Schema.Type.LONG;
        };
    }

    private static Optional<String> text(SchemaProperty property, String key) {
        return property.customProperty(key).flatMap(CustomProperty::text).map(String::strip).filter(t -> !t.isEmpty());
    }

    private static List<String> symbols(SchemaProperty property, DataType type) {
        Optional<String> pattern = property.options().pattern();
        Matcher matcher = pattern.map(ENUM_PATTERN::matcher).filter(Matcher::matches).orElse(null);
        if (!isKind(type, DataType.Kind.STRING) || matcher == null) {
            throw new IllegalArgumentException("Property '" + property.path() + "' is an Avro enum (custom property "
                    + AvroSchemaGenerator.AVRO_TYPE + "), so it must be 'logicalType: string' with"
                    + " 'logicalTypeOptions.pattern' of the form ^(A|B|C)$, each symbol an Avro name.");
        }
        return List.of(matcher.group(1).split("\\|"));
    }

    private static int size(SchemaProperty property, DataType type) {
        if (!isKind(type, DataType.Kind.BINARY) && !(type instanceof DataType.Decimal)) {
            throw new IllegalArgumentException("Property '" + property.path() + "' is an Avro fixed (custom property "
                    + AvroSchemaGenerator.AVRO_TYPE + "), so it must be a string with 'physicalType: binary' or a"
                    + " number with 'physicalType: decimal(p,s)'.");
        }
        Optional<BigInteger> size = property.customProperty(AvroSchemaGenerator.AVRO_FIXED_SIZE)
                .flatMap(p -> p.text()).filter(t -> t.strip().matches("[0-9]{1,9}"))
                .map(t -> new BigInteger(t.strip())).filter(n -> n.signum() > 0);
        return size.orElseThrow(() -> new IllegalArgumentException("Property '" + property.path()
                + "' is an Avro fixed, so it needs the custom property " + AvroSchemaGenerator.AVRO_FIXED_SIZE
                + " with its size in bytes (a whole number of at least 1).")).intValue();
    }

    private static LogicalType logicalType(SchemaProperty property, DataType type, int fixedSize, String name) {
        Map<String, Supplier<LogicalType>> allowed = isKind(type, DataType.Kind.TIME) ? TIME
                : isKind(type, DataType.Kind.TIMESTAMP) ? TIMESTAMP
                : isKind(type, DataType.Kind.DOUBLE) ? NUMBER
                : fixedSize == DURATION_SIZE && isKind(type, DataType.Kind.BINARY) ? FIXED
                : Map.of();
        Supplier<LogicalType> logicalType = allowed.get(name);
        if (logicalType == null) {
            throw new IllegalArgumentException("The custom property " + AvroSchemaGenerator.AVRO_LOGICAL_TYPE
                    + " of property '" + property.path() + "' is '" + name + "', which does not fit its type "
                    + type.glueType() + (allowed.isEmpty() ? "; remove it." : "; use one of "
                    + String.join(", ", allowed.keySet().stream().sorted().toList()) + "."));
        }
        return logicalType.get();
    }

    private static boolean isKind(DataType type, DataType.Kind kind) {
        return type instanceof DataType.Primitive p && p.kind() == kind;
    }
}
