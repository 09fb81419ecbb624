package io.github.sorrysite.core.publish.plan;

import io.github.sorrysite.core.common.Sizes;
import java.util.ArrayList;
import java.util.List;

/** The plan as log lines: one per action with its reason, then one summary line. */
public final class PublishPlanText {
    private PublishPlanText() {
    }

    public static List<String> lines(PublishPlan plan) {
        List<String> lines = new ArrayList<>();
        lines.add("Publish plan for " + plan.target() + ":");
        for (PublishPlan.UploadGroup group : plan.groups()) {
            for (PublishPlan.Upload upload : group.uploads()) {
                lines.add(String.format("  upload      %-44s %9s  %s", upload.key(), Sizes.human(upload.object().bytes()),
                        upload.reason().label()));
            }
        }
        for (PublishPlan.Delete delete : plan.deletes()) {
            lines.add(String.format("  delete      %-44s %9s  %s", delete.key(), Sizes.human(delete.bytes()), delete.reason().label()));
        }
        for (PublishPlan.Invalidation invalidation : plan.invalidations()) {
            lines.add(String.format("  invalidate  %s: %s", invalidation.distributionId(), String.join(" ", invalidation.paths())));
        }
        if (!plan.keptStale().isEmpty()) {
            lines.add("  kept " + plan.keptStale().size() + " object(s) the site no longer has (set sorry.deleteStale=true to delete them): "
                    + String.join(", ", plan.keptStale().stream().limit(5).toList()) + (plan.keptStale().size() > 5 ? ", ..." : ""));
        }
        lines.add(String.format("  %d to upload (%s), %d unchanged, %d to delete, %d invalidation%s",
                plan.uploads().size(), Sizes.human(plan.uploadBytes()), plan.unchanged().size(), plan.deletes().size(),
                plan.invalidations().size(), plan.invalidations().size() == 1 ? "" : "s"));
        return lines;
    }
}
