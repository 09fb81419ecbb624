package io.github.sorrysite.core;

import java.util.function.UnaryOperator;

/**
 * Where the core sends its {@link Event}s. One functional interface for every consumer: the Maven
 * log, the preview server, a test that records them.
 */
@FunctionalInterface
public interface Events {
    /** Drops everything, for nested builds. */
    Events SILENT = event -> {
    };

    void emit(Event event);

    default void plan(String message) {
        emit(new Event(Event.Kind.PLAN, message));
    }

    default void summary(String message) {
        emit(new Event(Event.Kind.SUMMARY, message));
    }

    /** A normal-run line: progress of a step. */
    default void info(String message) {
        emit(new Event(Event.Kind.PROGRESS, message));
    }

    default void warn(String message) {
        emit(new Event(Event.Kind.WARNING, message));
    }

    default void error(String message) {
        emit(new Event(Event.Kind.ERROR, message));
    }

    default void debug(String message) {
        emit(new Event(Event.Kind.DETAIL, message));
    }

    /** These events, each first passed through {@code change} (e.g. to quieten a repeated summary). */
    default Events mapped(UnaryOperator<Event> change) {
        return event -> emit(change.apply(event));
    }
}
