package io.github.sorrysite.core.lint;

import java.util.Objects;

/**
 * One lint result.
 *
 * @param rule a stable id such as {@code over-budget}, for lint.json and for looking it up in the README
 * @param file the file as shown to the user (relative to the project where possible)
 * @param line 1-based line in {@code file}, or 0 when the finding is about the whole file
 */
public record Finding(Severity severity, String rule, String file, int line, String message) {
    public enum Severity { ERROR, WARNING }

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    public String location() {
        return line > 0 ? file + ":" + line : file;
    }

    /** The one line the user sees. */
    @Override
    public String toString() {
        return location() + ": " + message + " [" + rule + "]";
    }
}
