package io.github.sorrysite.core.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the distribution must be configured with for the sorry page to be served for any URL:
 * enabled, 403/404 mapped to the page with its status (or viewer functions that do it), an error
 * cache no longer than the page's max-age, the publish target as its origin with origin access
 * control, and the site's host among its aliases.
 */
public final class CloudFrontChecks {
    static final String LINK = "cloudfront";

    private CloudFrontChecks() {
    }

    public static List<Check> check(DistributionFacts d, CdnExpectations want) {
        String subject = d.id();
        List<Check> checks = new ArrayList<>();
        checks.add(d.enabled() ? Check.ok(LINK, subject, "enabled (" + d.domainName() + ")")
                : Check.error(LINK, subject, "disabled: it serves nothing", "enable the distribution (console or update-distribution)"));

        boolean functions = d.viewerFunctions().contains("viewer-request") && d.viewerFunctions().contains("viewer-response");
        for (int code : new int[] {403, 404}) {
            Optional<DistributionFacts.ErrorResponse> mapped = d.errorResponses().stream().filter(e -> e.errorCode() == code).findFirst();
            String status = String.valueOf(want.pageStatus());
            if (mapped.isPresent() && mapped.get().pagePath().equals(want.sorryPage()) && mapped.get().responseCode().equals(status)) {
                checks.add(Check.ok(LINK, subject, code + " → " + want.sorryPage() + " with " + status));
            } else if (functions) {
                checks.add(Check.ok(LINK, subject, code + " is not mapped, but viewer-request and viewer-response functions serve the page"));
            } else {
                String now = mapped.map(e -> "maps " + code + " to '" + e.pagePath() + "' with '" + e.responseCode() + "'")
                        .orElse("has no custom error response for " + code);
                checks.add(Check.error(LINK, subject, now + ", so a deep URL such as /app/login shows S3's " + code
                                + " instead of the sorry page",
                        "add a custom error response " + code + " → " + want.sorryPage() + ", response code " + status
                                + ", error caching TTL " + Math.min(10, want.pageMaxAge()) + " (the templates of sorry.infra have it)"));
            }
            mapped.filter(e -> e.errorCachingMinTtl() > want.pageMaxAge()).ifPresent(e -> checks.add(Check.warning(LINK, subject,
                    "error caching TTL for " + code + " is " + e.errorCachingMinTtl() + " s, longer than the page's max-age="
                            + want.pageMaxAge() + ": CloudFront keeps showing the sorry page after the outage",
                    "set ErrorCachingMinTTL of " + code + " to at most " + want.pageMaxAge())));
        }

        if (want.bucket() != null) {
            Optional<DistributionFacts.Origin> origin = d.origins().stream()
                    .filter(o -> o.domainName().startsWith(want.bucket() + ".s3.") || o.domainName().startsWith(want.bucket() + ".s3-")).findFirst();
            if (origin.isEmpty()) {
                checks.add(Check.error(LINK, subject, "no origin reads bucket " + want.bucket() + " (origins: "
                                + String.join(", ", d.origins().stream().map(DistributionFacts.Origin::domainName).toList()) + ")",
                        "add the bucket " + want.bucket() + " as an S3 origin, or set sorry.target to the bucket the distribution reads"));
            } else {
                DistributionFacts.Origin o = origin.get();
                String path = o.originPath() == null ? "" : o.originPath();
                if (path.equals(want.originPath())) {
                    checks.add(Check.ok(LINK, subject, "origin " + o.domainName() + (path.isEmpty() ? " (no origin path)" : " path " + path)));
                } else {
                    checks.add(Check.error(LINK, subject, "origin path is '" + path + "', but sorry.target publishes under '"
                                    + want.originPath() + "'", "set the origin path to '" + want.originPath()
                                    + "' (or set sorry.cloudfront.pathPrefix when publishing)"));
                }
                if (!o.accessControlId().isEmpty()) {
                    checks.add(Check.ok(LINK, subject, "origin reads the bucket with origin access control " + o.accessControlId()));
                } else if (!o.accessIdentity().isEmpty()) {
                    checks.add(Check.ok(LINK, subject, "origin reads the bucket with the legacy origin access identity"));
                } else {
                    checks.add(Check.warning(LINK, subject, "origin has no origin access control: a private bucket answers 403 to CloudFront",
                            "attach an origin access control and allow it in the bucket policy (the templates of sorry.infra do both)"));
                }
            }
        }
        if (want.domain() != null) {
            checks.add(d.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(want.domain()))
                    ? Check.ok(LINK, subject, "aliases include " + want.domain())
                    : Check.error(LINK, subject, "aliases " + d.aliases() + " do not include " + want.domain()
                                    + ": CloudFront refuses requests for it once Route 53 fails over",
                            "add " + want.domain() + " to the distribution's alternate domain names (CNAMEs), with a certificate that covers it"));
        }
        return checks;
    }
}
