package dev.datamesh.generator.avro;

import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.SchemaObject;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.contract.types.DataType;
import dev.datamesh.contract.types.ResolvedField;
import dev.datamesh.contract.types.TypeResolver;
import dev.datamesh.generator.ContractKey;
import dev.datamesh.generator.GeneratedFile;
import dev.datamesh.generator.Generator;
import dev.datamesh.generator.GeneratorOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.JsonSchemaFormatter;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

/**
 * The {@code avro} generator: one Avro schema ({@code .avsc}) per schema object of a contract, built with Avro's
 * {@link SchemaBuilder} at {@code avro/<contract key>/<RecordName>.avsc}.
 *
 * <p>Mapping (DESIGN.md, "Type mapping"): a property that is not {@code required} is the union
 * {@code ["null", T]} with {@code "default": null}; dates, times, timestamps, decimals and uuids carry Avro logical
 * types; an object with properties is a nested record named after its path ({@code PosTransactionsBasket}), one
 * without is a map of strings. Descriptions become {@code doc}: of the table on its record, of a property on its
 * field, of an array's {@code items} on the record of the elements.
 *
 * <p>Names: the namespace is {@code [<avro.namespacePrefix>.]<domain>.<contract key>} in lower-case segments (the
 * domain left out when there is none); record names are PascalCase and unique, ignoring case, across all files of
 * a contract, so the files of a contract can be parsed together. A column name that is no valid Avro name
 * ({@code [A-Za-z_][A-Za-z0-9_]*}: Glue allows a leading digit, Avro does not) becomes a valid one ({@code 1st_col}
 * becomes {@code _1st_col}) and the field keeps the column name in the property {@value #ORIGINAL_NAME}; Avro
 * {@code aliases} cannot hold it, since aliases must be valid names too.
 *
 * <p>Avro hints: what ODCS cannot say about an Avro schema (named types, enums, fixed, the precision of times and
 * timestamps) travels in {@code customProperties}, which {@code mesh:import} writes when it reads {@code .avsc}
 * files, so that a generated schema is the imported one again:
 * <ul>
 *   <li>{@value #AVRO_NAME} on a schema object, an object property, an array's {@code items} with properties, or
 *       a property with {@value #AVRO_TYPE}: the full name ({@code com.acme.Address}, or just {@code Address} in
 *       the generated namespace) of the record, enum or fixed it becomes;</li>
 *   <li>{@value #AVRO_TYPE} {@code enum} on a string property whose {@code logicalTypeOptions.pattern} is
 *       {@code ^(A|B|C)$} of Avro names: an enum of those symbols;</li>
 *   <li>{@value #AVRO_TYPE} {@code fixed} with {@value #AVRO_FIXED_SIZE} on a binary string
 *       ({@code physicalType: binary}) or a decimal: a fixed of that size;</li>
 *   <li>{@value #AVRO_LOGICAL_TYPE}: {@code time-millis} or {@code time-micros} on a time;
 *       {@code timestamp-millis}, {@code timestamp-micros}, {@code timestamp-nanos},
 *       {@code local-timestamp-millis}, {@code local-timestamp-micros} or {@code local-timestamp-nanos} on a
 *       timestamp (over the {@value #TIMESTAMP_PRECISION} option); {@code big-decimal} on a number without a
 *       decimal physicalType; {@code duration} on a fixed of size 12.</li>
 * </ul>
 * A hint that does not fit its property is an {@link IllegalArgumentException} naming the property and the key.
 */
public final class AvroSchemaGenerator implements Generator {

    /** Option: namespace prefix, dot-separated Avro names, e.g. {@code com.acme.mesh}; default none. */
    public static final String NAMESPACE_PREFIX = "avro.namespacePrefix";
    /** Option: {@code micros} (default) or {@code millis}, the logical type of timestamps. */
    public static final String TIMESTAMP_PRECISION = "avro.timestampPrecision";
    /** Field property holding the contract's column name when the Avro field name differs from it. */
    public static final String ORIGINAL_NAME = "x-original-name";
    /** Custom property: the full name of the record, enum or fixed a schema object or property becomes. */
    public static final String AVRO_NAME = "avroName";
    /** Custom property: {@code enum} or {@code fixed}, an Avro type that ODCS has no logical type for. */
    public static final String AVRO_TYPE = "avroType";
    /** Custom property: the size in bytes of a {@code fixed}. */
    public static final String AVRO_FIXED_SIZE = "avroFixedSize";
    /** Custom property: the Avro logical type of a time, timestamp, big decimal or duration. */
    public static final String AVRO_LOGICAL_TYPE = "avroLogicalType";

    @Override
    public String name() {
        return "avro";
    }

    @Override
    public List<GeneratedFile> generate(Contract contract, GeneratorOptions options) {
        String directory = "avro/" + ContractKey.of(contract) + "/";
        List<GeneratedFile> files = new ArrayList<>();
        for (Schema schema : schemas(contract, options)) {
            files.add(new GeneratedFile(directory + schema.getName() + ".avsc", json(schema)));
        }
        return List.copyOf(files);
    }

    /** The schemas of a contract, one per schema object in contract order (e.g. for compatibility checks). */
    public List<Schema> schemas(Contract contract, GeneratorOptions options) {
        Build build = new Build(namespace(contract, options), timestampMillis(options));
        List<String> names = new ArrayList<>();
        for (SchemaObject table : contract.schema()) {
            Optional<String> hint = AvroHints.name(table.customProperty(AVRO_NAME), "schema object '" + table.name()
                    + "'");
            names.add(hint.isPresent() ? build.reserve(hint.get())
                    : build.records.allocate(AvroNames.recordName(table.tableName())));
        }
        List<Schema> schemas = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            SchemaObject table = contract.schema().get(i);
            List<ResolvedField> fields = TypeResolver.resolve(table, new ArrayList<>());
            schemas.add(build.record(names.get(i), doc(table.description()), fields));
        }
        return List.copyOf(schemas);
    }

    /** The text of a schema file: Avro's pretty JSON with {@code \n} line endings and a final newline. */
    public static String json(Schema schema) {
        return new JsonSchemaFormatter(true).format(schema).replace("\r\n", "\n") + "\n";
    }

    private static String namespace(Contract contract, GeneratorOptions options) {
        StringBuilder namespace = new StringBuilder();
        options.get(NAMESPACE_PREFIX).ifPresent(prefix -> {
            if (!AvroNames.isValidNamespace(prefix)) {
                throw new IllegalArgumentException("option " + NAMESPACE_PREFIX
                        + " must be dot-separated Avro names ([A-Za-z_][A-Za-z0-9_]*), not '" + prefix + "'");
            }
            namespace.append(prefix).append('.');
        });
        contract.domain().filter(d -> !d.isBlank())
                .ifPresent(domain -> namespace.append(AvroNames.namespaceSegment(domain)).append('.'));
        return namespace.append(AvroNames.namespaceSegment(ContractKey.of(contract))).toString();
    }

    private static boolean timestampMillis(GeneratorOptions options) {
        String precision = options.get(TIMESTAMP_PRECISION, "micros");
        return switch (precision.toLowerCase(Locale.ROOT)) {
            case "micros" -> false;
            case "millis" -> true;
            default -> throw new IllegalArgumentException(
                    "option " + TIMESTAMP_PRECISION + " must be 'micros' or 'millis', not '" + precision + "'");
        };
    }

    /** The Avro type of a scalar kind (a new instance: logical types are added to the schema itself). */
    static Schema primitive(DataType.Kind kind, boolean timestampMillis) {
        return switch (kind) {
            case STRING -> SchemaBuilder.builder().stringType();
            case UUID -> LogicalTypes.uuid().addToSchema(Schema.create(Schema.Type.STRING));
            case TINYINT, SMALLINT, INT -> SchemaBuilder.builder().intType();
            case BIGINT -> SchemaBuilder.builder().longType();
            case FLOAT -> SchemaBuilder.builder().floatType();
            case DOUBLE -> SchemaBuilder.builder().doubleType();
            case BOOLEAN -> SchemaBuilder.builder().booleanType();
            case DATE -> LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT));
            case TIMESTAMP -> (timestampMillis ? LogicalTypes.timestampMillis() : LogicalTypes.timestampMicros())
                    .addToSchema(Schema.create(Schema.Type.LONG));
            case TIME -> LogicalTypes.timeMillis().addToSchema(Schema.create(Schema.Type.INT));
            case BINARY -> SchemaBuilder.builder().bytesType();
        };
    }

    private static Optional<String> doc(Optional<String> description) {
        return description.map(String::strip).filter(d -> !d.isEmpty());
    }

    /** The state of one call: the namespace, the options and the record names handed out so far. */
    private static final class Build {

        private final String namespace;
        private final boolean timestampMillis;
        private final AvroNames.Registry records = new AvroNames.Registry("");
        /** The named types of {@value #AVRO_NAME} hints, by full name. */
        private final Map<String, Schema> defined = new HashMap<>();

        Build(String namespace, boolean timestampMillis) {
            this.namespace = namespace;
            this.timestampMillis = timestampMillis;
        }

        /** Reserves the simple name of a full name given by an {@value #AVRO_NAME} hint; returns the full name. */
        String reserve(String fullName) {
            String simple = fullName.substring(fullName.lastIndexOf('.') + 1);
            if (!records.contains(simple)) {
                records.allocate(simple);
            }
            return fullName;
        }

        /**
         * The named type of an {@value #AVRO_NAME} hint: {@code schema}, or the type defined before under the same
         * name when it is the same (Avro defines a name once; later uses refer to it).
         */
        Schema define(String fullName, Schema schema, String owner) {
            Schema existing = defined.putIfAbsent(fullName, schema);
            if (existing == null || existing.equals(schema)) {
                return existing == null ? schema : existing;
            }
            throw new IllegalArgumentException("The " + AVRO_NAME + " '" + fullName + "' of " + owner + " names a"
                    + " type that differs from the one defined before under that name; give it another name.");
        }

        /** A record; {@code name} is simple (generated namespace) or full (from a hint). */
        Schema record(String name, Optional<String> doc, List<ResolvedField> fields) {
            int dot = name.lastIndexOf('.');
            String simple = name.substring(dot + 1);
            SchemaBuilder.RecordBuilder<Schema> record = dot < 0 ? SchemaBuilder.record(name).namespace(namespace)
                    : SchemaBuilder.record(simple).namespace(name.substring(0, dot));
            doc.ifPresent(record::doc);
            SchemaBuilder.FieldAssembler<Schema> assembler = record.fields();
            List<String> fieldNames = fieldNames(fields);
            for (int i = 0; i < fields.size(); i++) {
                ResolvedField field = fields.get(i);
                String fieldName = fieldNames.get(i);
                SchemaBuilder.FieldBuilder<Schema> builder = assembler.name(fieldName);
                doc(field.property().description()).ifPresent(builder::doc);
                if (!fieldName.equals(field.name())) {
                    builder.prop(ORIGINAL_NAME, field.name());
                }
                Schema type = nullable(field, type(field, simple + AvroNames.recordName(field.name())));
                assembler = field.nullable() ? builder.type(type).withDefault(null) : builder.type(type).noDefault();
            }
            return assembler.endRecord();
        }

        /**
         * Avro names of the fields: valid column names first, so that they keep their name, then the others made
         * valid, with {@code _2}, {@code _3}, ... after a name already taken (ignoring case, as Glue and Hive do).
         */
        private static List<String> fieldNames(List<ResolvedField> fields) {
            AvroNames.Registry registry = new AvroNames.Registry("_");
            String[] names = new String[fields.size()];
            for (int i = 0; i < names.length; i++) {
                if (AvroNames.isValid(fields.get(i).name())) {
                    names[i] = registry.allocate(fields.get(i).name());
                }
            }
            for (int i = 0; i < names.length; i++) {
                if (names[i] == null) {
                    names[i] = registry.allocate(AvroNames.fieldName(fields.get(i).name()));
                }
            }
            return List.of(names);
        }

        private static Schema nullable(ResolvedField field, Schema type) {
            return field.nullable() ? SchemaBuilder.unionOf().nullType().and().type(type).endUnion() : type;
        }

        /** The Avro type of a field or array element; {@code recordName} names a record it defines. */
        private Schema type(ResolvedField field, String recordName) {
            DataType type = field.type();
            SchemaProperty property = field.property();
            AvroHints hints = AvroHints.of(property, type);
            if (hints.isEnum()) {
                return named(hints, SchemaBuilder.enumeration(simpleName(hints, recordName))
                        .namespace(namespace(hints)).symbols(hints.symbols().toArray(String[]::new)));
            }
            if (type instanceof DataType.Primitive primitive) {
                if (hints.isFixed()) {
                    Schema fixed = fixed(hints, recordName);
                    hints.logicalType().ifPresent(l -> l.addToSchema(fixed));
                    return named(hints, fixed);
                }
                return hints.logicalType().map(l -> l.addToSchema(Schema.create(AvroHints.baseType(l))))
                        .orElseGet(() -> AvroSchemaGenerator.primitive(primitive.kind(), timestampMillis));
            } else if (type instanceof DataType.Decimal decimal) {
                if (hints.isFixed()) {
                    return named(hints, decimal(decimal, property, fixed(hints, recordName)));
                }
                return decimal(decimal, property, Schema.create(Schema.Type.BYTES));
            } else if (type instanceof DataType.Array array) {
                ResolvedField element = array.element();
                return SchemaBuilder.array().items(nullable(element, elementType(element, recordName)));
            } else if (type instanceof DataType.Struct struct) {
                return record(property, recordName, Optional.empty(), struct.fields());
            }
            return SchemaBuilder.map().values().stringType();
        }

        private Schema elementType(ResolvedField element, String recordName) {
            if (element.type() instanceof DataType.Struct struct) {
                return record(element.property(), recordName, doc(element.property().description()),
                        struct.fields());
            }
            return type(element, recordName);
        }

        /** The record a property defines, named by its {@value #AVRO_NAME} hint, else from its path. */
        private Schema record(SchemaProperty property, String generated, Optional<String> doc,
                List<ResolvedField> fields) {
            String owner = "property '" + property.path() + "'";
            Optional<String> hint = AvroHints.name(property.customProperty(AVRO_NAME), owner);
            if (hint.isEmpty()) {
                return record(records.allocate(generated), doc, fields);
            }
            return define(hint.get(), record(reserve(hint.get()), doc, fields), owner);
        }

        /** An enum or fixed, the one defined before when its hint names one. */
        private Schema named(AvroHints hints, Schema schema) {
            return hints.name().isPresent()
                    ? define(hints.name().get(), schema, "property '" + hints.path() + "'") : schema;
        }

        private Schema fixed(AvroHints hints, String generated) {
            return SchemaBuilder.fixed(simpleName(hints, generated)).namespace(namespace(hints)).size(hints.size());
        }

        /** The simple name of an enum or fixed: from its hint, else one from its path. */
        private String simpleName(AvroHints hints, String generated) {
            if (hints.name().isPresent()) {
                String full = reserve(hints.name().get());
                return full.substring(full.lastIndexOf('.') + 1);
            }
            return records.allocate(generated);
        }

        private String namespace(AvroHints hints) {
            return hints.name().filter(n -> n.contains(".")).map(n -> n.substring(0, n.lastIndexOf('.')))
                    .orElse(namespace);
        }

        private static Schema decimal(DataType.Decimal decimal, SchemaProperty property, Schema base) {
            if (decimal.precision() < 1 || decimal.scale() < 0 || decimal.scale() > decimal.precision()) {
                throw new IllegalArgumentException("Property '" + property.path() + "' has physicalType '"
                        + property.physicalType().orElse("") + "', which is no Avro decimal: the precision must be"
                        + " at least 1 and the scale 0 to the precision.");
            }
            try {
                return LogicalTypes.decimal(decimal.precision(), decimal.scale()).addToSchema(base);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Property '" + property.path() + "' has physicalType '"
                        + property.physicalType().orElse("") + "', whose precision does not fit in a fixed of "
                        + base.getFixedSize() + " bytes; raise the custom property " + AVRO_FIXED_SIZE + ".", e);
            }
        }
    }
}
