package io.github.sorrysite.core.verify;

import io.github.sorrysite.core.common.ContentTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an asset a served page references must answer: 200 with its type, a long immutable cache
 * when fingerprinted, and CORS for the page's origin when a browser loads it in CORS mode.
 */
public final class AssetChecks {
    static final String LINK = "asset";
    /** What counts as long for a fingerprinted asset: 30 days (the default is a year). */
    static final long LONG_CACHE = 30L * 24 * 3600;

    private AssetChecks() {
    }

    /** @param pageOrigin the origin of the page that references it, as sent in {@code Origin} */
    public static List<Check> check(AssetReference asset, String pageOrigin, HttpAnswer answer, ExpectedSite site) {
        String subject = asset.url().toString();
        List<Check> checks = new ArrayList<>();
        if (answer.status() != 200) {
            checks.add(Check.error(LINK, subject, "HTTP " + answer.status() + " (referenced by the sorry page)",
                    "publish the current build (mvn sorry:publish), and check that the CDN serves the asset prefix "
                            + site.contentPrefix() + " from the bucket"));
            return checks;
        }
        String path = asset.url().getPath() == null ? "" : asset.url().getPath();
        String expected = mediaType(ContentTypes.forKey(path));
        String actual = answer.mediaType();
        if (expected.equals("application/octet-stream") || expected.equals(actual)) {
            checks.add(Check.ok(LINK, subject, "200 " + (actual.isEmpty() ? "(no Content-Type)" : actual)));
        } else {
            checks.add(Check.error(LINK, subject, "Content-Type is '" + actual + "', not " + expected
                            + ": browsers refuse a stylesheet or script of the wrong type",
                    "re-publish with sorry:publish (it sets Content-Type by extension) or fix the object's metadata"));
        }
        if (site.isFingerprinted(path)) {
            Optional<String> value = answer.header("cache-control");
            CacheControlHeader cache = new CacheControlHeader(value.orElse(""));
            if (cache.maxAge().orElse(0) >= LONG_CACHE && cache.has("immutable")) {
                checks.add(Check.ok(LINK, subject, "fingerprinted, Cache-Control: " + value.get()));
            } else {
                checks.add(Check.warning(LINK, subject, "fingerprinted but Cache-Control is " + value.map(v -> "'" + v + "'").orElse("missing")
                                + ": browsers re-fetch it on every visit",
                        "publish with sorry:publish (fingerprinted assets get max-age=31536000, immutable)"));
            }
        }
        boolean corsMode = asset.kind() == AssetReference.Kind.FONT || asset.kind() == AssetReference.Kind.MASK;
        String assetOrigin = AssetReference.originOf(asset.url());
        if (corsMode && !assetOrigin.equals(pageOrigin)) {
            Optional<String> allow = answer.header("access-control-allow-origin");
            String what = asset.kind().name().toLowerCase(Locale.ROOT);
            if (allow.isPresent() && (allow.get().strip().equals("*") || allow.get().strip().equalsIgnoreCase(pageOrigin))) {
                checks.add(Check.ok(LINK, subject, what + " from another origin allows " + pageOrigin + " (Access-Control-Allow-Origin: "
                        + allow.get().strip() + ")"));
            } else {
                checks.add(Check.warning(LINK, subject, what + " on " + assetOrigin + " has " + allow.map(a -> "Access-Control-Allow-Origin: " + a)
                                .orElse("no Access-Control-Allow-Origin") + " for a page on " + pageOrigin
                                + ", so the browser drops it",
                        "add CORS for " + pageOrigin + " on " + site.contentPrefix() + "* (the response headers policy of sorry.infra), "
                                + "or a CORS rule on the bucket"));
            }
        }
        return checks;
    }

    public static Check unreachable(AssetReference asset, String why) {
        return Check.error(LINK, asset.url().toString(), "no answer: " + why,
                "check that the asset host resolves and serves HTTPS; the page references it");
    }

    private static String mediaType(String contentType) {
        return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }
}
