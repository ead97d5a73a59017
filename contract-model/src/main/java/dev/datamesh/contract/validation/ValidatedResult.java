package dev.datamesh.contract.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A value (possibly absent) together with the events found while producing it.
 *
 * <p>Loading and validation return this instead of throwing for problems in the user's input; a caller that
 * cannot go on with errors calls {@link #unwrap()}.
 */
public final class ValidatedResult<T> {

    private final T value;
    private final List<ValidationEvent> events;

    private ValidatedResult(T value, List<ValidationEvent> events) {
        this.value = value;
        List<ValidationEvent> sorted = new ArrayList<>(events);
        Collections.sort(sorted);
        this.events = List.copyOf(sorted);
    }

    public static <T> ValidatedResult<T> of(T value, List<ValidationEvent> events) {
        return new ValidatedResult<>(value, events);
    }

    public static <T> ValidatedResult<T> failed(List<ValidationEvent> events) {
        return new ValidatedResult<>(null, events);
    }

    public Optional<T> result() {
        return Optional.ofNullable(value);
    }

    /** All events, sorted by location. */
    public List<ValidationEvent> events() {
        return events;
    }

    public List<ValidationEvent> events(Severity severity) {
        return events.stream().filter(e -> e.severity() == severity).toList();
    }

    public boolean hasErrors() {
        return events.stream().anyMatch(e -> e.severity() == Severity.ERROR);
    }

    /** The value; throws with every error event when there is an error or no value. */
    public T unwrap() {
        if (value == null || hasErrors()) {
            throw new ValidatedResultException(events(Severity.ERROR));
        }
        return value;
    }

    public <R> ValidatedResult<R> map(Function<? super T, ? extends R> mapper) {
        return new ValidatedResult<>(value == null ? null : mapper.apply(value), events);
    }

    /** The same value with more events. */
    public ValidatedResult<T> withEvents(List<ValidationEvent> more) {
        List<ValidationEvent> all = new ArrayList<>(events);
        all.addAll(more);
        return new ValidatedResult<>(value, all);
    }
}
