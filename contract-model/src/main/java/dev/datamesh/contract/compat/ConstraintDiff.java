package dev.datamesh.contract.compat;

import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.Node;
import dev.datamesh.contract.loader.Nodes;
import dev.datamesh.contract.loader.ScalarNode;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.contract.model.SourceLocation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the constraints of a property: {@code logicalTypeOptions} bounds, {@code multipleOf},
 * {@code uniqueItems}, {@code format}, {@code pattern} and the allowed values ({@link AllowedValues}).
 */
final class ConstraintDiff {

    /** A bound family: its option keys and how messages name it. */
    private record Family(String inclusive, String exclusive, boolean lower, String name) {}

    private static final List<Family> FAMILIES = List.of(
            new Family("minimum", "exclusiveMinimum", true, "lower bound"),
            new Family("maximum", "exclusiveMaximum", false, "upper bound"),
            new Family("minLength", "", true, "minimum length"),
            new Family("maxLength", "", false, "maximum length"),
            new Family("minItems", "", true, "minimum item count"),
            new Family("maxItems", "", false, "maximum item count"),
            new Family("minProperties", "", true, "minimum property count"),
            new Family("maxProperties", "", false, "maximum property count"));

    /** Options that change what a value means rather than which values are valid. */
    private static final List<String> MEANING = List.of("timezone", "defaultTimezone");

    private static final Set<String> HANDLED = Set.of("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum",
            "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties", "multipleOf",
            "uniqueItems", "format", "pattern", "timezone", "defaultTimezone");

    /** A bound with its value as written, and whether it excludes the value itself. */
    private record Bound(Node value, boolean exclusive, SourceLocation location) {

        String text() {
            String text = Nodes.text(value).orElse("");
            return (Nodes.number(value).isPresent() ? text : Texts.quote(text)) + (exclusive ? " (exclusive)" : "");
        }
    }

    private final String table;
    private final ChangeCollector out;

    ConstraintDiff(String table, ChangeCollector out) {
        this.table = table;
        this.out = out;
    }

    void compare(SchemaProperty before, SchemaProperty after) {
        String element = after.path();
        String owner = "property " + Texts.quote(element);
        MapNode b = before.options().node();
        MapNode a = after.options().node();
        for (Family family : FAMILIES) {
            bound(family, bound(b, family), bound(a, family), b, a, element, owner);
        }
        multipleOf(b, a, element, owner);
        uniqueItems(b, a, element, owner);
        format(before, after, element, owner);
        boolean patternsAsValues = patternsAsValues(before, after);
        if (!patternsAsValues) {
            pattern(before, after, element, owner);
        }
        values(AllowedValues.of(before, patternsAsValues), AllowedValues.of(after, patternsAsValues), before, after,
                element, owner);
        for (String key : MEANING) {
            if (!MetadataDiff.same(b.get(key), a.get(key))) {
                out.add(CompatibilityRules.TYPE_CHANGED, table, element, Locations.of(b, key), Locations.of(a, key),
                        "'" + key + "' of " + owner + " changed from " + Texts.text(b.get(key)) + " to "
                                + Texts.text(a.get(key)) + ".");
            }
        }
        MetadataDiff.otherKeys(b, a, HANDLED::contains, table, k -> element, owner + " (logicalTypeOptions)", out);
    }

    private void bound(Family family, Optional<Bound> before, Optional<Bound> after, MapNode b, MapNode a,
            String element, String owner) {
        if (before.isEmpty() && after.isEmpty()) {
            return;
        }
        SourceLocation oldLocation = before.map(Bound::location).orElse(b.location());
        SourceLocation newLocation = after.map(Bound::location).orElse(a.location());
        if (before.isEmpty()) {
            out.add(CompatibilityRules.CONSTRAINT_TIGHTENED, table, element, oldLocation, newLocation,
                    Texts.capitalize(owner) + " got a " + family.name() + ": " + after.get().text() + ".");
            return;
        }
        if (after.isEmpty()) {
            out.add(CompatibilityRules.CONSTRAINT_LOOSENED, table, element, oldLocation, newLocation,
                    Texts.capitalize(owner) + " lost its " + family.name() + " " + before.get().text() + ".");
            return;
        }
        int tighter = tighter(before.get(), after.get(), family.lower());
        if (tighter != 0) {
            String moved = (tighter > 0) == family.lower() ? "raised" : "lowered";
            out.add(tighter > 0 ? CompatibilityRules.CONSTRAINT_TIGHTENED : CompatibilityRules.CONSTRAINT_LOOSENED,
                    table, element, oldLocation, newLocation, Texts.capitalize(family.name()) + " of " + owner + " "
                            + moved + " from " + before.get().text() + " to " + after.get().text() + ".");
        }
    }

    /**
     * The effective bound of a family. ODCS v3.1 writes {@code exclusiveMinimum: 5} as a bound of its own; v3.0
     * wrote {@code exclusiveMinimum: true} to make {@code minimum} exclusive. Both are read; the tighter wins.
     */
    private static Optional<Bound> bound(MapNode options, Family family) {
        Optional<Node> exclusive = family.exclusive().isEmpty() ? Optional.empty() : options.get(family.exclusive());
        boolean flag = exclusive.filter(n -> n instanceof ScalarNode s && Boolean.TRUE.equals(s.value())).isPresent();
        Optional<Bound> inclusive = options.get(family.inclusive()).filter(ConstraintDiff::isValue)
                .map(n -> new Bound(n, flag, n.location()));
        Optional<Bound> strict = exclusive.filter(ConstraintDiff::isValue).map(n -> new Bound(n, true, n.location()));
        if (inclusive.isEmpty() || strict.isEmpty()) {
            return inclusive.isPresent() ? inclusive : strict;
        }
        return tighter(inclusive.get(), strict.get(), family.lower()) > 0 ? strict : inclusive;
    }

    private static boolean isValue(Node node) {
        return node instanceof ScalarNode s && !s.isNull() && !s.isBoolean();
    }

    /** Positive when {@code after} admits fewer values than {@code before}, negative when more, else 0. */
    private static int tighter(Bound before, Bound after, boolean lower) {
        int c = compareValues(after.value(), before.value());
        if (c != 0) {
            return lower ? c : -c;
        }
        return Boolean.compare(after.exclusive(), before.exclusive());
    }

    /** Numbers numerically; dates and timestamps (ISO 8601 text) as text. */
    private static int compareValues(Node a, Node b) {
        Optional<BigDecimal> x = Nodes.number(a);
        Optional<BigDecimal> y = Nodes.number(b);
        if (x.isPresent() && y.isPresent()) {
            return Integer.signum(x.get().compareTo(y.get()));
        }
        return Integer.signum(Nodes.text(a).orElse("").compareTo(Nodes.text(b).orElse("")));
    }

    private void multipleOf(MapNode b, MapNode a, String element, String owner) {
        Optional<BigDecimal> before = Nodes.number(b, "multipleOf").filter(v -> v.signum() > 0);
        Optional<BigDecimal> after = Nodes.number(a, "multipleOf").filter(v -> v.signum() > 0);
        if (before.isEmpty() && after.isEmpty()
                || before.isPresent() && after.isPresent() && before.get().compareTo(after.get()) == 0) {
            return;
        }
        SourceLocation oldLocation = b.valueLocation("multipleOf");
        SourceLocation newLocation = a.valueLocation("multipleOf");
        if (before.isEmpty()) {
            out.add(CompatibilityRules.CONSTRAINT_TIGHTENED, table, element, oldLocation, newLocation,
                    Texts.capitalize(owner) + " got a multipleOf: " + after.get().toPlainString() + ".");
        } else if (after.isEmpty()) {
            out.add(CompatibilityRules.CONSTRAINT_LOOSENED, table, element, oldLocation, newLocation,
                    Texts.capitalize(owner) + " lost its multipleOf " + before.get().toPlainString() + ".");
        } else {
            // Every multiple of the old step is still valid when the new step divides it.
            boolean looser = before.get().remainder(after.get()).signum() == 0;
            out.add(looser ? CompatibilityRules.CONSTRAINT_LOOSENED : CompatibilityRules.CONSTRAINT_TIGHTENED, table,
                    element, oldLocation, newLocation, "multipleOf of " + owner + " changed from "
                            + before.get().toPlainString() + " to " + after.get().toPlainString() + ".");
        }
    }

    private void uniqueItems(MapNode b, MapNode a, String element, String owner) {
        boolean before = Nodes.bool(b, "uniqueItems").orElse(false);
        boolean after = Nodes.bool(a, "uniqueItems").orElse(false);
        if (before != after) {
            out.add(after ? CompatibilityRules.CONSTRAINT_TIGHTENED : CompatibilityRules.CONSTRAINT_LOOSENED, table,
                    element, b.valueLocation("uniqueItems"), a.valueLocation("uniqueItems"), "Items of " + owner
                            + (after ? " must now be unique." : " no longer need to be unique."));
        }
    }

    private void format(SchemaProperty before, SchemaProperty after, String element, String owner) {
        Optional<String> b = before.options().format();
        Optional<String> a = after.options().format();
        if (b.equals(a)) {
            return;
        }
        SourceLocation oldLocation = before.options().node().valueLocation("format");
        SourceLocation newLocation = after.options().node().valueLocation("format");
        if (a.isEmpty()) {
            out.add(CompatibilityRules.CONSTRAINT_LOOSENED, table, element, oldLocation, newLocation,
                    Texts.capitalize(owner) + " lost its format " + Texts.quote(b) + ".");
        } else if (b.isEmpty()) {
            out.add(CompatibilityRules.FORMAT_CHANGED, table, element, oldLocation, newLocation,
                    Texts.capitalize(owner) + " got the format " + Texts.quote(a) + ".");
        } else {
            out.add(CompatibilityRules.FORMAT_CHANGED, table, element, oldLocation, newLocation,
                    "Format of " + owner + " changed from " + Texts.quote(b) + " to " + Texts.quote(a) + ".");
        }
    }

    /** Patterns are compared as sets of values when neither side has a pattern other than a pure alternation. */
    private static boolean patternsAsValues(SchemaProperty before, SchemaProperty after) {
        return before.options().pattern().map(p -> AllowedValues.alternation(p).isPresent()).orElse(true)
                && after.options().pattern().map(p -> AllowedValues.alternation(p).isPresent()).orElse(true);
    }

    private void pattern(SchemaProperty before, SchemaProperty after, String element, String owner) {
        Optional<String> b = before.options().pattern();
        Optional<String> a = after.options().pattern();
        if (b.equals(a)) {
            return;
        }
        SourceLocation oldLocation = before.options().node().valueLocation("pattern");
        SourceLocation newLocation = after.options().node().valueLocation("pattern");
        if (a.isEmpty()) {
            out.add(CompatibilityRules.CONSTRAINT_LOOSENED, table, element, oldLocation, newLocation,
                    Texts.capitalize(owner) + " lost its pattern " + Texts.quote(b) + ".");
        } else if (b.isEmpty()) {
            out.add(CompatibilityRules.PATTERN_CHANGED, table, element, oldLocation, newLocation,
                    Texts.capitalize(owner) + " got the pattern " + Texts.quote(a) + ".");
        } else {
            out.add(CompatibilityRules.PATTERN_CHANGED, table, element, oldLocation, newLocation,
                    "Pattern of " + owner + " changed from " + Texts.quote(b) + " to " + Texts.quote(a) + ".");
        }
    }

    private void values(Optional<AllowedValues> before, Optional<AllowedValues> after, SchemaProperty b,
            SchemaProperty a, String element, String owner) {
        if (before.isEmpty() && after.isEmpty()) {
            return;
        }
        SourceLocation oldLocation = before.map(AllowedValues::location).orElse(b.sourceLocation());
        SourceLocation newLocation = after.map(AllowedValues::location).orElse(a.sourceLocation());
        if (before.isEmpty()) {
            out.add(CompatibilityRules.CONSTRAINT_TIGHTENED, table, element, oldLocation, newLocation,
                    Texts.capitalize(owner) + " is now restricted to the values " + Texts.values(after.get().values())
                            + ".");
            return;
        }
        if (after.isEmpty()) {
            out.add(CompatibilityRules.CONSTRAINT_LOOSENED, table, element, oldLocation, newLocation,
                    Texts.capitalize(owner) + " is no longer restricted to a set of values.");
            return;
        }
        List<String> removed = before.get().values().stream().filter(v -> !after.get().values().contains(v))
                .toList();
        List<String> added = after.get().values().stream().filter(v -> !before.get().values().contains(v))
                .toList();
        if (!removed.isEmpty()) {
            out.add(CompatibilityRules.ENUM_REMOVED, table, element, oldLocation, newLocation,
                    "Values removed from " + owner + ": " + Texts.values(removed) + ".");
        }
        if (!added.isEmpty()) {
            out.add(CompatibilityRules.ENUM_ADDED, table, element, oldLocation, newLocation,
                    "Values added to " + owner + ": " + Texts.values(added)
                            + "; consumers that handle every value need a case for them.");
        }
    }
}
