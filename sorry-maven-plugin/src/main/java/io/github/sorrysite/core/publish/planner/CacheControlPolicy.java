package io.github.sorrysite.core.publish.planner;

import io.github.sorrysite.core.publish.plan.ObjectKind;
import java.util.List;

/**
 * Which Cache-Control each object gets. The user's rules are tried in order and the first match
 * wins; an object no rule matches falls back by kind: fingerprinted assets can be cached forever
 * (a change gives them a new name), other assets briefly, pages very briefly (they are what an
 * operator changes during an incident).
 */
public record CacheControlPolicy(List<CacheControlRule> rules, String pages, String fingerprintedAssets, String otherAssets) {
    public static final String DEFAULT_PAGES = "max-age=60";
    public static final String DEFAULT_FINGERPRINTED = "max-age=31536000, immutable";
    public static final String DEFAULT_ASSETS = "max-age=600";

    public CacheControlPolicy {
        rules = List.copyOf(rules);
        pages = CacheControlRule.checkedValue("sorry.publish.cacheControl.pages", pages);
        fingerprintedAssets = CacheControlRule.checkedValue("sorry.publish.cacheControl.fingerprinted", fingerprintedAssets);
        otherAssets = CacheControlRule.checkedValue("sorry.publish.cacheControl.assets", otherAssets);
    }

    public static CacheControlPolicy defaults() {
        return new CacheControlPolicy(List.of(), DEFAULT_PAGES, DEFAULT_FINGERPRINTED, DEFAULT_ASSETS);
    }

    public String forObject(String key, ObjectKind kind, boolean fingerprinted) {
        for (CacheControlRule rule : rules) {
            if (rule.matches(key)) {
                return rule.value();
            }
        }
        if (kind == ObjectKind.PAGE) {
            return pages;
        }
        return fingerprinted ? fingerprintedAssets : otherAssets;
    }
}
