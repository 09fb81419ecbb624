package io.github.sorrysite.core.publish.store;

import java.util.List;

/** Asks a CDN to forget cached paths. Implementations make one request per call and never retry on {@link CdnBusyException}. */
public interface CdnInvalidator extends AutoCloseable {
    /**
     * @param callerReference unique per request, so a retried request is never applied twice
     * @return the invalidation id
     * @throws CdnBusyException when the distribution has too many invalidations in progress
     */
    String invalidate(String distributionId, List<String> paths, String callerReference);

    /** How messages name a distribution, e.g. {@code CloudFront distribution E2QWRUHAPOMQZL}. */
    default String describe(String distributionId) {
        return "distribution " + distributionId;
    }

    /** The command a user runs to invalidate {@code paths} by hand, or null when there is none to suggest. */
    default String manualInvalidation(String distributionId, List<String> paths) {
        return null;
    }

    /** Returns once the CDN client can take requests; throws what stops it from ever doing so. */
    default void ready() {
    }

    /**
     * Read-only checks before the plan, made in a dry run too: each distribution is visible to
     * these credentials. Each problem is one line that says what to fix.
     */
    default List<io.github.sorrysite.core.SorryException> preflight(List<String> distributionIds) {
        return List.of();
    }

    /** The invalidation's status, e.g. {@code InProgress} or {@code Completed}. */
    String status(String distributionId, String invalidationId);

    @Override
    default void close() {
    }
}
