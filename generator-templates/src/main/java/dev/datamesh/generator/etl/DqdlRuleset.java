package dev.datamesh.generator.etl;

import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.Node;
import dev.datamesh.contract.loader.Nodes;
import dev.datamesh.contract.loader.ScalarNode;
import dev.datamesh.contract.model.Contract;
import dev.datamesh.contract.model.QualityRule;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.contract.types.DataType;
import dev.datamesh.contract.types.ResolvedField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * The DQDL ruleset of a table, derived from its contract: {@code IsPrimaryKey} for the primary key,
 * {@code IsComplete} for required and {@code IsUnique} for unique columns, {@code ColumnLength} for lengths
 * (including {@code varchar(n)}), {@code ColumnValues} for patterns, ranges and enumerations, and the library and
 * sql quality rules ({@code RowCount}, {@code Completeness}, {@code CustomSql}, ...).
 *
 * <p>Rules address top-level columns. Value rules on a column that is not required let nulls pass (DQDL fails them
 * otherwise). Every rule carries a comment saying where it comes from; a contract rule that DQDL cannot express is
 * kept as a {@code # not checked:} comment with the reason, never dropped silently.
 */
final class DqdlRuleset {

    /** The rule of a ruleset that nothing else checks: DQDL needs at least one. */
    static final String FALLBACK_RULE = "ColumnCount > 0";

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final EtlTable table;
    private final List<String[]> entries = new ArrayList<>();
    private final Set<String> rules = new HashSet<>();

    private DqdlRuleset(EtlTable table) {
        this.table = table;
    }

    /** The ruleset file's text ({@code \n} line endings, ends with a newline). */
    static String of(Contract contract, EtlTable table) {
        DqdlRuleset ruleset = new DqdlRuleset(table);
        ruleset.derive();
        return ruleset.text(contract);
    }

    private void derive() {
        List<String> primaryKey = table.schemaObject().primaryKey().stream()
                .map(p -> table.column(p).orElseThrow().glueName()).toList();
        if (!primaryKey.isEmpty()) {
            add("primary key " + String.join(", ", primaryKey),
                    primaryKey.stream().map(Dqdl::column).collect(Collectors.joining(" ", "IsPrimaryKey ", "")));
        }
        for (ResolvedField column : table.columns()) {
            columnRules(column, primaryKey);
        }
        for (QualityRule rule : table.schemaObject().quality()) {
            quality(rule, Optional.empty());
        }
        for (ResolvedField column : table.columns()) {
            nestedQuality(column.property().properties());
            column.property().items().ifPresent(items -> nestedQuality(List.of(items)));
        }
        if (rules.isEmpty()) {
            add("no constraints in the contract: a rule that always holds, as DQDL needs one", FALLBACK_RULE);
        }
    }

    private void columnRules(ResolvedField column, List<String> primaryKey) {
        String name = column.glueName();
        SchemaProperty property = column.property();
        if (property.required() && !primaryKey.contains(name)) {
            add(name + ": required", "IsComplete " + Dqdl.column(name));
        }
        if (property.unique() && !primaryKey.equals(List.of(name))) {
            add(name + ": unique", "IsUnique " + Dqdl.column(name));
        }
        if (isString(column.type())) {
            length(column);
            property.options().pattern().ifPresent(pattern -> pattern(column, pattern));
        }
        range(column);
        enumeration(column);
        for (QualityRule rule : property.quality()) {
            quality(rule, Optional.of(column));
        }
    }

    private void length(ResolvedField column) {
        String name = column.glueName();
        int declared = column.type() instanceof DataType.Primitive p ? p.length() : 0;
        Optional<Integer> max = column.property().options().maxLength();
        if (declared > 0 && (max.isEmpty() || declared < max.get())) {
            max = Optional.of(declared);
        }
        int min = column.property().options().minLength().orElse(0);
        String head = "ColumnLength " + Dqdl.column(name);
        String source = name + ": length " + (min > 0 && max.isPresent() && max.get() == min ? String.valueOf(min)
                : (min > 0 ? "at least " + min : "") + (min > 0 && max.isPresent() ? " and " : "")
                        + max.map(m -> "at most " + m).orElse(""));
        if (min > 0 && max.isPresent()) {
            Comparison both = max.get() == min ? Comparison.of("=", BigDecimal.valueOf(min))
                    : Comparison.both(new Comparison.Bound(">=", BigDecimal.valueOf(min)),
                            new Comparison.Bound("<=", BigDecimal.valueOf(max.get())));
            add(source, orNull(column, both.render(head)));
        } else if (min > 0) {
            add(source, orNull(column, head + " >= " + min));
        } else if (max.isPresent()) {
            add(source, head + " <= " + max.get());
        }
    }

    private void pattern(ResolvedField column, String pattern) {
        String name = column.glueName();
        Optional<String> regex = regex(pattern);
        if (regex.isEmpty()) {
            notChecked(name + ": pattern " + pattern + " is no valid regular expression for Spark (Java syntax)");
            return;
        }
        add(name + ": pattern", orNull(column, "ColumnValues " + Dqdl.column(name) + " matches " + regex.get()));
    }

    private void range(ResolvedField column) {
        MapNode options = column.property().options().node();
        boolean hasBounds = options.has("minimum") || options.has("maximum") || options.has("exclusiveMinimum")
                || options.has("exclusiveMaximum");
        if (!hasBounds) {
            return;
        }
        String name = column.glueName();
        String head = "ColumnValues " + Dqdl.column(name);
        if (isNumber(column.type())) {
            List<Comparison.Bound> bounds = new ArrayList<>();
            numericBound(options, "minimum", "exclusiveMinimum", ">").ifPresent(bounds::add);
            numericBound(options, "maximum", "exclusiveMaximum", "<").ifPresent(bounds::add);
            if (!bounds.isEmpty()) {
                add(name + ": range", orNull(column, comparison(bounds).render(head)));
            }
        } else if (column.type() instanceof DataType.Primitive p && p.kind() == DataType.Kind.DATE) {
            List<String> atoms = new ArrayList<>();
            for (String[] key : new String[][] {{"minimum", ">="}, {"exclusiveMinimum", ">"}, {"maximum", "<="},
                    {"exclusiveMaximum", "<"}}) {
                Optional<String> value = Nodes.string(options, key[0]);
                if (value.isPresent() && !isIsoDate(value.get())) {
                    notChecked(name + ": " + key[0] + " " + value.get() + " is no date (yyyy-MM-dd)");
                    return;
                }
                value.ifPresent(v -> atoms.add(head + " " + key[1] + " \"" + v + "\""));
            }
            String rule = atoms.size() == 1 ? atoms.get(0)
                    : atoms.stream().map(a -> "(" + a + ")").collect(Collectors.joining(" and "));
            add(name + ": range", orNull(column, rule));
        } else {
            notChecked(name + ": minimum / maximum of a " + column.type().glueType()
                    + " column (DQDL compares numbers and dates only)");
        }
    }

    private static Optional<Comparison.Bound> numericBound(MapNode options, String inclusiveKey, String exclusiveKey,
            String strict) {
        Optional<BigDecimal> exclusive = Nodes.number(options, exclusiveKey);
        if (exclusive.isPresent()) {
            return Optional.of(new Comparison.Bound(strict, exclusive.get()));
        }
        boolean strictFlag = Nodes.bool(options, exclusiveKey).orElse(false);
        String operator = strictFlag ? strict : strict + "=";
        return Nodes.number(options, inclusiveKey).map(v -> new Comparison.Bound(operator, v));
    }

    private static Comparison comparison(List<Comparison.Bound> bounds) {
        return bounds.size() == 1 ? Comparison.of(bounds.get(0).operator(), bounds.get(0).value())
                : Comparison.both(bounds.get(0), bounds.get(1));
    }

    /** The draft ODCS 3.2 {@code enum} of a property, if it has one. */
    private void enumeration(ResolvedField column) {
        Optional<Node> values = column.property().node().get("enum");
        if (values.isEmpty()) {
            return;
        }
        List<Node> items = Nodes.list(column.property().node(), "enum");
        Optional<String> head = inList(column, items, false);
        if (head.isEmpty()) {
            notChecked(column.glueName() + ": enum values that do not fit the column's type");
            return;
        }
        add(column.glueName() + ": enum", head.get());
    }

    // ---- quality rules ----

    private void quality(QualityRule rule, Optional<ResolvedField> column) {
        String where = column.map(c -> c.glueName() + ": ").orElse("");
        String source = where + "quality " + describe(rule);
        if (rule.isSql()) {
            sql(rule, column, source);
        } else if (rule.isLibrary() && rule.metric().isPresent()) {
            library(rule, rule.metric().get(), column, source);
        } else {
            notChecked(source + ": rules of type " + rule.type()
                    + rule.engine().map(e -> " (engine " + e + ")").orElse("") + " have no DQDL form");
        }
    }

    private void library(QualityRule rule, String metric, Optional<ResolvedField> column, String source) {
        Optional<Comparison> comparison = Comparison.of(rule);
        if (comparison.isEmpty()) {
            notChecked(source + ": no numeric comparison (mustBe, mustBeLessThan, ...)");
            return;
        }
        Comparison is = comparison.get();
        boolean percent = rule.unit().map(u -> u.equalsIgnoreCase("percent")).orElse(false);
        if (metric.equals("rowCount")) {
            add(source, is.render("RowCount"));
            return;
        }
        if (column.isEmpty() && !metric.equals("duplicateValues")) {
            notChecked(source + ": metric " + metric + " needs a column (put the rule on a property)");
            return;
        }
        switch (metric) {
            case "nullValues" -> nullValues(column.get(), is, percent, source);
            case "missingValues" -> missingValues(rule, column.get(), is, percent, source);
            case "invalidValues" -> invalidValues(rule, column.get(), is, percent, source);
            case "duplicateValues" -> duplicateValues(rule, column, is, percent, source);
            default -> notChecked(source + ": library metric " + metric + " is unknown");
        }
    }

    private void nullValues(ResolvedField column, Comparison is, boolean percent, String source) {
        String name = Dqdl.column(column.glueName());
        if (percent) {
            add(source, is.goodShare().render("Completeness " + name));
        } else if (is.isZero()) {
            add(source, "IsComplete " + name);
        } else {
            customSql(source, "select count(*) from primary where " + sqlColumn(column) + " is null", is);
        }
    }

    private void missingValues(QualityRule rule, ResolvedField column, Comparison is, boolean percent,
            String source) {
        List<Node> missing = argumentList(rule, "missingValues");
        if (missing.isEmpty()) {
            nullValues(column, is, percent, source);
            return;
        }
        Optional<String> head = inList(column, missing, true);
        if (head.isPresent() && (percent || is.isZero())) {
            add(source, percent ? is.goodShare().renderThreshold(head.get()) : head.get());
            return;
        }
        Optional<String> condition = sqlIn(column, missing);
        if (condition.isEmpty()) {
            notChecked(source + ": missing values that do not fit the column's type");
        } else if (percent) {
            customSql(source, "select coalesce(count_if(" + condition.get() + ") * 100.0 / nullif(count(*), 0), 0)"
                    + " from primary", is);
        } else {
            customSql(source, "select count(*) from primary where " + condition.get(), is);
        }
    }

    private void invalidValues(QualityRule rule, ResolvedField column, Comparison is, boolean percent,
            String source) {
        List<Node> valid = argumentList(rule, "validValues");
        Optional<String> pattern = rule.arguments().flatMap(a -> Nodes.string(a, "pattern"));
        Optional<String> head;
        if (!valid.isEmpty()) {
            head = inList(column, valid, false);
        } else if (pattern.isPresent()) {
            head = regex(pattern.get()).map(r -> "ColumnValues " + Dqdl.column(column.glueName()) + " matches " + r);
        } else {
            notChecked(source + ": invalidValues needs arguments validValues or pattern");
            return;
        }
        if (head.isEmpty()) {
            notChecked(source + ": valid values or pattern that DQDL cannot hold or that do not fit the column");
        } else if (percent) {
            add(source, is.goodShare().renderThreshold(head.get()));
        } else if (is.isZero()) {
            add(source, valid.isEmpty() ? orNull(column, head.get()) : head.get());
        } else {
            notChecked(source + ": a count of invalid rows other than 0 (use unit: percent)");
        }
    }

    private void duplicateValues(QualityRule rule, Optional<ResolvedField> column, Comparison is, boolean percent,
            String source) {
        List<String> columns;
        if (column.isPresent()) {
            columns = List.of(column.get().glueName());
        } else {
            columns = argumentStrings(rule, "properties").stream().map(p -> table.columns().stream()
                    .filter(c -> c.name().equals(p) || c.property().name().equals(p)).findFirst()
                    .map(ResolvedField::glueName).orElse(null)).toList();
            if (columns.isEmpty() || columns.contains(null)) {
                notChecked(source + ": duplicateValues on a table needs arguments properties naming its columns");
                return;
            }
        }
        if (columns.size() == 1 && is.isZero() && !percent) {
            add(source, "IsUnique " + Dqdl.column(columns.get(0)));
            return;
        }
        String keys = columns.stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
        String counts = "from (select count(*) as n from primary group by " + keys + ") t";
        customSql(source, percent ? "select coalesce(sum(n - 1) * 100.0 / nullif(sum(n), 0), 0) " + counts
                : "select coalesce(sum(n - 1), 0) " + counts, is);
    }

    private void sql(QualityRule rule, Optional<ResolvedField> column, String source) {
        Optional<Comparison> comparison = Comparison.of(rule);
        if (rule.query().isEmpty() || comparison.isEmpty()) {
            notChecked(source + ": a sql rule needs a query and a numeric comparison (mustBe, ...)");
            return;
        }
        customSql(source, primaryQuery(rule.query().get(), column), comparison.get());
    }

    /** {@code CustomSql "query" <comparison>}, or a note why the query cannot be a DQDL parameter. */
    private void customSql(String source, String query, Comparison is) {
        Optional<String> parameter = Dqdl.parameter(query);
        if (parameter.isEmpty()) {
            notChecked(source + ": the query has a double quote, a trailing backslash or characters outside"
                    + " printable ASCII, which a DQDL CustomSql statement cannot hold (use single quotes)");
            return;
        }
        add(source, is.render("CustomSql " + parameter.get()));
    }

    /**
     * The query run against DQDL's {@code primary} data set: the table ({@code ${table}}, {@code ${object}} or its
     * name after {@code from} / {@code join}) becomes {@code primary}, {@code ${column}} / {@code ${property}} the
     * column; line breaks become spaces unless the query has {@code --} comments.
     */
    private String primaryQuery(String query, Optional<ResolvedField> column) {
        String text = query.replace("\r\n", "\n").replace('\r', '\n').strip();
        text = text.replaceAll("\\$?\\{(table|object)}", "primary");
        if (column.isPresent()) {
            text = text.replaceAll("\\$?\\{(column|property)}", Matcher.quoteReplacement(sqlColumn(column.get())));
        }
        Set<String> names = new HashSet<>(List.of(table.name(), table.schemaObject().name(),
                table.schemaObject().tableName()));
        for (String name : names) {
            text = Pattern.compile("(?i)\\b(from|join)(\\s+)([`\"]?)" + Pattern.quote(name) + "\\3(?![A-Za-z0-9_])")
                    .matcher(text).replaceAll("$1$2primary");
        }
        return text.contains("--") ? text : text.replaceAll("\\s+", " ");
    }

    // ---- values ----

    /**
     * {@code ColumnValues "c" in [...]} (or {@code not in} for missing values) over values of the column's type;
     * a column that is not required also accepts null. Values that are no printable ASCII turn the rule into a
     * regex over the literal values. Empty when a value does not fit.
     */
    private Optional<String> inList(ResolvedField column, List<Node> values, boolean negated) {
        String head = "ColumnValues " + Dqdl.column(column.glueName());
        boolean number = isNumber(column.type());
        boolean string = isString(column.type());
        if (!number && !string) {
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        boolean hasNull = false;
        for (Node value : values) {
            if (value instanceof ScalarNode scalar && scalar.isNull()) {
                hasNull = true;
                continue;
            }
            Optional<BigDecimal> numeric = Nodes.number(value);
            Optional<String> text = Nodes.text(value);
            if (number && numeric.isPresent()) {
                items.add(Dqdl.number(numeric.get()));
            } else if (string && value instanceof ScalarNode s && s.isString() && text.isPresent()) {
                literals.add(text.get());
                Dqdl.stringValue(text.get()).ifPresent(items::add);
            } else {
                return Optional.empty();
            }
        }
        // "in" fails nulls unless NULL is listed; "not in" lets them pass unless NULL is listed
        boolean listNull = negated ? hasNull : hasNull || column.nullable();
        if (items.size() + (hasNull ? 1 : 0) < values.size()) {
            // some string is no printable ASCII: a regex over the literal values instead
            if (negated) {
                return Optional.empty();
            }
            String regex = literals.stream().map(Dqdl::literalRegex).collect(Collectors.joining("|", "^(?:", ")$"));
            String rule = head + " matches \"" + regex + "\"";
            return Optional.of(listNull ? "(" + rule + ") or (" + head + " = NULL)" : rule);
        }
        if (listNull) {
            items.add("NULL");
        }
        if (items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(head + (negated ? " not in [" : " in [") + String.join(", ", items) + "]");
    }

    /** A Spark SQL condition that a column holds one of the values (null included when listed). */
    private static Optional<String> sqlIn(ResolvedField column, List<Node> values) {
        List<String> literals = new ArrayList<>();
        boolean hasNull = false;
        for (Node value : values) {
            if (value instanceof ScalarNode scalar && scalar.isNull()) {
                hasNull = true;
            } else if (isNumber(column.type()) && Nodes.number(value).isPresent()) {
                literals.add(Dqdl.number(Nodes.number(value).get()));
            } else if (isString(column.type()) && Nodes.text(value).isPresent()) {
                literals.add("'" + Nodes.text(value).get().replace("\\", "\\\\").replace("'", "\\'") + "'");
            } else {
                return Optional.empty();
            }
        }
        List<String> parts = new ArrayList<>();
        if (hasNull) {
            parts.add(sqlColumn(column) + " is null");
        }
        if (!literals.isEmpty()) {
            parts.add(sqlColumn(column) + " in (" + String.join(", ", literals) + ")");
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of("(" + String.join(" or ", parts) + ")");
    }

    private static String sqlColumn(ResolvedField column) {
        return "`" + column.glueName() + "`";
    }

    private static Optional<String> regex(String pattern) {
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            return Optional.empty();
        }
        return Dqdl.regex(pattern);
    }

    private static List<Node> argumentList(QualityRule rule, String key) {
        return rule.arguments().map(a -> Nodes.list(a, key)).orElse(List.of());
    }

    private static List<String> argumentStrings(QualityRule rule, String key) {
        return rule.arguments().map(a -> Nodes.strings(a, key)).orElse(List.of());
    }

    private static boolean isString(DataType type) {
        return type instanceof DataType.Primitive p && (p.kind() == DataType.Kind.STRING
                || p.kind() == DataType.Kind.UUID);
    }

    private static boolean isNumber(DataType type) {
        return type instanceof DataType.Decimal || type instanceof DataType.Primitive p && switch (p.kind()) {
            case TINYINT, SMALLINT, INT, BIGINT, FLOAT, DOUBLE -> true;
            default -> false;
        };
    }

    private static boolean isIsoDate(String text) {
        if (!ISO_DATE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** A value rule that lets nulls pass when the column is not required. */
    private static String orNull(ResolvedField column, String rule) {
        if (!column.nullable()) {
            return rule;
        }
        return "(" + rule + ") or (ColumnValues " + Dqdl.column(column.glueName()) + " = NULL)";
    }

    private void nestedQuality(List<SchemaProperty> properties) {
        for (SchemaProperty property : properties) {
            if (!property.quality().isEmpty()) {
                notChecked(property.path() + ": " + property.quality().size() + " quality rule(s) of a nested"
                        + " property (DQDL rules address top-level columns)");
            }
            nestedQuality(property.properties());
            property.items().ifPresent(items -> nestedQuality(List.of(items)));
        }
    }

    private static String describe(QualityRule rule) {
        String what = rule.name().or(rule::description).or(rule::metric).orElse(rule.type());
        return "'" + what + "'" + rule.severity().map(s -> " (severity " + s.toLowerCase(Locale.ROOT) + ")")
                .orElse("");
    }

    private void add(String source, String rule) {
        if (rules.add(rule)) {
            entries.add(new String[] {Dqdl.comment(source), rule});
        }
    }

    private void notChecked(String why) {
        entries.add(new String[] {Dqdl.comment("not checked: " + why), null});
    }

    private String text(Contract contract) {
        StringBuilder out = new StringBuilder();
        out.append("# Data quality rules of table ").append(table.name()).append(", derived from data contract ")
                .append(Dqdl.comment(contract.id())).append(" version ").append(Dqdl.comment(contract.version()))
                .append(".\n");
        out.append("# Generated by the glue-etl generator: change the contract, not this file.\n");
        out.append("Rules = [\n");
        int last = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i)[1] != null) {
                last = i;
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            String[] entry = entries.get(i);
            out.append("    # ").append(entry[0]).append('\n');
            if (entry[1] != null) {
                out.append("    ").append(entry[1]).append(i < last ? "," : "")
                        .append('\n');
            }
        }
        return out.append("]\n").toString();
    }
}
