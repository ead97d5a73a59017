package dev.datamesh.contract.model;

import dev.datamesh.contract.loader.MapNode;
import dev.datamesh.contract.loader.Nodes;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A property's {@code logicalTypeOptions}: lengths, pattern and format for strings, bounds for numbers and dates,
 * item counts for arrays. Read from the node, so unknown options stay available.
 */
public record LogicalTypeOptions(MapNode node) implements FromSourceLocation {

    public static LogicalTypeOptions empty(SourceLocation location) {
        return new LogicalTypeOptions(MapNode.empty(location));
    }

    public boolean isEmpty() {
        return node.entries().isEmpty();
    }

    public Optional<Integer> minLength() {
        return integer("minLength");
    }

    public Optional<Integer> maxLength() {
        return integer("maxLength");
    }

    public Optional<String> pattern() {
        return Nodes.string(node, "pattern");
    }

    public Optional<String> format() {
        return Nodes.string(node, "format");
    }

    /** {@code minimum}: a number, or for dates and timestamps the text as written. */
    public Optional<BigDecimal> minimum() {
        return Nodes.number(node, "minimum");
    }

    public Optional<BigDecimal> maximum() {
        return Nodes.number(node, "maximum");
    }

    /**
     * Whether {@code minimum} is exclusive: the older form, {@code exclusiveMinimum: true} beside {@code minimum}.
     * ODCS v3.1 writes the bound itself as {@code exclusiveMinimum: 0}; see {@link #exclusiveMinimumValue()}.
     */
    public boolean exclusiveMinimum() {
        return Nodes.bool(node, "exclusiveMinimum").orElse(false);
    }

    public boolean exclusiveMaximum() {
        return Nodes.bool(node, "exclusiveMaximum").orElse(false);
    }

    /** The exclusive lower bound in the v3.1 form {@code exclusiveMinimum: 0}, or the exclusive {@code minimum}. */
    public Optional<BigDecimal> exclusiveMinimumValue() {
        Optional<BigDecimal> value = Nodes.number(node, "exclusiveMinimum");
        return value.isPresent() ? value : exclusiveMinimum() ? minimum() : Optional.empty();
    }

    /** The exclusive upper bound in the v3.1 form {@code exclusiveMaximum: 100}, or the exclusive {@code maximum}. */
    public Optional<BigDecimal> exclusiveMaximumValue() {
        Optional<BigDecimal> value = Nodes.number(node, "exclusiveMaximum");
        return value.isPresent() ? value : exclusiveMaximum() ? maximum() : Optional.empty();
    }

    public Optional<Integer> minItems() {
        return integer("minItems");
    }

    public Optional<Integer> maxItems() {
        return integer("maxItems");
    }

    public Optional<String> text(String key) {
        return Nodes.string(node, key);
    }

    private Optional<Integer> integer(String key) {
        return Nodes.integer(node, key).filter(v -> v.bitLength() < 32).map(v -> v.intValue());
    }

    @Override
    public SourceLocation sourceLocation() {
        return node.location();
    }
}
