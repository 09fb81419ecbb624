package io.github.sorrysite.core.verify;

/**
 * What the failover chain's CloudFront part must do, from the build and the pom.
 *
 * @param sorryPage the root sorry page as a URL path, e.g. {@code /maintenance.html}
 * @param pageMaxAge the pages' max-age in seconds: CloudFront must not keep an error page longer
 * @param bucket the publish target's bucket, or null when {@code sorry.target} is not an S3 target
 * @param originPath the origin path the publish prefix needs, e.g. {@code /sorry}, or "" for none
 * @param domain the site's host name, or null when not configured
 */
public record CdnExpectations(String sorryPage, int pageStatus, long pageMaxAge, String bucket, String originPath, String domain) {
}
