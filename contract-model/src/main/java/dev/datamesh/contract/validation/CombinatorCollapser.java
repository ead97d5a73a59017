package dev.datamesh.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reduces the failures under each {@code oneOf}/{@code anyOf} to the ones that explain the real mistake: the branch
 * the contract came closest to, or one summary when every branch failed the same way.
 *
 * <p>Innermost combinators are collapsed first; the result then takes part in the enclosing combinator as one
 * failure. A branch is closer when its failures lie deeper in the contract, when the value at least has the
 * branch's type, and when it has fewer failures.
 */
final class CombinatorCollapser {

    private static final Set<String> COMBINATORS = Set.of("oneOf", "anyOf");

    private final SchemaDocument schema;

    CombinatorCollapser(SchemaDocument schema) {
        this.schema = schema;
    }

    List<SchemaProblem> collapse(List<SchemaProblem> problems) {
        List<Pending> pending = new ArrayList<>();
        for (SchemaProblem problem : problems) {
            pending.add(new Pending(problem, problem.evaluationPath(), problem.instancePath()));
        }
        while (true) {
            Pending first = null;
            int deepest = -1;
            for (Pending candidate : pending) {
                int at = combinatorIndex(candidate.path());
                if (at > deepest) {
                    deepest = at;
                    first = candidate;
                }
            }
            if (first == null) {
                return pending.stream().map(Pending::problem).toList();
            }
            List<String> prefix = first.path().subList(0, deepest + 1);
            List<Object> where = first.combinatorInstance(deepest);
            List<Pending> group = new ArrayList<>();
            List<Pending> rest = new ArrayList<>();
            for (Pending candidate : pending) {
                boolean member = combinatorIndex(candidate.path()) == deepest
                        && candidate.path().subList(0, deepest + 1).equals(prefix)
                        && candidate.combinatorInstance(deepest).equals(where);
                (member ? group : rest).add(candidate);
            }
            List<String> outer = prefix.subList(0, deepest);
            for (SchemaProblem result : collapseGroup(group, prefix, where)) {
                rest.add(new Pending(result.withEvaluationPath(outer), outer, where));
            }
            pending = rest;
        }
    }

    /**
     * A failure on its way up: {@code path} is the evaluation path still to collapse, {@code anchor} the contract
     * location that path ends at (the failure's own location, or the location of an inner combinator once
     * collapsed).
     */
    private record Pending(SchemaProblem problem, List<String> path, List<Object> anchor) {

        /** The contract location of the combinator at {@code index} of the path: the anchor minus the steps below. */
        List<Object> combinatorInstance(int index) {
            int steps = instanceSteps(path.subList(index + 1, path.size()));
            return anchor.subList(0, Math.max(0, anchor.size() - steps));
        }
    }

    /** How many levels into the contract a stretch of evaluation path descends (the last keyword does not). */
    private static int instanceSteps(List<String> path) {
        int steps = 0;
        for (int i = 0; i < path.size() - 1; i++) {
            switch (path.get(i)) {
                case "properties", "patternProperties" -> {
                    steps++;
                    i++; // the property name or pattern
                }
                case "items", "prefixItems" -> {
                    steps++;
                    if (i + 1 < path.size() - 1 && SchemaDocument.isIndex(path.get(i + 1))) {
                        i++;
                    }
                }
                case "additionalItems", "unevaluatedItems", "additionalProperties", "unevaluatedProperties",
                        "contains" -> steps++;
                case "dependentSchemas" -> i++; // the property name; the subschema applies to the same object
                default -> { }
            }
        }
        return steps;
    }

    /** The position of the innermost oneOf/anyOf keyword in an evaluation path, or -1. */
    private static int combinatorIndex(List<String> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            boolean keyword = COMBINATORS.contains(path.get(i)) && (i == 0 || !path.get(i - 1).equals("properties"));
            if (keyword && (i == path.size() - 1 || SchemaDocument.isIndex(path.get(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    private List<SchemaProblem> collapseGroup(List<Pending> group, List<String> prefix, List<Object> where) {
        SchemaProblem own = null;
        Map<Integer, List<SchemaProblem>> branches = new TreeMap<>();
        for (Pending pending : group) {
            if (pending.path().size() == prefix.size()) {
                own = own == null ? pending.problem() : own;
            } else {
                int branch = Integer.parseInt(pending.path().get(prefix.size()));
                branches.computeIfAbsent(branch, b -> new ArrayList<>()).add(pending.problem());
            }
        }
        JsonNode combinator = schema.atEvaluationPath(prefix);
        if (own != null && own.keyword().equals("oneOf") && validBranches(own).size() > 1) {
            return List.of(SchemaProblem.synthetic(SchemaProblem.ONE_OF_MANY, where, prefix,
                    requiredKeys(combinator, validBranches(own))));
        }
        if (branches.isEmpty()) {
            return own == null ? List.of() : List.of(own);
        }
        List<SchemaProblem> all = branches.values().stream().flatMap(List::stream).toList();
        if (all.stream().allMatch(p -> p.keyword().equals("required") && p.instancePath().equals(where))) {
            Set<String> keys = new LinkedHashSet<>();
            all.forEach(p -> keys.add(p.property()));
            return List.of(SchemaProblem.synthetic(SchemaProblem.REQUIRED_ONE_OF, where, prefix, List.copyOf(keys)));
        }
        if (all.stream().allMatch(p -> p.keyword().equals("type") && p.instancePath().equals(where))) {
            Set<String> types = new LinkedHashSet<>();
            all.forEach(p -> types.addAll(p.values()));
            return List.of(SchemaProblem.synthetic("type", where, prefix, List.copyOf(types)));
        }
        return closest(branches, combinator, where, prefix);
    }

    private List<SchemaProblem> closest(Map<Integer, List<SchemaProblem>> branches, JsonNode combinator,
            List<Object> where, List<String> prefix) {
        Comparator<List<SchemaProblem>> closer = Comparator
                .comparingInt((List<SchemaProblem> problems) -> -problems.stream()
                        .mapToInt(p -> p.instancePath().size()).max().orElse(0))
                .thenComparingInt(problems -> problems.stream()
                        .anyMatch(p -> p.keyword().equals("type") && p.instancePath().equals(where)) ? 1 : 0)
                .thenComparingInt(List::size);
        List<Integer> order = new ArrayList<>(branches.keySet());
        order.sort(Comparator.comparing(branches::get, closer));
        List<SchemaProblem> best = branches.get(order.get(0));
        List<Integer> tied = order.stream().filter(b -> closer.compare(branches.get(b), best) == 0).toList();
        if (tied.size() > 1) {
            List<String> descriptions = tied.stream().map(b -> schema.description(combinator.path(b))).toList();
            if (descriptions.stream().noneMatch(String::isEmpty)) {
                return List.of(SchemaProblem.synthetic(SchemaProblem.NO_FORM, where, prefix, descriptions));
            }
        }
        return best;
    }

    /** The indexes of the branches a oneOf matched, from the library's arguments: count, then the indexes. */
    private static List<Integer> validBranches(SchemaProblem oneOf) {
        List<Integer> indexes = new ArrayList<>();
        for (String argument : oneOf.arguments().subList(Math.min(1, oneOf.arguments().size()),
                oneOf.arguments().size())) {
            for (String part : argument.split(",")) {
                String index = part.strip();
                if (SchemaDocument.isIndex(index)) {
                    indexes.add(Integer.parseInt(index));
                }
            }
        }
        return indexes;
    }

    /** The single required key of each branch, or nothing when a branch is not of that shape. */
    private List<String> requiredKeys(JsonNode combinator, List<Integer> branches) {
        List<String> keys = new ArrayList<>();
        for (int branch : branches) {
            JsonNode required = combinator.path(branch).path("required");
            if (!required.isArray() || required.size() != 1) {
                return List.of();
            }
            keys.add(required.get(0).asText());
        }
        return keys;
    }
}
