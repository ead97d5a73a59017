package dev.datamesh.contract.model;

import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.Node;
import dev.datamesh.contract.loader.Nodes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An ODCS {@code quality[]} rule: {@code library} (a metric such as {@code nullValues} or {@code rowCount}),
 * {@code sql} (a query whose result is compared), {@code custom} or {@code text}, with its comparison operator.
 */
public record QualityRule(String type, Optional<String> name, Optional<String> description,
        Optional<String> metric, Optional<String> query, Optional<String> engine, Optional<String> dimension,
        Optional<String> severity, Optional<String> unit, Optional<MapNode> arguments, MapNode node)
        implements FromSourceLocation {

    /** The comparison operators of ODCS, in the order they are looked up. */
    public static final List<String> OPERATORS = List.of("mustBe", "mustNotBe", "mustBeGreaterThan",
            "mustBeGreaterOrEqualTo", "mustBeLessThan", "mustBeLessOrEqualTo", "mustBeBetween", "mustNotBeBetween");

    /** The operator used by this rule, if any. */
    public Optional<String> operator() {
        return OPERATORS.stream().filter(node::has).findFirst();
    }

    /** The operand of the operator (a number, a string or a two-item list). */
    public Optional<Node> operand() {
        return operator().flatMap(node::get);
    }

    /** The operand as a number, for single-valued numeric operators. */
    public Optional<BigDecimal> numericOperand() {
        return operand().flatMap(Nodes::number);
    }

    public boolean isLibrary() {
        return "library".equals(type);
    }

    public boolean isSql() {
        return "sql".equals(type);
    }

    @Override
    public SourceLocation sourceLocation() {
        return node.location();
    }
}
