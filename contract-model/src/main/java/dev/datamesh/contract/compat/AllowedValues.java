package dev.datamesh.contract.compat;

import dev.datamesh.contract.loader.ListNode;
import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.Node;
import dev.datamesh.contract.loader.Nodes;
import dev.datamesh.contract.model.QualityRule;
import dev.datamesh.contract.model.SchemaProperty;
import dev.datamesh.contract.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The set of values a property allows, where the contract gives one: the property's {@code enum} list (ODCS v3.2),
 * a {@code library} quality rule with metric {@code invalidValues} and {@code arguments.validValues}, or a pattern
 * that is a pure alternation of literals such as {@code ^(A|B|C)$}. When several are given, all apply: the set is
 * their intersection, in the order of the first.
 *
 * @param location where the first source of the set is written
 */
record AllowedValues(List<String> values, SourceLocation location) {

    /** {@code ^(a|b)$} or {@code ^(?:a|b)$}, each alternative a literal (escaped metacharacters allowed). */
    private static final String LITERAL = "(?:[^\\\\^$.|?*+()\\[\\]{}]|\\\\[\\\\^$.|?*+()\\[\\]{}/-])+";
    private static final Pattern ALTERNATION =
            Pattern.compile("\\^\\((?:\\?:)?(" + LITERAL + "(?:\\|" + LITERAL + ")*)\\)\\$");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(.)");

    AllowedValues {
        values = List.copyOf(values);
    }

    /** The allowed values of a property; the pattern counts only when {@code withPattern}. */
    static Optional<AllowedValues> of(SchemaProperty property, boolean withPattern) {
        List<AllowedValues> sources = new ArrayList<>();
        property.node().get("enum").flatMap(AllowedValues::list)
                .ifPresent(v -> sources.add(new AllowedValues(v, Locations.of(property.node(), "enum"))));
        validValues(property).ifPresent(sources::add);
        if (withPattern) {
            property.options().pattern().flatMap(AllowedValues::alternation).ifPresent(v -> sources.add(
                    new AllowedValues(v, property.options().node().valueLocation("pattern"))));
        }
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>(sources.get(0).values());
        for (AllowedValues other : sources.subList(1, sources.size())) {
            values.retainAll(other.values());
        }
        return Optional.of(new AllowedValues(values, sources.get(0).location()));
    }

    /** The literals of a pure alternation pattern, or empty when the pattern is anything else. */
    static Optional<List<String>> alternation(String pattern) {
        Matcher m = ALTERNATION.matcher(pattern);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (String alternative : m.group(1).split("(?<!\\\\)\\|")) {
            values.add(ESCAPE.matcher(alternative).replaceAll("$1"));
        }
        return Optional.of(values);
    }

    /** Whether a quality rule defines allowed values rather than a check of its own. */
    static boolean definesValues(QualityRule rule) {
        return rule.isLibrary() && rule.metric().filter("invalidValues"::equals).isPresent()
                && rule.arguments().flatMap(a -> a.get("validValues")).filter(ListNode.class::isInstance)
                        .isPresent();
    }

    private static Optional<AllowedValues> validValues(SchemaProperty property) {
        for (QualityRule rule : property.quality()) {
            if (definesValues(rule)) {
                MapNode arguments = rule.arguments().orElseThrow();
                return arguments.get("validValues").flatMap(AllowedValues::list)
                        .map(v -> new AllowedValues(v, Locations.of(arguments, "validValues")));
            }
        }
        return Optional.empty();
    }

    /** The items of a list as text; {@code null} items read as {@code null}. */
    private static Optional<List<String>> list(Node node) {
        if (!(node instanceof ListNode list)) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (Node item : list.items()) {
            String value = Nodes.text(item).orElse("null");
            if (!values.contains(value)) {
                values.add(value);
            }
        }
        return Optional.of(values);
    }
}
