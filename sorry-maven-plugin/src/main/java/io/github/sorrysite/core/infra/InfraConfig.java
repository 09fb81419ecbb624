package io.github.sorrysite.core.infra;

import io.github.sorrysite.core.BadInputException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the failover templates are made from: the pom's names for the domain, bucket, prefix, load
 * balancer and hosted zone, and the build's pages. Every name becomes a template parameter (a
 * CloudFormation Parameter, a Terraform variable) whose default is the pom's value, so one template
 * serves staging and production.
 *
 * @param prefix the publish key prefix without slashes, "" for the bucket root
 * @param sorryPage the root page's output path, e.g. {@code maintenance.html}
 * @param defaultLang the root page's lang, e.g. {@code en}
 * @param localePages locale directory to its page, e.g. {@code ja → ja/maintenance.html}
 * @param contentPrefix the asset URL path, e.g. {@code /sorrycontent/}
 * @param pageCacheControl what the viewer-response function sends on pages
 * @param retryAfter seconds in {@code Retry-After}
 */
public record InfraConfig(Set<InfraFormat> formats, String domain, String bucket, String prefix, String albDnsName, String albZoneId,
                          String hostedZoneId, String healthCheckPath, String sorryPage, int pageStatus, String defaultLang,
                          Map<String, String> localePages, String contentPrefix, String pageCacheControl, int retryAfter,
                          int errorCachingTtl) {
    public InfraConfig {
        formats = Set.copyOf(formats);
        localePages = Map.copyOf(localePages);
        Objects.requireNonNull(sorryPage, "sorryPage");
        validate(formats, domain, bucket, albDnsName, albZoneId, hostedZoneId);
        prefix = prefix == null ? "" : prefix.replaceAll("^/+|/+$", "");
    }

    /** The pom names the templates need, checked before the build so a missing one fails fast. */
    public static void validate(Set<InfraFormat> formats, String domain, String bucket, String albDnsName, String albZoneId,
                                String hostedZoneId) {
        if (formats.isEmpty()) {
            return;
        }
        require("sorry.domain", domain, "the site's host name, e.g. -Dsorry.domain=www.example.com");
        require("sorry.target", bucket, "an s3:// target with the bucket and prefix to publish to, e.g. -Dsorry.target=s3://my-sorry-bucket/sorry");
        require("sorry.alb.dnsName", albDnsName, "the ALB's DNS name, e.g. my-alb-123.eu-west-1.elb.amazonaws.com");
        require("sorry.alb.hostedZoneId", albZoneId, "the ALB's canonical hosted zone id (aws elbv2 describe-load-balancers), e.g. Z32O12XQLNTSW2");
        require("sorry.route53.hostedZoneId", hostedZoneId, "the hosted zone of sorry.domain, e.g. Z0123456789ABCDEFGHIJ");
    }

    private static void require(String parameter, String value, String fix) {
        if (value == null || value.isBlank()) {
            throw new BadInputException(parameter, "is not set, and sorry.infra needs it for the failover templates", "set " + fix);
        }
    }

    /** {@code /sorry} for the prefix {@code sorry}, "" for none: CloudFront's origin path. */
    public String originPath() {
        return prefix.isEmpty() ? "" : "/" + prefix;
    }

    /** {@code sorrycontent/*}: the asset behaviour's path pattern. */
    public String assetPathPattern() {
        return contentPrefix.replaceAll("^/+", "") + "*";
    }
}
