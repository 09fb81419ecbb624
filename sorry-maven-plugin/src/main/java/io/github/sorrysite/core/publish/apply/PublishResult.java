package io.github.sorrysite.core.publish.apply;

import java.util.Map;

/**
 * What a publish did.
 *
 * @param invalidationIds distribution id to invalidation id
 */
public record PublishResult(int uploaded, long uploadedBytes, int unchanged, int deleted, Map<String, String> invalidationIds,
                            long millis, boolean dryRun) {
    public PublishResult {
        invalidationIds = Map.copyOf(invalidationIds);
    }
}
