package io.github.sorrysite.core.verify;

import io.github.sorrysite.core.common.JsonText;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code target/sorry/verify.json}: every check, the summary, and the build it checked against. */
public final class VerifyJson {
    public static final int FORMAT_VERSION = 1;

    private VerifyJson() {
    }

    public static byte[] write(VerifyResult result, String buildId, String checkedAt, boolean failOnWarning) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("buildId", buildId);
        root.put("checkedAt", checkedAt);
        root.put("passed", !result.failed(failOnWarning));
        Map<String, Object> summary = new LinkedHashMap<>();
        for (Check.Status status : Check.Status.values()) {
            summary.put(status.label(), result.count(status));
        }
        root.put("summary", summary);
        List<Map<String, Object>> checks = result.checks().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("link", c.link());
            m.put("subject", c.subject());
            m.put("status", c.status().label());
            m.put("message", c.message());
            m.put("fix", c.fix());
            return m;
        }).toList();
        root.put("checks", checks);
        return JsonText.pretty(root).getBytes(StandardCharsets.UTF_8);
    }
}
