package io.github.sorrysite.core.publish.apply;

import io.github.sorrysite.core.publish.plan.CdnOptions;
import java.util.Objects;

/**
 * What applying a plan needs besides the plan.
 *
 * @param target the target as messages name it, e.g. {@code s3://bucket/sorry/}
 * @param concurrency how many uploads run at once
 */
public record ApplyOptions(String target, int concurrency, CdnOptions cdn) {
    public ApplyOptions {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(cdn, "cdn");
    }
}
