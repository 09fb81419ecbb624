package io.github.sorrysite.maven;

import java.util.Map;

/**
 * Properties renamed to follow the naming rule (README, "Properties"): a property that only one
 * goal or one service reads is {@code sorry.<goal-or-service>.<name>}; one that several goals read
 * is {@code sorry.<name>}. The old names keep working for one release, with a warning.
 */
final class DeprecatedProperties {
    /** Old name to new name. */
    static final Map<String, String> RENAMED = Map.of(
            "sorry.force", "sorry.publish.force",
            "sorry.deleteStale", "sorry.publish.deleteStale",
            "sorry.maxDeletes", "sorry.publish.maxDeletes",
            "sorry.concurrency", "sorry.publish.concurrency",
            "sorry.cacheControl.pages", "sorry.publish.cacheControl.pages",
            "sorry.cacheControl.fingerprinted", "sorry.publish.cacheControl.fingerprinted",
            "sorry.cacheControl.assets", "sorry.publish.cacheControl.assets",
            "sorry.cloudfront.distributionId", "sorry.cloudfront.distributionIds",
            "sorry.cloudfront.endpoint", "sorry.aws.cloudfront.endpoint");

    private DeprecatedProperties() {
    }
}
