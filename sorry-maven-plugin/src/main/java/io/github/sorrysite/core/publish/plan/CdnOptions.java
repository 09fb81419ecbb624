package io.github.sorrysite.core.publish.plan;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the publish asks of the CDN in front of the target, whichever CDN it is.
 *
 * @param distributionIds the distributions to invalidate; empty: no invalidation
 * @param pathPrefix URL path the target root is served under: "" or {@code /x/y}
 * @param maxPaths above this many paths per distribution, invalidate one wildcard instead
 * @param waitForInvalidation wait until every invalidation is complete
 */
public record CdnOptions(List<String> distributionIds, String pathPrefix, int maxPaths, boolean waitForInvalidation,
                         Duration waitTimeout) {
    /** {@link #maxPaths()} for a CDN that purges URL by URL and has no wildcard (Akamai Fast Purge). */
    public static final int NO_WILDCARD = Integer.MAX_VALUE;

    public CdnOptions {
        distributionIds = List.copyOf(distributionIds);
        pathPrefix = pathPrefix == null ? "" : pathPrefix;
        Objects.requireNonNull(waitTimeout, "waitTimeout");
    }
}
