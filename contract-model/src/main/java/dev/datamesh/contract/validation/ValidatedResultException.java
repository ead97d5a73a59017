package dev.datamesh.contract.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link ValidatedResult#unwrap()} when there were errors; carries them as a field. */
public final class ValidatedResultException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ValidationEvent> events;

    public ValidatedResultException(List<ValidationEvent> events) {
        super(events.isEmpty()
                ? "no result"
                : events.stream().map(LineEventFormatter::format).collect(Collectors.joining("\n")));
        this.events = List.copyOf(events);
    }

    public List<ValidationEvent> events() {
        return events;
    }
}
