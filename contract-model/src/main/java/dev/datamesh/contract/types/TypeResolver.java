package dev.datamesh.contract.types;

import dev.datamesh.contract.model.SchemaObject;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.contract.validation.ValidationEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves each property's {@link DataType} from its logicalType, physicalType, options, items and nested
 * properties, following DESIGN.md's type mapping. Problems that make a type wrong or impossible are reported as
 * events; resolution always yields a usable type so that validation can go on.
 */
public final class TypeResolver {

    /** physicalType names a Glue type of another family than logicalType (e.g. string vs int). */
    public static final String PHYSICAL_TYPE = "ODCS-PHYSICAL-TYPE";
    /** decimal precision or scale out of Glue's range (1 &le; p &le; 38, 0 &le; s &le; p). */
    public static final String DECIMAL_RANGE = "GLUE-DECIMAL-RANGE";
    /** An array without {@code items}. */
    public static final String ARRAY_ITEMS = "ODCS-ARRAY-ITEMS";
    /** No logicalType and nothing to infer it from. */
    public static final String LOGICAL_TYPE_MISSING = "ODCS-LOGICAL-TYPE-MISSING";

    public static final int MAX_DECIMAL_PRECISION = 38;

    private TypeResolver() {}

    /** The resolved columns of a table, data columns and partition keys alike, in contract order. */
    public static List<ResolvedField> resolve(SchemaObject table, List<ValidationEvent> events) {
        List<ResolvedField> fields = new ArrayList<>();
        for (SchemaProperty property : table.properties()) {
            fields.add(resolve(property, events));
        }
        return fields;
    }

    /** Resolves one property, adding any problem to {@code events}. */
    public static ResolvedField resolve(SchemaProperty property, List<ValidationEvent> events) {
        return new ResolvedField(property.columnName(), type(property, events), property.isNullable(), property);
    }

    /** Resolves one property, ignoring problems (for generators that run after validation). */
    public static ResolvedField resolve(SchemaProperty property) {
        return resolve(property, new ArrayList<>());
    }

    private static DataType type(SchemaProperty property, List<ValidationEvent> events) {
        String logical = property.logicalType().map(t -> t.toLowerCase(Locale.ROOT)).orElse("");
        Optional<DataType> physical = property.physicalType().flatMap(HiveType::parse);
        physical.ifPresent(p -> checkDecimal(p, property, events));
        if (logical.isEmpty()) {
            logical = inferLogical(property, physical, events);
        }
        return switch (logical) {
            case "string" -> string(property, physical, events);
            case "integer" -> integer(property, physical, events);
            case "number" -> number(property, physical, events);
            case "boolean" -> expect(property, physical, DataType.Kind.BOOLEAN, events);
            case "date" -> date(property, physical, events);
            case "timestamp" -> expect(property, physical, DataType.Kind.TIMESTAMP, events);
            case "time" -> time(property, physical, events);
            case "array" -> array(property, events);
            case "object" -> object(property, events);
            case "map" -> new DataType.MapType();
            // Unknown logical types are reported by the JSON Schema layer; read as string to go on.
            default -> DataType.Primitive.of(DataType.Kind.STRING);
        };
    }

    private static String inferLogical(SchemaProperty property, Optional<DataType> physical,
            List<ValidationEvent> events) {
        if (!property.properties().isEmpty()) {
            return "object";
        }
        if (property.items().isPresent()) {
            return "array";
        }
        if (physical.isPresent()) {
            return logicalOf(physical.get());
        }
        events.add(ValidationEvent.warning(LOGICAL_TYPE_MISSING, property.nameLocation(),
                "Property '" + property.path() + "' has no logicalType; it is read as a string.",
                "add 'logicalType:' (string, integer, number, boolean, date, timestamp, time, array or object)."));
        return "string";
    }

    private static String logicalOf(DataType physical) {
        if (physical instanceof DataType.Decimal) {
            return "number";
        }
        DataType.Kind kind = ((DataType.Primitive) physical).kind();
        return switch (kind) {
            case TINYINT, SMALLINT, INT, BIGINT -> "integer";
            case FLOAT, DOUBLE -> "number";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            case TIMESTAMP -> "timestamp";
            default -> "string";
        };
    }

    private static DataType string(SchemaProperty property, Optional<DataType> physical,
            List<ValidationEvent> events) {
        boolean uuid = property.options().format().map(f -> f.equalsIgnoreCase("uuid")).orElse(false);
        if (physical.isPresent()) {
            if (physical.get() instanceof DataType.Primitive p && p.kind() == DataType.Kind.STRING) {
                return uuid ? new DataType.Primitive(DataType.Kind.UUID, p.length(), p.fixedLength()) : p;
            }
            // ODCS has no binary logical type: bytes are a string whose physicalType is binary.
            if (physical.get() instanceof DataType.Primitive p && p.kind() == DataType.Kind.BINARY) {
                return p;
            }
            mismatch(property, "string", events);
        }
        return DataType.Primitive.of(uuid ? DataType.Kind.UUID : DataType.Kind.STRING);
    }

    private static DataType integer(SchemaProperty property, Optional<DataType> physical,
            List<ValidationEvent> events) {
        if (physical.isPresent()) {
            DataType p = physical.get();
            if (p instanceof DataType.Primitive prim && isIntegral(prim.kind())) {
                return p;
            }
            if (p instanceof DataType.Decimal d && d.scale() == 0) {
                return d;
            }
            mismatch(property, "integer", events);
        }
        return DataType.Primitive.of(DataType.Kind.BIGINT);
    }

    private static DataType number(SchemaProperty property, Optional<DataType> physical,
            List<ValidationEvent> events) {
        if (physical.isPresent()) {
            DataType p = physical.get();
            if (p instanceof DataType.Decimal) {
                return p;
            }
            if (p instanceof DataType.Primitive prim && (isIntegral(prim.kind())
                    || prim.kind() == DataType.Kind.FLOAT || prim.kind() == DataType.Kind.DOUBLE)) {
                return p;
            }
            mismatch(property, "number", events);
        }
        return DataType.Primitive.of(DataType.Kind.DOUBLE);
    }

    /** ODCS v3.0 had no timestamp logical type: {@code date} over a physical {@code timestamp} is a timestamp. */
    private static DataType date(SchemaProperty property, Optional<DataType> physical, List<ValidationEvent> events) {
        if (physical.isPresent() && physical.get() instanceof DataType.Primitive p
                && p.kind() == DataType.Kind.TIMESTAMP) {
            return p;
        }
        return expect(property, physical, DataType.Kind.DATE, events);
    }

    private static DataType time(SchemaProperty property, Optional<DataType> physical, List<ValidationEvent> events) {
        if (physical.isPresent() && !(physical.get() instanceof DataType.Primitive p
                && p.kind() == DataType.Kind.STRING)) {
            mismatch(property, "time", events);
        }
        return DataType.Primitive.of(DataType.Kind.TIME);
    }

    private static DataType expect(SchemaProperty property, Optional<DataType> physical, DataType.Kind kind,
            List<ValidationEvent> events) {
        if (physical.isPresent() && !(physical.get() instanceof DataType.Primitive p && p.kind() == kind)) {
            mismatch(property, kind.name().toLowerCase(Locale.ROOT), events);
        }
        return DataType.Primitive.of(kind);
    }

    private static DataType array(SchemaProperty property, List<ValidationEvent> events) {
        if (property.items().isEmpty()) {
            events.add(ValidationEvent.error(ARRAY_ITEMS, property.nameLocation(),
                    "Array property '" + property.path() + "' has no 'items'.",
                    "add 'items:' with the element's logicalType, e.g. 'items: {logicalType: string}'."));
            return new DataType.Array(new ResolvedField("element", DataType.Primitive.of(DataType.Kind.STRING),
                    true, property));
        }
        SchemaProperty items = property.items().get();
        return new DataType.Array(new ResolvedField("element", type(items, events), items.isNullable(), items));
    }

    private static DataType object(SchemaProperty property, List<ValidationEvent> events) {
        if (property.properties().isEmpty()) {
            return new DataType.MapType();
        }
        List<ResolvedField> fields = new ArrayList<>();
        for (SchemaProperty nested : property.properties()) {
            fields.add(resolve(nested, events));
        }
        return new DataType.Struct(fields);
    }

    private static boolean isIntegral(DataType.Kind kind) {
        return kind == DataType.Kind.TINYINT || kind == DataType.Kind.SMALLINT || kind == DataType.Kind.INT
                || kind == DataType.Kind.BIGINT;
    }

    private static void checkDecimal(DataType physical, SchemaProperty property, List<ValidationEvent> events) {
        if (physical instanceof DataType.Decimal d
                && (d.precision() < 1 || d.precision() > MAX_DECIMAL_PRECISION || d.scale() < 0
                        || d.scale() > d.precision())) {
            events.add(ValidationEvent.error(DECIMAL_RANGE, property.node().valueLocation("physicalType"),
                    "Decimal '" + property.physicalType().orElse("") + "' of property '" + property.path()
                            + "' is out of range: precision must be 1 to 38 and scale 0 to the precision.",
                    "use 'physicalType: decimal(p,s)' with 1 <= p <= 38 and 0 <= s <= p, e.g. decimal(38,"
                            + Math.max(0, Math.min(d.scale(), MAX_DECIMAL_PRECISION)) + ")."));
        }
    }

    private static void mismatch(SchemaProperty property, String logical, List<ValidationEvent> events) {
        events.add(ValidationEvent.error(PHYSICAL_TYPE, property.node().valueLocation("physicalType"),
                "physicalType '" + property.physicalType().orElse("") + "' of property '" + property.path()
                        + "' contradicts logicalType '" + logical + "'.",
                "make 'physicalType' a Glue type of the same kind as 'logicalType: " + logical
                        + "', or remove it."));
    }
}
