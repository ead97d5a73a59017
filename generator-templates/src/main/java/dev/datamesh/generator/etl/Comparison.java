package dev.datamesh.generator.etl;

import dev.datamesh.contract.loader.ListNode;
import dev.datamesh.contract.loader.Node;
import dev.datamesh.contract.loader.Nodes;
import dev.datamesh.contract.model.QualityRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An ODCS comparison ({@code mustBe}, {@code mustBeBetween}, ...) as one or two DQDL bounds. Ranges become two
 * bounds joined by {@code and} / {@code or} rather than DQDL's {@code between}, whose ends do not count.
 *
 * @param joiner {@code and} or {@code or}; unused for a single bound
 */
record Comparison(List<Bound> bounds, String joiner) {

    /** One side: an operator ({@code =}, {@code !=}, {@code >}, {@code >=}, {@code <}, {@code <=}) and a number. */
    record Bound(String operator, BigDecimal value) {}

    Comparison {
        bounds = List.copyOf(bounds);
    }

    static Comparison of(String operator, BigDecimal value) {
        return new Comparison(List.of(new Bound(operator, value)), "and");
    }

    static Comparison both(Bound lower, Bound upper) {
        return new Comparison(List.of(lower, upper), "and");
    }

    /** The comparison of a quality rule, when its operator has a numeric operand. */
    static Optional<Comparison> of(QualityRule rule) {
        Optional<String> operator = rule.operator();
        if (operator.isEmpty()) {
            return Optional.empty();
        }
        Node operand = rule.operand().orElseThrow();
        return switch (operator.get()) {
            case "mustBe" -> Nodes.number(operand).map(v -> of("=", v));
            case "mustNotBe" -> Nodes.number(operand).map(v -> of("!=", v));
            case "mustBeGreaterThan" -> Nodes.number(operand).map(v -> of(">", v));
            case "mustBeGreaterOrEqualTo" -> Nodes.number(operand).map(v -> of(">=", v));
            case "mustBeLessThan" -> Nodes.number(operand).map(v -> of("<", v));
            case "mustBeLessOrEqualTo" -> Nodes.number(operand).map(v -> of("<=", v));
            case "mustBeBetween" -> pair(operand).map(p -> both(new Bound(">=", p.get(0)), new Bound("<=", p.get(1))));
            case "mustNotBeBetween" -> pair(operand).map(p -> new Comparison(
                    List.of(new Bound("<", p.get(0)), new Bound(">", p.get(1))), "or"));
            default -> Optional.empty();
        };
    }

    /** Whether this asks for none at all: {@code = 0}, {@code <= 0} or {@code < 1} of a count. */
    boolean isZero() {
        if (bounds.size() != 1) {
            return false;
        }
        Bound bound = bounds.get(0);
        return (bound.operator().equals("=") || bound.operator().equals("<=")) && bound.value().signum() == 0
                || bound.operator().equals("<") && bound.value().compareTo(BigDecimal.ONE) == 0;
    }

    /**
     * The comparison of the complementary share, for a comparison of a percentage of bad rows: "at most 5 % bad"
     * becomes "at least 0.95 good".
     */
    Comparison goodShare() {
        return new Comparison(bounds.stream().map(b -> new Bound(flip(b.operator()),
                BigDecimal.ONE.subtract(b.value().movePointLeft(2)))).toList(), joiner);
    }

    /** {@code head op n}, or {@code (head op a) and (head op b)}. */
    String render(String head) {
        return join(head, "");
    }

    /** The comparison as a row threshold: {@code head with threshold op n}. */
    String renderThreshold(String head) {
        return join(head, " with threshold");
    }

    private String join(String head, String infix) {
        if (bounds.size() == 1) {
            return atom(head, infix, bounds.get(0));
        }
        return "(" + atom(head, infix, bounds.get(0)) + ") " + joiner + " (" + atom(head, infix, bounds.get(1)) + ")";
    }

    private static String atom(String head, String infix, Bound bound) {
        return head + infix + " " + bound.operator() + " " + Dqdl.number(bound.value());
    }

    private static String flip(String operator) {
        return switch (operator) {
            case ">" -> "<";
            case ">=" -> "<=";
            case "<" -> ">";
            case "<=" -> ">=";
            default -> operator;
        };
    }

    private static Optional<List<BigDecimal>> pair(Node operand) {
        if (operand instanceof ListNode list && list.items().size() == 2) {
            Optional<BigDecimal> low = Nodes.number(list.items().get(0));
            Optional<BigDecimal> high = Nodes.number(list.items().get(1));
            if (low.isPresent() && high.isPresent()) {
                return Optional.of(List.of(low.get(), high.get()));
            }
        }
        return Optional.empty();
    }
}
