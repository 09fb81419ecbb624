package io.github.sorrysite.core.publish.plan;

import java.util.List;

/**
 * The part of the publish configuration that decides the plan.
 *
 * @param assetPrefix key prefix of the asset group, e.g. {@code sorrycontent/}
 * @param pathPrefix URL path that the target root is served under ("" when the target prefix is the origin path)
 * @param maxPaths above this many paths, one distribution's invalidation collapses into a wildcard
 */
public record PlanOptions(String assetPrefix, boolean force, boolean deleteStale, int maxDeletes, List<String> distributionIds,
                          String pathPrefix, int maxPaths) {
    public PlanOptions {
        distributionIds = List.copyOf(distributionIds);
    }
}
