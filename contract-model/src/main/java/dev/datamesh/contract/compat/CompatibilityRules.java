package dev.datamesh.contract.compat;

import static dev.datamesh.contract.compat.ChangeKind.BREAKING;
import static dev.datamesh.contract.compat.ChangeKind.NON_BREAKING;
import static dev.datamesh.contract.compat.ChangeKind.PATCH;

import java.util.List;
import java.util.Optional;

/**
 * The catalogue of compatibility rules between two versions of a contract: every id, its kind and what it means.
 *
 * <p>Ids are stable: users list them in their build's accepted changes, so a released id never changes meaning.
 * The point of view is the consumer's: someone who reads the tables (Athena, Spark), the Avro records or the API.
 * Where the list is explicit it is followed as given; the other decisions are stated on each rule.
 */
public final class CompatibilityRules {

    /** The contract's identity in the catalog ({@code id}, {@code domain}, {@code dataProduct}, {@code tenant}) changed. */
    public static final CompatibilityRule PRODUCT_CHANGED = rule("COMPAT-PRODUCT-CHANGED", BREAKING,
            "The contract id, domain, data product or tenant changed: the catalog sees another product.");

    /**
     * A server was removed, or an attribute consumers connect with changed ({@code type}, {@code account},
     * {@code database}, {@code location}, {@code format} and any other type-specific key); only
     * {@code description}, {@code environment}, {@code roles}, {@code customProperties} and {@code id} are
     * documentation and report {@link #METADATA_CHANGED} instead.
     */
    public static final CompatibilityRule SERVER_CHANGED = rule("COMPAT-SERVER-CHANGED", BREAKING,
            "A server was removed or its database, location, account, format or type changed.");

    /** A server was added: existing consumers keep using the others. */
    public static final CompatibilityRule SERVER_ADDED = rule("COMPAT-SERVER-ADDED", NON_BREAKING,
            "A server was added.");

    /** A role was removed: its principal loses the grants registration gave it. Added or edited roles are metadata. */
    public static final CompatibilityRule ROLE_REMOVED = rule("COMPAT-ROLE-REMOVED", BREAKING,
            "A role was removed, so its principal loses access.");

    /** A table was removed. */
    public static final CompatibilityRule TABLE_REMOVED = rule("COMPAT-TABLE-REMOVED", BREAKING,
            "A table (schema object) was removed.");

    /** A table was added. */
    public static final CompatibilityRule TABLE_ADDED = rule("COMPAT-TABLE-ADDED", NON_BREAKING,
            "A table (schema object) was added.");

    /**
     * A table's {@code name} changed while its physical table name stayed: the API path ({@code GET /{table}}),
     * the Avro record and the generated types are named after it.
     */
    public static final CompatibilityRule TABLE_RENAMED = rule("COMPAT-TABLE-RENAMED", BREAKING,
            "A table's name changed (its physical name stayed).");

    /** The physical name of a table or column changed: Glue table, column and queries change. */
    public static final CompatibilityRule PHYSICAL_NAME_CHANGED = rule("COMPAT-PHYSICAL-NAME-CHANGED", BREAKING,
            "The physical name of a table or property changed.");

    /**
     * The primary key of a table changed (columns or their order): it is the API's {@code GET /{table}/{key}}
     * path and the identity consumers join on. Covers a property becoming, or no longer being, part of the key.
     */
    public static final CompatibilityRule PRIMARY_KEY_CHANGED = rule("COMPAT-PRIMARY-KEY-CHANGED", BREAKING,
            "The primary key (columns or order) of a table changed.");

    /** The partition keys of a table or their order changed: Glue partitions, paths and pruning queries change. */
    public static final CompatibilityRule PARTITION_CHANGED = rule("COMPAT-PARTITION-CHANGED", BREAKING,
            "The partition keys of a table or their order changed.");

    /** A property (column, struct field) was removed. */
    public static final CompatibilityRule PROPERTY_REMOVED = rule("COMPAT-PROPERTY-REMOVED", BREAKING,
            "A property was removed.");

    /**
     * A property was renamed. Detected conservatively between a removed and an added property of the same parent:
     * the same physical name, or the same position and the same resolved type; anything else is a removal and an
     * addition.
     */
    public static final CompatibilityRule PROPERTY_RENAMED = rule("COMPAT-PROPERTY-RENAMED", BREAKING,
            "A property was renamed (a removed and an added property at the same place with the same type).");

    /** An optional property was added: readers that do not know it ignore it. */
    public static final CompatibilityRule PROPERTY_ADDED = rule("COMPAT-PROPERTY-ADDED", NON_BREAKING,
            "An optional property was added.");

    /**
     * A required property was added. Breaking: data written under the previous version (older partitions, older
     * Avro records) has no value for it, so "required" cannot hold for them, and an Avro field without default
     * fails the registry's BACKWARD check. Add it as optional, or release a major version.
     */
    public static final CompatibilityRule REQUIRED_PROPERTY_ADDED = rule("COMPAT-REQUIRED-PROPERTY-ADDED", BREAKING,
            "A required property was added: existing data has no value for it.");

    /**
     * The resolved type changed other than by a safe widening (see {@link #TYPE_WIDENED}); narrowing
     * ({@code bigint} to {@code int}, {@code string} to {@code varchar(n)}, shorter {@code varchar}) included.
     */
    public static final CompatibilityRule TYPE_CHANGED = rule("COMPAT-TYPE-CHANGED", BREAKING,
            "The type changed other than by a safe widening.");

    /**
     * The resolved Glue type was widened safely: {@code tinyint} to {@code smallint} to {@code int} to
     * {@code bigint}, {@code float} to {@code double}, {@code decimal(p,s)} to {@code decimal(p',s)} with
     * p' &gt; p, {@code varchar(n)} to {@code varchar(m)} with m &gt; n, {@code varchar(n)} to {@code string}.
     * Every old value is still a value; note that the Java type of the client may change (Integer to Long).
     */
    public static final CompatibilityRule TYPE_WIDENED = rule("COMPAT-TYPE-WIDENED", NON_BREAKING,
            "The type was widened safely (e.g. int to bigint, varchar(n) to a longer varchar).");

    /** An optional property became required: per the issue, breaking (writers and senders must now always set it). */
    public static final CompatibilityRule REQUIRED_ADDED = rule("COMPAT-REQUIRED-ADDED", BREAKING,
            "A property became required.");

    /**
     * A required property became optional. Breaking for readers: they may now see nulls, and nullability is part
     * of every generated type (the Avro field becomes a union with null, the Java field may be null).
     */
    public static final CompatibilityRule REQUIRED_REMOVED = rule("COMPAT-REQUIRED-REMOVED", BREAKING,
            "A required property became optional: consumers may now read nulls.");

    /** A property became unique. No longer unique is a {@link #CONSTRAINT_LOOSENED}. */
    public static final CompatibilityRule UNIQUE_ADDED = rule("COMPAT-UNIQUE-ADDED", BREAKING,
            "A property became unique.");

    /**
     * Allowed values were removed: from the property's {@code enum} list (ODCS v3.2), from a {@code library}
     * quality rule {@code invalidValues} with {@code arguments.validValues}, or from a pattern that is a pure
     * alternation such as {@code ^(A|B|C)$}.
     */
    public static final CompatibilityRule ENUM_REMOVED = rule("COMPAT-ENUM-REMOVED", BREAKING,
            "Allowed (enum) values were removed.");

    /** Allowed values were added: not breaking, but a warning, since consumers that handle every value may not. */
    public static final CompatibilityRule ENUM_ADDED = new CompatibilityRule("COMPAT-ENUM-ADDED", NON_BREAKING, true,
            "Allowed (enum) values were added; exhaustive consumers may need a new case.");

    /**
     * A constraint was tightened or added: {@code minLength}, {@code minimum}, {@code exclusiveMinimum},
     * {@code minItems} up, {@code maxLength}, {@code maximum}, {@code exclusiveMaximum}, {@code maxItems} down,
     * a stricter {@code multipleOf}, {@code uniqueItems}, or a new restriction to a set of values.
     */
    public static final CompatibilityRule CONSTRAINT_TIGHTENED = rule("COMPAT-CONSTRAINT-TIGHTENED", BREAKING,
            "A constraint was tightened (maxLength down, minimum up, ...) or added.");

    /** A constraint was loosened or removed, including a removed pattern or format and {@code unique} dropped. */
    public static final CompatibilityRule CONSTRAINT_LOOSENED = rule("COMPAT-CONSTRAINT-LOOSENED", NON_BREAKING,
            "A constraint was loosened or removed.");

    /** A pattern was added or changed (other than between two pure alternations, see {@link #ENUM_REMOVED}). */
    public static final CompatibilityRule PATTERN_CHANGED = rule("COMPAT-PATTERN-CHANGED", BREAKING,
            "A pattern was added or changed.");

    /** A format was added or changed ({@code email}, {@code uuid}, a date format, ...). */
    public static final CompatibilityRule FORMAT_CHANGED = rule("COMPAT-FORMAT-CHANGED", BREAKING,
            "A format was added or changed.");

    /**
     * A column's {@code classification} changed. Breaking: Lake Formation grants follow the classification, so a
     * consumer may lose (or gain) access to the column; the order of classifications is not known here.
     */
    public static final CompatibilityRule CLASSIFICATION_CHANGED = rule("COMPAT-CLASSIFICATION-CHANGED", BREAKING,
            "A property's classification changed, and with it who may read the column.");

    /** Quality rules (other than the allowed values of {@code invalidValues}) were added, removed or changed. */
    public static final CompatibilityRule QUALITY_CHANGED = rule("COMPAT-QUALITY-CHANGED", NON_BREAKING,
            "A quality rule was added, removed or changed.");

    /** A description (contract, table or property) changed. */
    public static final CompatibilityRule DESCRIPTION_CHANGED = rule("COMPAT-DESCRIPTION-CHANGED", PATCH,
            "A description changed.");

    /**
     * Documentation and metadata changed: tags, examples, business names, SLA, team, support, status, custom
     * properties, relationships, added or edited roles, and any other key without a rule of its own.
     */
    public static final CompatibilityRule METADATA_CHANGED = rule("COMPAT-METADATA-CHANGED", PATCH,
            "Metadata changed (tags, examples, SLA, team, support, ...).");

    /**
     * The new contract's {@code version} is lower than the changes require: a major version for a breaking change,
     * a minor one for an addition, a patch otherwise (a pre-release of the required version counts).
     */
    public static final CompatibilityRule VERSION = rule("COMPAT-VERSION", BREAKING,
            "The contract version is lower than the changes require.");

    private static final List<CompatibilityRule> ALL = List.of(PRODUCT_CHANGED, SERVER_CHANGED, SERVER_ADDED,
            ROLE_REMOVED, TABLE_REMOVED, TABLE_ADDED, TABLE_RENAMED, PHYSICAL_NAME_CHANGED, PRIMARY_KEY_CHANGED,
            PARTITION_CHANGED, PROPERTY_REMOVED, PROPERTY_RENAMED, PROPERTY_ADDED, REQUIRED_PROPERTY_ADDED,
            TYPE_CHANGED, TYPE_WIDENED, REQUIRED_ADDED, REQUIRED_REMOVED, UNIQUE_ADDED, ENUM_REMOVED, ENUM_ADDED,
            CONSTRAINT_TIGHTENED, CONSTRAINT_LOOSENED, PATTERN_CHANGED, FORMAT_CHANGED, CLASSIFICATION_CHANGED,
            QUALITY_CHANGED, DESCRIPTION_CHANGED, METADATA_CHANGED, VERSION);

    private CompatibilityRules() {}

    /** Every rule, in catalogue order. */
    public static List<CompatibilityRule> all() {
        return ALL;
    }

    public static Optional<CompatibilityRule> find(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static CompatibilityRule rule(String id, ChangeKind kind, String description) {
        return new CompatibilityRule(id, kind, false, description);
    }
}
