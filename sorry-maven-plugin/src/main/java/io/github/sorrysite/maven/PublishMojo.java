package io.github.sorrysite.maven;

import io.github.sorrysite.akamai.FastPurgeInvalidator;
import io.github.sorrysite.aws.AwsClients;
import io.github.sorrysite.aws.CloudFrontInvalidator;
import io.github.sorrysite.aws.S3ObjectStore;
import io.github.sorrysite.core.Events;
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
import io.github.sorrysite.core.settings.FastPurgeSettings;
import io.github.sorrysite.core.settings.NetStorageSettings;
import io.github.sorrysite.netstorage.NetStorageObjectStore;
import io.github.sorrysite.core.site.BuildOutput;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Publishes the built site ({@code target/sorry/site/}, from {@code sorry:build}) to S3, Akamai
 * NetStorage or a local directory, incrementally, then invalidates what changed in CloudFront or
 * with Akamai Fast Purge. The publish is planned
 * first (written to {@code target/sorry/publish-plan.json}), then applied: assets, then pages, then
 * deletes, then invalidations. With {@code sorry.dryRun} only the plan is made. The content prefix
 * and everything else about the site come from the build's record ({@code report.json}).
 */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class PublishMojo extends AwsMojo {
    /**
     * Where to publish: {@code s3://bucket/prefix}, {@code netstorage://<upload-host>/<cp-code>/<path>}
     * (Akamai NetStorage), or {@code file:///dir} for a local mirror. Required.
     */
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

    /** How many uploads (and metadata reads) run at once; unset: 16 for S3, 10 for NetStorage and a local directory. */
    @Parameter(property = "sorry.publish.concurrency")
    private Integer concurrency;

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
     * Base URL of the NetStorage HTTP API instead of {@code https://<upload-host>}, e.g.
     * {@code http://127.0.0.1:8080} for a stand-in; request paths stay {@code /<cp-code>/<path>/...}.
     */
    @Parameter(property = NetStorageSettings.ENDPOINT_PARAMETER)
    private String netStorageEndpoint;

    /**
     * A file with the NetStorage upload account's {@code key_name=} and {@code key=} lines. Unset:
     * the environment's {@code SORRY_NETSTORAGE_KEY_NAME} and {@code SORRY_NETSTORAGE_KEY}.
     */
    @Parameter(property = NetStorageSettings.CREDENTIALS_PARAMETER)
    private String netStorageCredentials;

    /**
     * Purge the changed pages with Akamai Fast Purge on this network: {@code production} or
     * {@code staging}. Unset: no purge. Not together with {@code sorry.cloudfront.distributionIds}.
     */
    @Parameter(property = FastPurgeSettings.NETWORK_PARAMETER)
    private String akamaiPurgeNetwork;

    /**
     * The property hostnames whose URLs are purged, comma-separated, e.g.
     * {@code www.example.com,failover.example.com}; each path is purged on each. Required with a purge network.
     */
    @Parameter(property = FastPurgeSettings.HOSTNAMES_PARAMETER)
    private String akamaiPurgeHostnames;

    /** After the purge, wait the seconds Fast Purge estimated, then request each purged page once. */
    @Parameter(property = "sorry.akamai.purge.wait", defaultValue = "false")
    private boolean akamaiPurgeWait;

    /** Base URL of the Fast Purge API instead of {@code https://<host>} of the .edgerc section, e.g. a stand-in. */
    @Parameter(property = FastPurgeSettings.ENDPOINT_PARAMETER)
    private String akamaiPurgeEndpoint;

    /** The {@code .edgerc} file with the API client's credentials. Default: {@code ~/.edgerc}. */
    @Parameter(property = FastPurgeSettings.EDGERC_PARAMETER)
    private String akamaiEdgerc;

    /** The section of the {@code .edgerc} file to use. */
    @Parameter(property = FastPurgeSettings.SECTION_PARAMETER, defaultValue = "default")
    private String akamaiSection;

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
        NetStorageSettings netStorage = NetStorageSettings.of(netStorageEndpoint, netStorageCredentials);
        try (ObjectStore store = store(config, aws, netStorage);
             CdnInvalidator cdn = cdn(config, aws)) {
            new Publisher(build, config, store, cdn, listener(), Pacer.SYSTEM).publish();
        }
    }

    /** The CDN the changed paths are invalidated in: none, Akamai Fast Purge or CloudFront. */
    private CdnInvalidator cdn(PublishConfig config, AwsSettings aws) {
        if (config.cdn().distributionIds().isEmpty()) {
            return null;
        }
        if (FastPurgeSettings.network(akamaiPurgeNetwork) != null) {
            return FastPurgeInvalidator.create(FastPurgeSettings.of(akamaiEdgerc, akamaiSection, akamaiPurgeEndpoint, akamaiPurgeHostnames),
                    listener(), Pacer.SYSTEM);
        }
        return CloudFrontInvalidator.create(aws);
    }

    /** The store for the target's kind. */
    private static ObjectStore store(PublishConfig config, AwsSettings aws, NetStorageSettings netStorage) {
        if (config.target() instanceof PublishTarget.S3 s3) {
            return S3ObjectStore.create(s3, aws, config.concurrency(), AwsClients.credentials(aws));
        }
        if (config.target() instanceof PublishTarget.NetStorage ns) {
            return NetStorageObjectStore.create(ns, netStorage, System.getenv());
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
                .target(target).distributionIds(distributionIds).purgeNetwork(akamaiPurgeNetwork).pathPrefix(cloudFrontPathPrefix)
                .maxPaths(cloudFrontMaxPaths).waitForInvalidation(cloudFrontWait || akamaiPurgeWait).waitTimeout(cloudFrontWaitTimeout)
                .dryRun(dryRun).force(force).deleteStale(deleteStale).maxDeletes(maxDeletes).concurrency(concurrency)
                .skipChecks(skipChecks).breakLock(breakLock)
                .cacheControl(new CacheControlPolicy(rules, cacheControlPages, cacheControlFingerprinted, cacheControlAssets))
                .build();
    }
}
