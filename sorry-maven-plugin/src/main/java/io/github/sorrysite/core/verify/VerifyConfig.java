package io.github.sorrysite.core.verify;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.publish.PublishTarget;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What {@code sorry:verify} checks, validated in one place.
 *
 * @param urls sorry URLs to fetch: deep URLs on the real host, the CDN host, the ALB test path
 * @param target the publish target, for the CloudFront origin check, or null when not configured
 * @param pageMaxAge the pages' max-age, seconds: the longest Cache-Control that counts as short, and
 *     the longest error-caching TTL CloudFront may keep the page
 * @param domain the site's host, for aliases, the certificate and the Route 53 records; null when not set
 * @param tlsHosts further {@code host[:port]} whose certificates are checked though no URL is fetched from
 *     them, e.g. the application's origin behind CloudFront ({@code sorry.verify.tlsHosts}); an expired
 *     origin certificate makes CloudFront answer 502
 */
public record VerifyConfig(List<URI> urls, int certWarnDays, boolean failOnWarning, List<String> distributionIds, String hostedZoneId,
                           String domain, String listenerArn, PublishTarget target, long pageMaxAge, List<String> tlsHosts) {
    public static final String TLS_HOSTS = "sorry.verify.tlsHosts";
    public static final String URLS = "sorry.verify.urls";
    public static final String CERT_WARN_DAYS = "sorry.verify.certWarnDays";

    public VerifyConfig {
        urls = List.copyOf(urls);
        distributionIds = List.copyOf(distributionIds);
        tlsHosts = tlsHosts == null ? List.of() : List.copyOf(tlsHosts);
        for (String hostPort : tlsHosts) {
            if (!hostPort.matches("[A-Za-z0-9.-]+(:\\d{1,5})?")) {
                throw new BadInputException(TLS_HOSTS, "'" + hostPort + "' is not host or host:port",
                        "list host names such as origin.example.com or origin.example.com:8443, separated by commas");
            }
        }
        if (certWarnDays < TlsChecks.ERROR_DAYS) {
            throw new BadInputException(CERT_WARN_DAYS, certWarnDays + " is below " + TlsChecks.ERROR_DAYS
                    + ", where a certificate is an error anyway", "use a value of at least " + TlsChecks.ERROR_DAYS + " (default 30)");
        }
        if (urls.isEmpty() && distributionIds.isEmpty() && hostedZoneId == null && listenerArn == null && tlsHosts.isEmpty()) {
            throw new BadInputException(URLS, "is not set, and no distribution, hosted zone or listener is configured: nothing to verify",
                    "set -Dsorry.verify.urls=https://example.com/app/login,https://d111.cloudfront.net/ (and sorry.cloudfront.distributionIds, "
                            + "sorry.route53.hostedZoneId with sorry.domain, sorry.alb.listenerArn for the AWS checks)");
        }
        if (hostedZoneId != null && domain == null) {
            throw new BadInputException("sorry.domain", "is not set, so the records of hosted zone " + hostedZoneId + " cannot be checked",
                    "set -Dsorry.domain=www.example.com, the name the failover records answer for");
        }
    }

    /** {@code https://a/x, https://b/} as the user wrote it: comma-separated, absolute http(s) URLs. */
    public static List<URI> parseUrls(String text) {
        List<URI> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(",")) {
            String value = part.strip();
            if (value.isEmpty()) {
                continue;
            }
            URI uri;
            try {
                uri = URI.create(value);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(URLS, "'" + value + "' is not a URL", "use absolute URLs such as https://example.com/app/login");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw new BadInputException(URLS, "'" + value + "' is not an absolute http(s) URL", "use URLs such as https://example.com/app/login");
            }
            out.add(uri.getPath() == null || uri.getPath().isEmpty() ? uri.resolve("/") : uri);
        }
        return out;
    }

    public static List<String> parseList(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** What CloudFront must do, for the site's root sorry page. */
    CdnExpectations cdn(ExpectedSite site) {
        ExpectedBody page = site.forLocale("").stream().filter(b -> !b.inline()).findFirst()
                .orElse(site.bodies().isEmpty() ? null : site.bodies().get(0));
        String bucket = null;
        String originPath = "";
        if (target instanceof PublishTarget.S3 s3) {
            bucket = s3.bucket();
            originPath = s3.prefix().isEmpty() ? "" : "/" + s3.prefix().replaceAll("/+$", "");
        }
        return new CdnExpectations(page == null ? "/index.html" : "/" + page.page(), page == null ? 503 : page.status(), pageMaxAge,
                bucket, originPath, domain);
    }
}
