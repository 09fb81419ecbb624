package io.github.sorrysite.maven;

import io.github.sorrysite.core.common.StagedOutput;
import io.github.sorrysite.core.infra.InfraConfig;
import io.github.sorrysite.core.infra.InfraFormat;
import io.github.sorrysite.core.infra.InfraPages;
import io.github.sorrysite.core.infra.WriteInfra;
import io.github.sorrysite.core.publish.PublishTarget;
import io.github.sorrysite.core.publish.planner.CacheControlPolicy;
import io.github.sorrysite.core.infra.akamai.AkamaiFailoverConfig;
import io.github.sorrysite.core.infra.akamai.WriteAkamaiRules;
import io.github.sorrysite.core.site.SiteBuilder;
import io.github.sorrysite.core.site.SiteConfig;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the sorry site: renders Markdown pages through Mustache templates, rewrites asset URLs
 * under the content prefix to the CDN base, fingerprints and minifies, and writes
 * {@code target/sorry/site/} and {@code target/sorry/report.json}; and the inline ALB variant of every
 * page with its deployment artifacts under {@code target/sorry/alb/}; with {@code sorry.infra}, the
 * failover infrastructure as code under {@code target/sorry/infra/}.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends InlineSiteMojo {
    /** Skip this goal only. */
    @Parameter(property = "sorry.build.skip", defaultValue = "false")
    private boolean buildSkip;

    /**
     * Infrastructure definitions to write next to the site, comma-separated: {@code cloudformation}
     * and {@code terraform}, the AWS failover chain under {@code target/sorry/infra/} (needs
     * {@code sorry.domain}, an {@code s3://} {@code sorry.target}, {@code sorry.alb.dnsName},
     * {@code sorry.alb.hostedZoneId} and {@code sorry.route53.hostedZoneId}); {@code akamai}, the
     * Property Manager rule tree for Site Failover to NetStorage, {@code target/sorry/akamai/rule-tree.json}.
     */
    @Parameter(property = "sorry.infra")
    private String infra;

    /** The site's host name, e.g. {@code www.example.com}: the distribution's alias, the certificate and the failover records. */
    @Parameter(property = "sorry.domain")
    private String domain;

    /**
     * Where sorry:publish uploads: for {@code cloudformation}/{@code terraform} an {@code s3://bucket/prefix}
     * (the templates' bucket and origin path); for {@code akamai} the NetStorage directory the rule tree
     * serves the failover from, {@code netstorage://<upload-host>/<cp-code>/<path>}.
     */
    @Parameter(property = "sorry.target")
    private String target;

    /** The ALB's DNS name, the failover primary, e.g. {@code my-alb-123.eu-west-1.elb.amazonaws.com}. */
    @Parameter(property = "sorry.alb.dnsName")
    private String albDnsName;

    /** The ALB's canonical hosted zone id, e.g. {@code Z32O12XQLNTSW2} (aws elbv2 describe-load-balancers). */
    @Parameter(property = "sorry.alb.hostedZoneId")
    private String albHostedZoneId;

    /** The Route 53 hosted zone of {@code sorry.domain}. */
    @Parameter(property = "sorry.route53.hostedZoneId")
    private String hostedZoneId;

    /** The application's health path on the ALB, for the primary's Route 53 health check. */
    @Parameter(property = "sorry.infra.healthCheckPath", defaultValue = "/")
    private String infraHealthCheckPath;

    /** Seconds in the {@code Retry-After} the viewer-response function sends. */
    @Parameter(property = "sorry.infra.retryAfter", defaultValue = "300")
    private int infraRetryAfter;

    /** Seconds CloudFront keeps an error response (the sorry page for a 403/404): short, so recovery shows at once. */
    @Parameter(property = "sorry.infra.errorCachingTtl", defaultValue = "10")
    private int infraErrorCachingTtl;

    @Override
    protected boolean skipGoal() {
        return buildSkip;
    }

    /** The property hostname the edge re-creates the failed request on (rule tree); needs no DNS record. Required with {@code sorry.infra=akamai}. */
    @Parameter(property = AkamaiFailoverConfig.FAILOVER_HOSTNAME)
    private String akamaiFailoverHostname;

    /** The NetStorage download domain (rule tree). Default: from the upload host, {@code example-nsu.akamaihd.net} gives {@code example.download.akamai.com}. */
    @Parameter(property = AkamaiFailoverConfig.DOWNLOAD_DOMAIN)
    private String akamaiDownloadDomain;

    /** The page served on failover (rule tree). Default: {@code maintenance.html}, else the first page. */
    @Parameter(property = AkamaiFailoverConfig.BASE_PAGE)
    private String akamaiBasePage;

    /** How long the edge caches what NetStorage serves (rule tree). */
    @Parameter(property = AkamaiFailoverConfig.ASSET_TTL, defaultValue = "10m")
    private String akamaiAssetTtl;

    /** How long the edge caches NetStorage's error answers, negative caching (rule tree). */
    @Parameter(property = AkamaiFailoverConfig.ERROR_TTL, defaultValue = "10s")
    private String akamaiErrorTtl;

    @Override
    protected void execute(SiteConfig config) {
        WriteAkamaiRules.Values akamai = WriteAkamaiRules.requested(infra) ? new WriteAkamaiRules.Values(target, akamaiFailoverHostname,
                akamaiDownloadDomain, akamaiBasePage, akamaiAssetTtl, akamaiErrorTtl) : null;
        if (akamai != null) {
            WriteAkamaiRules.check(akamai);
        }
        Set<InfraFormat> formats = InfraFormat.parse(infra);
        PublishTarget.S3 s3 = formats.isEmpty() || target == null ? null
                : PublishTarget.parse(target) instanceof PublishTarget.S3 bucket ? bucket : null;
        InfraConfig.validate(formats, domain, s3 == null ? null : s3.bucket(), albDnsName, albHostedZoneId, hostedZoneId);
        SiteBuilder.Result result = new SiteBuilder(config, inlineConfig(), albRuleConfig(), listener()).build();
        if (akamai != null) {
            WriteAkamaiRules.write(config, result.report(), akamai, listener());
        }
        if (!formats.isEmpty()) {
            writeInfra(config, result, formats, s3);
        }
    }

    /** The AWS failover templates under {@code infra/}, staged and committed as one. */
    private void writeInfra(SiteConfig config, SiteBuilder.Result result, Set<InfraFormat> formats, PublishTarget.S3 s3) {
        InfraPages pages = InfraPages.of(result.report());
        InfraConfig infraConfig = new InfraConfig(formats, domain, s3 == null ? null : s3.bucket(), s3 == null ? "" : s3.prefix(),
                albDnsName, albHostedZoneId, hostedZoneId, infraHealthCheckPath, pages.sorryPage(), pages.status(), pages.defaultLang(),
                pages.localePages(), result.report().contentPrefix(), CacheControlPolicy.DEFAULT_PAGES, infraRetryAfter, infraErrorCachingTtl);
        List<String> written;
        try (StagedOutput output = new StagedOutput(config.outputDirectory())) {
            written = WriteInfra.write(infraConfig, output);
            output.commit();
        }
        listener().info("Wrote " + written.size() + " infrastructure files under " + config.shown(config.outputDirectory().resolve("infra"))
                + " (" + String.join(", ", formats.stream().map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).toList()) + ")");
    }
}
