package io.github.sorrysite.core;

import java.util.Objects;

/**
 * A mistake in what the user gave us: a source file, a template, a parameter. The message names
 * where the problem is ({@link #where()}), what is wrong, and how to fix it, so it can be shown as
 * one line without a stack trace.
 */
public class BadInputException extends SorryException {
    private final String where;
    private final String problem;
    private final String fix;

    public BadInputException(String where, String problem, String fix) {
        this(where, problem, fix, null);
    }

    public BadInputException(String where, String problem, String fix, Throwable cause) {
        super(format(where, problem, fix), cause);
        this.where = Objects.requireNonNull(where, "where");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.fix = fix;
    }

    private static String format(String where, String problem, String fix) {
        String text = where + ": " + problem;
        return fix == null || fix.isBlank() ? text : text + " (fix: " + fix + ")";
    }

    /** The file (optionally with :line) or the parameter that is wrong. */
    public String where() {
        return where;
    }

    public String problem() {
        return problem;
    }

    public String fix() {
        return fix;
    }
}
