package io.github.sorrysite.core;

/**
 * Base of the typed failures the core raises. The Maven layer turns every subtype into one
 * clear line for the user (see {@code io.github.sorrysite.maven.FailureTranslator}).
 */
public abstract class SorryException extends RuntimeException {
    protected SorryException(String message, Throwable cause) {
        super(message, cause);
    }
}
