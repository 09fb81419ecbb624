package io.github.sorrysite.core.publish.plan;

import io.github.sorrysite.core.common.JsonText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code target/sorry/publish-plan.json}: the plan for review (a dry run in CI, a release
 * approval). Deterministic for the same inputs, so two plans can be diffed.
 */
public final class PublishPlanJson {
    private PublishPlanJson() {
    }

    public static byte[] write(PublishPlan plan, boolean dryRun) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("target", plan.target());
        root.put("dryRun", dryRun);
        List<Map<String, Object>> uploads = new ArrayList<>();
        for (PublishPlan.UploadGroup group : plan.groups()) {
            for (PublishPlan.Upload upload : group.uploads()) {
                Map<String, Object> u = new LinkedHashMap<>();
                u.put("group", group.name());
                u.put("key", upload.key());
                u.put("reason", upload.reason().label());
                u.put("bytes", upload.object().bytes());
                u.put("contentType", upload.object().headers().contentType());
                u.put("cacheControl", upload.object().headers().cacheControl());
                u.put("invalidate", upload.invalidate());
                uploads.add(u);
            }
        }
        root.put("uploads", uploads);
        root.put("deletes", plan.deletes().stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", d.key());
            m.put("reason", d.reason().label());
            m.put("bytes", d.bytes());
            return m;
        }).toList());
        root.put("invalidations", plan.invalidations().stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("distributionId", i.distributionId());
            m.put("paths", i.paths());
            return m;
        }).toList());
        root.put("unchanged", plan.unchanged());
        root.put("keptStale", plan.keptStale());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("uploads", plan.uploads().size());
        summary.put("uploadBytes", plan.uploadBytes());
        summary.put("unchanged", plan.unchanged().size());
        summary.put("deletes", plan.deletes().size());
        summary.put("invalidations", plan.invalidations().size());
        root.put("summary", summary);
        return JsonText.pretty(root).getBytes(StandardCharsets.UTF_8);
    }
}
