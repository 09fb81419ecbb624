package io.github.sorrysite.core.verify;

import io.github.sorrysite.core.common.Hashes;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one sorry URL must answer: the page's status, the built body for the locale the URL selects
 * (by digest), a short Cache-Control, and a charset for a non-ASCII body.
 */
public final class PageChecks {
    static final String LINK = "http";

    private PageChecks() {
    }

    /** @param shortCache the longest max-age, in seconds, that still counts as short */
    public static List<Check> check(URI url, HttpAnswer answer, ExpectedSite site, long shortCache) {
        String subject = url.toString();
        List<Check> checks = new ArrayList<>();
        String sha256 = Hashes.sha256(answer.body());
        String locale = site.localeFor(url.getPath() == null ? "/" : url.getPath());
        List<ExpectedBody> wanted = site.forLocale(locale);
        Optional<ExpectedBody> served = site.byDigest(sha256);
        ExpectedBody expected = served.filter(b -> b.locale().equals(locale)).orElse(wanted.isEmpty() ? null : wanted.get(0));

        if (served.isEmpty()) {
            checks.add(Check.error(LINK, subject, "body is not a built page or inline body (" + answer.body().length + " bytes, sha256 "
                            + sha256.substring(0, 12) + "…, HTTP " + answer.status() + ")" + hint(answer),
                    "publish the current build (mvn sorry:publish) and invalidate the CDN, or point the URL at the sorry page "
                            + "(custom error responses or the viewer-request function of sorry.infra)"));
        } else if (!served.get().locale().equals(locale)) {
            checks.add(Check.error(LINK, subject, "serves " + served.get().describe() + ", but the URL selects the "
                            + (locale.isEmpty() ? "root" : "'" + locale + "'") + " page",
                    "pick the page by path prefix or Accept-Language with a CloudFront viewer-request function (sorry.infra writes one): "
                            + "a custom error response has one page per distribution"));
        } else {
            checks.add(Check.ok(LINK, subject, "serves " + served.get().describe()));
        }

        if (expected != null) {
            if (answer.status() == expected.status()) {
                checks.add(Check.ok(LINK, subject, "status " + answer.status()));
            } else {
                checks.add(Check.error(LINK, subject, "status " + answer.status() + ", the page's status is " + expected.status(),
                        "map 403 and 404 to the page with " + expected.status() + " (CloudFront custom error responses, or the "
                                + "viewer-response function of sorry.infra); an ALB rule's fixed response sets it with StatusCode"));
            }
        }

        boolean inline = served.map(ExpectedBody::inline).orElse(false);
        Optional<String> cacheControl = answer.header("cache-control");
        if (cacheControl.isEmpty()) {
            checks.add(inline
                    ? Check.ok(LINK, subject, "no Cache-Control (an ALB fixed response cannot send one)")
                    : Check.warning(LINK, subject, "no Cache-Control: browsers and proxies choose how long they keep the sorry page",
                            "publish with sorry:publish (pages get sorry.publish.cacheControl.pages), or set Cache-Control in the "
                                    + "viewer-response function"));
        } else if (new CacheControlHeader(cacheControl.get()).isShort(shortCache)) {
            checks.add(Check.ok(LINK, subject, "Cache-Control: " + cacheControl.get()));
        } else {
            checks.add(Check.warning(LINK, subject, "Cache-Control: " + cacheControl.get() + " keeps the sorry page longer than "
                            + shortCache + " s, so visitors may see it after the outage",
                    "use a short max-age for pages (sorry.publish.cacheControl.pages, default max-age=60) and re-publish"));
        }

        if (!isAscii(answer.body())) {
            boolean headerCharset = answer.header("content-type").map(v -> v.toLowerCase(Locale.ROOT).contains("charset=")).orElse(false);
            boolean metaCharset = metaCharset(answer.text());
            if (headerCharset || metaCharset) {
                checks.add(Check.ok(LINK, subject, "non-ASCII body declares its charset" + (metaCharset ? " (<meta charset>)" : " (Content-Type)")));
            } else {
                checks.add(Check.error(LINK, subject, "non-ASCII body with no charset in Content-Type and no <meta charset>: "
                                + "browsers guess the encoding and garble the text",
                        "keep <meta charset=\"utf-8\"> first in the template's <head>, and rebuild (an ALB fixed response has no charset)"));
            }
        }
        return checks;
    }

    private static String hint(HttpAnswer answer) {
        String text = answer.text();
        if (answer.mediaType().contains("xml") && text.contains("AccessDenied")) {
            return ": S3's AccessDenied error";
        }
        return "";
    }

    static boolean metaCharset(String html) {
        String head = html.length() > 2048 ? html.substring(0, 2048) : html;
        return head.toLowerCase(Locale.ROOT).matches("(?s).*<meta[^>]+charset\\s*=.*");
    }

    static boolean isAscii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
