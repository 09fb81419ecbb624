package io.github.sorrysite.maven;

import io.github.sorrysite.aws.CloudFrontInvalidator;
import io.github.sorrysite.aws.S3ObjectStore;
import io.github.sorrysite.core.common.Pacer;
import io.github.sorrysite.core.publish.PublishConfig;
import io.github.sorrysite.core.publish.PublishTarget;
import io.github.sorrysite.core.publish.Publisher;
import io.github.sorrysite.core.publish.planner.CacheControlPolicy;
import io.github.sorrysite.core.publish.planner.CacheControlRule;
import io.github.sorrysite.core.publish.store.CdnInvalidator;
import io.github.sorrysite.core.publish.store.LocalDirectoryObjectStore;
import io.github.sorrysite.core.publish.store.ObjectStore;
import io.github.sorrysite.core.settings.AwsSettings;
import io.github.sorrysite.core.site.BuildOutput;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Publishes the built site ({@code target/sorry/site/}, from {@code sorry:build}) to S3 or a local
 * directory, incrementally, then invalidates what changed in CloudFront. The publish is planned
 * first (written to {@code target/sorry/publish-plan.json}), then applied: assets, then pages, then
 * deletes, then invalidations. With {@code sorry.dryRun} only the plan is made. The content prefix
 * and everything else about the site come from the build's record ({@code report.json}).
 */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class PublishMojo extends AwsMojo {
    /** Where to publish: {@code s3://bucket/prefix}, or {@code file:///dir} for a local mirror. Required. */
    @Parameter(property = "sorry.target")
    private String target;

    /** CloudFront distribution ids to invalidate, comma-separated; unset: no invalidation. */
    @Parameter(property = "sorry.cloudfront.distributionIds")
    private String distributionIds;

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
    @Parameter(property = "sorry.publish.force", defaultValue = "false")
    private boolean force;

    /** Delete objects under the target prefix that the built site no longer has. */
    @Parameter(property = "sorry.publish.deleteStale", defaultValue = "false")
    private boolean deleteStale;

    /** Refuse, before uploading anything, a publish that would delete more objects than this. */
    @Parameter(property = "sorry.publish.maxDeletes", defaultValue = "100")
    private int maxDeletes;

    /** How many uploads (and metadata reads) run at once. */
    @Parameter(property = "sorry.publish.concurrency", defaultValue = "8")
    private int concurrency;

    /**
     * Cache-Control rules, tried in order before the defaults below; the first match wins:
     * {@code <cacheControlRules><cacheControl><pattern>sorrycontent/fonts/**</pattern><value>max-age=86400</value></cacheControl></cacheControlRules>}.
     */
    @Parameter
    private List<CacheControl> cacheControlRules;

    /** Cache-Control of pages (everything outside the content prefix) that no rule matched. */
    @Parameter(property = "sorry.publish.cacheControl.pages", defaultValue = CacheControlPolicy.DEFAULT_PAGES)
    private String cacheControlPages;

    /** Cache-Control of fingerprinted assets that no rule matched. */
    @Parameter(property = "sorry.publish.cacheControl.fingerprinted", defaultValue = CacheControlPolicy.DEFAULT_FINGERPRINTED)
    private String cacheControlFingerprinted;

    /** Cache-Control of other assets that no rule matched. */
    @Parameter(property = "sorry.publish.cacheControl.assets", defaultValue = CacheControlPolicy.DEFAULT_ASSETS)
    private String cacheControlAssets;

    /**
     * Publish without the gates: the check of the site against {@code report.json} (every file
     * present with its recorded digest) and the lint rules on the pages to upload. Prints a warning.
     */
    @Parameter(property = "sorry.publish.skipChecks", defaultValue = "false")
    private boolean skipChecks;

    /** Clear the lock a publish that died left under the target prefix ({@code .sorry-publish/lock.json}), then publish. */
    @Parameter(property = "sorry.publish.breakLock", defaultValue = "false")
    private boolean breakLock;

    /** Skip this goal only. */
    @Parameter(property = "sorry.publish.skip", defaultValue = "false")
    private boolean publishSkip;

    @Override
    protected boolean skipGoal() {
        return publishSkip;
    }

    @Override
    protected boolean changesRemoteState() {
        return true;
    }

    @Override
    protected void run() {
        PublishConfig config = publishConfig();
        AwsSettings aws = awsSettings();
        BuildOutput build = new BuildOutput(basedir.toPath(), outputDirectory.toPath());
        try (ObjectStore store = store(config, aws, listener());
             CdnInvalidator cdn = config.cdn().distributionIds().isEmpty() ? null : CloudFrontInvalidator.create(aws)) {
            new Publisher(build, config, store, cdn, listener(), Pacer.SYSTEM).publish();
        }
    }

    /** The store for the target's kind. */
    private static ObjectStore store(PublishConfig config, AwsSettings aws, io.github.sorrysite.core.Events listener) {
        if (config.target() instanceof PublishTarget.S3 s3) {
            return S3ObjectStore.create(s3, aws, config.concurrency(), io.github.sorrysite.aws.AwsClients.credentials(aws), listener);
        }
        if (config.target() instanceof PublishTarget.Directory directory) {
            return new LocalDirectoryObjectStore(directory.directory());
        }
        throw new IllegalStateException("no store for " + config.target().describe());
    }

    private PublishConfig publishConfig() {
        List<CacheControlRule> rules = cacheControlRules == null ? List.of()
                : cacheControlRules.stream().map(r -> new CacheControlRule(r.getPattern(), r.getValue())).toList();
        return PublishConfig.builder()
                .target(target).distributionIds(distributionIds).pathPrefix(cloudFrontPathPrefix)
                .maxPaths(cloudFrontMaxPaths).waitForInvalidation(cloudFrontWait).waitTimeout(cloudFrontWaitTimeout)
                .dryRun(dryRun).force(force).deleteStale(deleteStale).maxDeletes(maxDeletes).concurrency(concurrency)
                .skipChecks(skipChecks).breakLock(breakLock)
                .cacheControl(new CacheControlPolicy(rules, cacheControlPages, cacheControlFingerprinted, cacheControlAssets))
                .build();
    }
}
