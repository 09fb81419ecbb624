package io.github.sorrysite.core.infra;

/** The ids of CloudFront's managed cache policies, the same in every account (AWS documents them). */
final class ManagedPolicies {
    /** CachingOptimized: long TTLs, compression; for fingerprinted assets. */
    static final String CACHING_OPTIMIZED = "658327ea-f89d-4fab-a63d-7e88639e58f6";
    /** UseOriginCacheControlHeaders: the page's own short Cache-Control decides, as sorry:publish sets it. */
    static final String USE_ORIGIN_CACHE_CONTROL = "83da9c7e-98b4-4e11-a168-04f0df8e2c65";
    /** The hosted zone of every CloudFront distribution, for Route 53 aliases. */
    static final String CLOUDFRONT_ZONE = "Z2FDTNDATAQYW2";

    private ManagedPolicies() {
    }
}
