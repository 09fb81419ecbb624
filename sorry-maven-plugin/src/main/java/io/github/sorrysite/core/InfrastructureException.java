package io.github.sorrysite.core;

/**
 * Something outside the user's input failed: the disk, the network, a remote service. Not the
 * user's mistake, so the cause is kept for diagnosis.
 */
public class InfrastructureException extends SorryException {
    public InfrastructureException(String message, Throwable cause) {
        super(message, cause);
    }
}
