package io.github.sorrysite.core.publish.store;

import io.github.sorrysite.core.InfrastructureException;

/** The CDN refused a new invalidation because too many are in progress; worth waiting and retrying. */
public class CdnBusyException extends InfrastructureException {
    public CdnBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
