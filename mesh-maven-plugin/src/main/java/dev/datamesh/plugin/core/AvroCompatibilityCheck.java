package dev.datamesh.plugin.core;

import static dev.datamesh.contract.compat.ChangeKind.BREAKING;

import dev.datamesh.contract.compat.Change;
import dev.datamesh.contract.compat.ChangeSource;
import dev.datamesh.contract.compat.CompatibilityRule;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.generator.ContractKey;
import dev.datamesh.generator.GeneratorOptions;
import dev.datamesh.generator.avro.AvroSchemaGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;
import org.apache.avro.SchemaParseException;

/**
 * Checks the Avro schemas of two versions of a contract with Avro's own {@link SchemaCompatibility}, as a Schema
 * Registry would, and reports every incompatibility as a breaking change of source {@link ChangeSource#AVRO}.
 *
 * <p>The new schemas are generated in memory from the current contract; the baseline's come from its generated
 * files ({@code avro/<contract key>/*.avsc}) or, when it has none, are generated from the baseline contract with
 * the same options. Schemas pair up by record name; a record without partner is a table added or removed, which
 * the contract rules report.
 */
public final class AvroCompatibilityCheck {

    public static final CompatibilityRule NAME_MISMATCH = rule("AVRO-COMPAT-NAME-MISMATCH",
            "A record's (or named type's) full name changed, so readers do not match it.");
    public static final CompatibilityRule FIXED_SIZE_MISMATCH = rule("AVRO-COMPAT-FIXED-SIZE-MISMATCH",
            "The size of a fixed type changed.");
    public static final CompatibilityRule MISSING_ENUM_SYMBOLS = rule("AVRO-COMPAT-MISSING-ENUM-SYMBOLS",
            "The writer has enum symbols that the reader lacks.");
    public static final CompatibilityRule FIELD_MISSING_DEFAULT = rule("AVRO-COMPAT-FIELD-MISSING-DEFAULT",
            "A field the reader needs has no default value, and the writer's data lacks it.");
    public static final CompatibilityRule TYPE_MISMATCH = rule("AVRO-COMPAT-TYPE-MISMATCH",
            "A field's type cannot be read as the other version's type.");
    public static final CompatibilityRule MISSING_UNION_BRANCH = rule("AVRO-COMPAT-MISSING-UNION-BRANCH",
            "The writer may write a type (e.g. null) that the reader's union lacks.");

    private final AvroCompatibilityMode mode;
    private final GeneratorOptions options;
    private final AvroSchemaGenerator generator = new AvroSchemaGenerator();

    public AvroCompatibilityCheck(AvroCompatibilityMode mode, GeneratorOptions options) {
        this.mode = Objects.requireNonNull(mode, "mode == null");
        this.options = Objects.requireNonNull(options, "options == null");
    }

    /** Every rule of this check. */
    public static List<CompatibilityRule> rules() {
        return List.of(NAME_MISMATCH, FIXED_SIZE_MISMATCH, MISSING_ENUM_SYMBOLS, FIELD_MISSING_DEFAULT, TYPE_MISMATCH,
                MISSING_UNION_BRANCH);
    }

    /**
     * The incompatibilities between the baseline's schemas and the current contract's.
     *
     * @param baselineFiles the baseline's generated files below {@code mesh/}; empty to regenerate them
     * @throws IllegalArgumentException when a generator option is unusable (the message names it)
     * @throws IllegalStateException when a schema of the baseline cannot be parsed
     */
    public List<Change> compare(Contract baseline, Map<String, String> baselineFiles, Contract current) {
        if (mode == AvroCompatibilityMode.NONE) {
            return List.of();
        }
        Map<String, Schema> before = baselineSchemas(baseline, baselineFiles);
        List<Schema> after = generator.schemas(current, options);
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            Schema schema = after.get(i);
            Schema old = before.get(schema.getName());
            if (old == null) {
                continue;
            }
            String table = current.schema().get(i).name();
            if (mode.backward()) {
                check(schema, old, "BACKWARD", "the new schema cannot read data written with " + baseline.version(),
                        table, baseline, current, changes);
            }
            if (mode.forward()) {
                check(old, schema, "FORWARD", "readers on " + baseline.version()
                        + " cannot read data written with the new schema", table, baseline, current, changes);
            }
        }
        return List.copyOf(changes);
    }

    private void check(Schema reader, Schema writer, String direction, String consequence, String table,
            Contract baseline, Contract current, List<Change> changes) {
        SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        for (Incompatibility incompatibility : result.getResult().getIncompatibilities()) {
            String element = element(reader, incompatibility.getLocation(), table);
            String message = "Avro " + direction + ": " + consequence + " (" + reader.getName() + " at "
                    + incompatibility.getLocation() + ": " + describe(incompatibility) + ").";
            changes.add(DerivedChanges.of(ChangeSource.AVRO, rule(incompatibility.getType()), table, element,
                    baseline, current, message));
        }
    }

    /** The baseline's schemas by record name: from its files when it has any for this contract, else generated. */
    private Map<String, Schema> baselineSchemas(Contract baseline, Map<String, String> files) {
        String folder = "avro/" + ContractKey.of(baseline) + "/";
        Map<String, Schema> schemas = new LinkedHashMap<>();
        files.forEach((path, text) -> {
            if (path.startsWith(folder) && path.endsWith(".avsc")) {
                try {
                    Schema schema = new Schema.Parser().parse(text);
                    schemas.put(schema.getName(), schema);
                } catch (SchemaParseException e) {
                    throw new IllegalStateException("The baseline's Avro schema mesh/" + path
                            + " cannot be parsed: " + e.getMessage(), e);
                }
            }
        });
        if (schemas.isEmpty()) {
            for (Schema schema : generator.schemas(baseline, options)) {
                schemas.put(schema.getName(), schema);
            }
        }
        return schemas;
    }

    private static String describe(Incompatibility incompatibility) {
        String message = incompatibility.getMessage();
        return switch (incompatibility.getType()) {
            case READER_FIELD_MISSING_DEFAULT_VALUE -> "reader field '" + message + "' has no default value";
            default -> message;
        };
    }

    private static CompatibilityRule rule(SchemaIncompatibilityType type) {
        return switch (type) {
            case NAME_MISMATCH -> NAME_MISMATCH;
            case FIXED_SIZE_MISMATCH -> FIXED_SIZE_MISMATCH;
            case MISSING_ENUM_SYMBOLS -> MISSING_ENUM_SYMBOLS;
            case READER_FIELD_MISSING_DEFAULT_VALUE -> FIELD_MISSING_DEFAULT;
            case TYPE_MISMATCH -> TYPE_MISMATCH;
            case MISSING_UNION_BRANCH -> MISSING_UNION_BRANCH;
        };
    }

    /**
     * The contract-style element of an Avro location ({@code /fields/2/type/items/fields/0}) in the reader schema:
     * field names joined with dots, {@code []} for array items, {@code {}} for map values, union branches skipped.
     */
    static String element(Schema reader, String location, String table) {
        StringBuilder element = new StringBuilder(table);
        Schema schema = reader;
        String[] tokens = location.split("/");
        for (int i = 1; i < tokens.length && schema != null; i++) {
            String token = tokens[i];
            Schema current = nonNull(schema);
            if (token.equals("fields") && i + 1 < tokens.length && current.getType() == Schema.Type.RECORD) {
                int index = index(tokens[++i]);
                if (index < 0 || index >= current.getFields().size()) {
                    break;
                }
                Schema.Field field = current.getFields().get(index);
                Object original = field.getObjectProp(AvroSchemaGenerator.ORIGINAL_NAME);
                element.append('.').append(original instanceof String name ? name : field.name());
                schema = field.schema();
            } else if (token.equals("items") && current.getType() == Schema.Type.ARRAY) {
                element.append("[]");
                schema = current.getElementType();
            } else if (token.equals("values") && current.getType() == Schema.Type.MAP) {
                element.append("{}");
                schema = current.getValueType();
            } else if (index(token) >= 0 && schema.getType() == Schema.Type.UNION
                    && index(token) < schema.getTypes().size()) {
                schema = schema.getTypes().get(index(token));
            } else if (!token.equals("type")) {
                break;
            }
        }
        return element.toString();
    }

    /** The one non-null branch of a nullable union, else the schema itself. */
    private static Schema nonNull(Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return schema;
        }
        List<Schema> branches = schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).toList();
        return branches.size() == 1 ? branches.get(0) : schema;
    }

    private static int index(String token) {
        return token.chars().allMatch(Character::isDigit) && !token.isEmpty() && token.length() < 9
                ? Integer.parseInt(token) : -1;
    }

    private static CompatibilityRule rule(String id, String description) {
        return new CompatibilityRule(id, BREAKING, false, description);
    }
}
