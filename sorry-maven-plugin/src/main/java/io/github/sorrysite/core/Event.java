package io.github.sorrysite.core;

import java.util.Objects;

/**
 * Something the core reports while it works. The core never logs by itself: the caller decides
 * what each kind means to its user (the Maven layer maps kinds to log levels in one place).
 */
public record Event(Kind kind, String message) {
    public enum Kind {
        /** What is about to change and why: the lines of a plan. Always shown. */
        PLAN,
        /** The outcome of a step: a summary line, a chosen strategy, a result. */
        SUMMARY,
        /** A step starting or moving on. */
        PROGRESS,
        /** Per-object detail for troubleshooting runs. */
        DETAIL,
        /** Something that works but that the user should probably change. */
        WARNING,
        /** Something that will fail the goal, reported before it fails (e.g. each lint error). */
        ERROR
    }

    public Event {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
