package dev.datamesh.contract.compat;

import dev.datamesh.contract.types.DataType;
import dev.datamesh.contract.types.DataType.Kind;
import java.util.List;

/**
 * Decides whether a change of a scalar's resolved type is none, a safe widening or a change. Widening follows the
 * Glue type: {@code tinyint < smallint < int < bigint}, {@code float < double}, {@code decimal(p,s) <
 * decimal(p',s)} for p' &gt; p, {@code varchar(n) < varchar(m)} for m &gt; n, and {@code varchar(n) < string}.
 * Anything else is a change, conservatively: {@code char(n)} to any other type, integers to decimals or doubles.
 * A {@code uuid} string counts as a string here; its format change is reported as a format change.
 */
final class TypeWidening {

    /** The outcome of comparing two types. */
    enum Result { SAME, WIDENED, CHANGED }

    private static final List<Kind> INTEGERS = List.of(Kind.TINYINT, Kind.SMALLINT, Kind.INT, Kind.BIGINT);

    private TypeWidening() {}

    static Result compare(DataType before, DataType after) {
        if (before.equals(after)) {
            return Result.SAME;
        }
        if (before instanceof DataType.Primitive b && after instanceof DataType.Primitive a) {
            return primitives(b, a);
        }
        if (before instanceof DataType.Decimal b && after instanceof DataType.Decimal a) {
            return b.scale() == a.scale() && a.precision() > b.precision() ? Result.WIDENED : Result.CHANGED;
        }
        return before.glueType().equals(after.glueType()) ? Result.SAME : Result.CHANGED;
    }

    /** The type as a message shows it: the Glue type, except {@code time} (stored as a string in Glue). */
    static String describe(DataType type) {
        if (type instanceof DataType.Primitive p && p.kind() == Kind.TIME) {
            return "time";
        }
        return type.glueType();
    }

    private static Result primitives(DataType.Primitive before, DataType.Primitive after) {
        Kind b = before.kind() == Kind.UUID ? Kind.STRING : before.kind();
        Kind a = after.kind() == Kind.UUID ? Kind.STRING : after.kind();
        if (b == Kind.STRING && a == Kind.STRING) {
            return strings(before, after);
        }
        if (b == a) {
            return Result.SAME;
        }
        if (INTEGERS.contains(b) && INTEGERS.contains(a)) {
            return INTEGERS.indexOf(a) > INTEGERS.indexOf(b) ? Result.WIDENED : Result.CHANGED;
        }
        return b == Kind.FLOAT && a == Kind.DOUBLE ? Result.WIDENED : Result.CHANGED;
    }

    /** Length 0 is an unbounded {@code string}; {@code fixedLength} is {@code char(n)}. */
    private static Result strings(DataType.Primitive before, DataType.Primitive after) {
        if (before.length() == after.length() && before.fixedLength() == after.fixedLength()) {
            return Result.SAME;
        }
        if (before.fixedLength() || after.fixedLength() || before.length() == 0) {
            return Result.CHANGED;
        }
        return after.length() == 0 || after.length() > before.length() ? Result.WIDENED : Result.CHANGED;
    }
}
