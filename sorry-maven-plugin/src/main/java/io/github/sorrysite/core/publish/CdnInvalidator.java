package io.github.sorrysite.core.publish;

import java.util.List;

/** Asks a CDN to forget cached paths. Implementations make one request per call and never retry on {@link CdnBusyException}. */
public interface CdnInvalidator extends AutoCloseable {
    /**
     * @param callerReference unique per request, so a retried request is never applied twice
     * @return the invalidation id
     * @throws CdnBusyException when the distribution has too many invalidations in progress
     */
    String invalidate(String distributionId, List<String> paths, String callerReference);

    /** Returns once the CDN client can take requests; throws what stops it from ever doing so. */
    default void ready() {
    }

    /** The invalidation's status, e.g. {@code InProgress} or {@code Completed}. */
    String status(String distributionId, String invalidationId);

    @Override
    default void close() {
    }
}
