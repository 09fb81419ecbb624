package io.github.sorrysite.core.verify;

import io.github.sorrysite.core.SorryException;

/** A URL or host gave no answer at all; the message says why (DNS, connection, TLS, timeout). */
public class UnreachableException extends SorryException {
    public UnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
