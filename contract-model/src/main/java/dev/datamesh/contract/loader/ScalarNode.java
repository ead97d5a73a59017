package dev.datamesh.contract.loader;

import dev.datamesh.contract.model.SourceLocation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A YAML scalar: a string, a number, a boolean or null, with the text it was written as.
 */
public record ScalarNode(Object value, String text, SourceLocation location) implements Node {

    public ScalarNode {
        Objects.requireNonNull(text, "text == null");
        Objects.requireNonNull(location, "location == null");
        if (value != null && !(value instanceof String || value instanceof BigInteger
                || value instanceof BigDecimal || value instanceof Boolean)) {
            throw new IllegalArgumentException("unsupported scalar type " + value.getClass());
        }
    }

    public boolean isNull() {
        return value == null;
    }

    public boolean isString() {
        return value instanceof String;
    }

    public boolean isNumber() {
        return value instanceof BigInteger || value instanceof BigDecimal;
    }

    public boolean isInteger() {
        return value instanceof BigInteger;
    }

    public boolean isBoolean() {
        return value instanceof Boolean;
    }

    /** The value as written, for strings and for other scalars alike ({@code 1.0} stays {@code "1.0"}). */
    public String asText() {
        return value == null ? "" : isString() ? (String) value : text;
    }

    @Override
    public int size() {
        return 1;
    }

    @Override
    public String typeName() {
        if (value == null) {
            return "null";
        }
        if (isString()) {
            return "string";
        }
        if (isInteger()) {
            return "integer";
        }
        if (isNumber()) {
            return "number";
        }
        return "boolean";
    }

    @Override
    public Object toPlain() {
        return value;
    }
}
