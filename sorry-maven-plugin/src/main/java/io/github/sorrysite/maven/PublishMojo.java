package io.github.sorrysite.maven;

import io.github.sorrysite.aws.CloudFrontInvalidator;
import io.github.sorrysite.aws.S3ObjectStore;
import io.github.sorrysite.core.build.SiteConfig;
import io.github.sorrysite.core.publish.CacheControlPolicy;
import io.github.sorrysite.core.publish.CacheControlRule;
import io.github.sorrysite.core.publish.CdnInvalidator;
import io.github.sorrysite.core.publish.LocalDirectoryObjectStore;
import io.github.sorrysite.core.publish.ObjectStore;
import io.github.sorrysite.core.publish.Pacer;
import io.github.sorrysite.core.publish.PublishConfig;
import io.github.sorrysite.core.publish.Publisher;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Publishes the built site ({@code target/sorry/site/}, from {@code sorry:build}) to S3 or a local
 * directory, incrementally, then invalidates what changed in CloudFront. The publish is planned
 * first (written to {@code target/sorry/publish-plan.json}), then applied: assets, then pages, then
 * deletes, then invalidations. With {@code sorry.dryRun} only the plan is made.
 */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class PublishMojo extends SiteMojo {
    /** Where to publish: {@code s3://bucket/prefix}, or {@code file:///dir} for a local mirror. Required. */
    @Parameter(property = "sorry.target")
    private String target;

    /** AWS region of the bucket; unset: the SDK default chain (AWS_REGION, the profile's region). */
    @Parameter(property = "sorry.aws.region")
    private String region;

    /** AWS profile for credentials and region (SSO and assume-role profiles work); unset: the SDK default chain. */
    @Parameter(property = "sorry.aws.profile")
    private String profile;

    /** Endpoint of an S3-compatible store, e.g. {@code http://127.0.0.1:9000}; switches to path-style addressing. */
    @Parameter(property = "sorry.aws.endpoint")
    private String endpoint;

    /**
     * When the S3 client sends checksums: {@code when-supported} (the SDK default: CRC32 with
     * aws-chunked bodies) or {@code when-required}, for S3-compatible stores that reject those.
     */
    @Parameter(property = "sorry.aws.checksums", defaultValue = "when-supported")
    private String checksums;

    /** CloudFront distribution ids to invalidate, comma-separated; unset: no invalidation. */
    @Parameter(property = "sorry.cloudfront.distributionId")
    private String distributionIds;

    /** Endpoint of the CloudFront API; unset: AWS. For tests and proxies. */
    @Parameter(property = "sorry.cloudfront.endpoint")
    private String cloudFrontEndpoint;

    /**
     * URL path under which the target root is served, e.g. {@code /sorry} when the distribution's
     * origin path is empty but the target is {@code s3://bucket/sorry}. Unset: the target prefix is
     * the origin path, so {@code s3://bucket/sorry/maintenance.html} is {@code /maintenance.html}.
     */
    @Parameter(property = "sorry.cloudfront.pathPrefix")
    private String cloudFrontPathPrefix;

    /** Above this many changed paths per distribution, invalidate one wildcard instead (it bills as one path). */
    @Parameter(property = "sorry.cloudfront.maxPaths", defaultValue = "10")
    private int cloudFrontMaxPaths;

    /** Wait until every invalidation is Completed, printing progress. */
    @Parameter(property = "sorry.cloudfront.wait", defaultValue = "false")
    private boolean cloudFrontWait;

    /** How long {@code sorry.cloudfront.wait} waits before failing: seconds, {@code 90s}, {@code 15m}, {@code 1h} or {@code PT15M}. */
    @Parameter(property = "sorry.cloudfront.waitTimeout", defaultValue = "15m")
    private String cloudFrontWaitTimeout;

    /** Make and print the plan, write {@code publish-plan.json}, and change nothing. */
    @Parameter(property = "sorry.dryRun", defaultValue = "false")
    private boolean dryRun;

    /** Upload (and invalidate) every object, changed or not. */
    @Parameter(property = "sorry.force", defaultValue = "false")
    private boolean force;

    /** Delete objects under the target prefix that the built site no longer has. */
    @Parameter(property = "sorry.deleteStale", defaultValue = "false")
    private boolean deleteStale;

    /** Refuse, before uploading anything, a publish that would delete more objects than this. */
    @Parameter(property = "sorry.maxDeletes", defaultValue = "100")
    private int maxDeletes;

    /** How many uploads (and metadata reads) run at once. */
    @Parameter(property = "sorry.concurrency", defaultValue = "8")
    private int concurrency;

    /**
     * Cache-Control rules, tried in order before the defaults below; the first match wins:
     * {@code <cacheControlRules><cacheControl><pattern>sorrycontent/fonts/**</pattern><value>max-age=86400</value></cacheControl></cacheControlRules>}.
     */
    @Parameter
    private List<CacheControl> cacheControlRules;

    /** Cache-Control of pages (everything outside the content prefix) that no rule matched. */
    @Parameter(property = "sorry.cacheControl.pages", defaultValue = CacheControlPolicy.DEFAULT_PAGES)
    private String cacheControlPages;

    /** Cache-Control of fingerprinted assets that no rule matched. */
    @Parameter(property = "sorry.cacheControl.fingerprinted", defaultValue = CacheControlPolicy.DEFAULT_FINGERPRINTED)
    private String cacheControlFingerprinted;

    /** Cache-Control of other assets that no rule matched. */
    @Parameter(property = "sorry.cacheControl.assets", defaultValue = CacheControlPolicy.DEFAULT_ASSETS)
    private String cacheControlAssets;

    /** Skip this goal only. */
    @Parameter(property = "sorry.publish.skip", defaultValue = "false")
    private boolean publishSkip;

    @Override
    protected String goal() {
        return "publish";
    }

    @Override
    protected boolean skipGoal() {
        return publishSkip;
    }

    @Override
    protected void execute(SiteConfig site) {
        PublishConfig config = publishConfig();
        try (ObjectStore store = config.target().isLocal()
                ? new LocalDirectoryObjectStore(config.target().directory()) : S3ObjectStore.create(config);
             CdnInvalidator cdn = config.distributionIds().isEmpty() ? null : CloudFrontInvalidator.create(config)) {
            new Publisher(site, config, store, cdn, listener(), Pacer.SYSTEM).publish();
        }
    }

    private PublishConfig publishConfig() {
        List<CacheControlRule> rules = cacheControlRules == null ? List.of()
                : cacheControlRules.stream().map(r -> new CacheControlRule(r.getPattern(), r.getValue())).toList();
        return PublishConfig.builder()
                .target(target).region(region).profile(profile).endpoint(endpoint).checksums(checksums)
                .distributionIds(distributionIds).cloudFrontEndpoint(cloudFrontEndpoint).pathPrefix(cloudFrontPathPrefix)
                .maxPaths(cloudFrontMaxPaths).waitForInvalidation(cloudFrontWait).waitTimeout(cloudFrontWaitTimeout)
                .dryRun(dryRun).force(force).deleteStale(deleteStale).maxDeletes(maxDeletes).concurrency(concurrency)
                .cacheControl(new CacheControlPolicy(rules, cacheControlPages, cacheControlFingerprinted, cacheControlAssets))
                .build();
    }
}
