package io.github.sorrysite.core.verify;

import io.github.sorrysite.core.SorryException;

/** The credentials may not make a read-only call; {@code action} is the IAM action to allow, e.g. {@code cloudfront:GetDistribution}. */
public class ReadDeniedException extends SorryException {
    private final String action;

    public ReadDeniedException(String action, String message, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
