package io.github.sorrysite.maven;

import io.github.sorrysite.core.common.StagedOutput;
import io.github.sorrysite.core.infra.InfraConfig;
import io.github.sorrysite.core.infra.InfraFormat;
import io.github.sorrysite.core.infra.InfraPages;
import io.github.sorrysite.core.infra.WriteInfra;
import io.github.sorrysite.core.publish.PublishTarget;
import io.github.sorrysite.core.publish.planner.CacheControlPolicy;
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
     * Failover infrastructure as code to write under {@code target/sorry/infra/}: {@code cloudformation},
     * {@code terraform}, or both ({@code cloudformation,terraform}). Unset: none. The templates need
     * {@code sorry.domain}, {@code sorry.target}, {@code sorry.alb.dnsName}, {@code sorry.alb.hostedZoneId}
     * and {@code sorry.route53.hostedZoneId}.
     */
    @Parameter(property = "sorry.infra")
    private String infra;

    /** The site's host name, e.g. {@code www.example.com}: the distribution's alias, the certificate and the failover records. */
    @Parameter(property = "sorry.domain")
    private String domain;

    /** Where sorry:publish uploads ({@code s3://bucket/prefix}): the templates' bucket and origin path. */
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

    @Override
    protected void execute(SiteConfig config) {
        Set<InfraFormat> formats = InfraFormat.parse(infra);
        PublishTarget.S3 s3 = formats.isEmpty() || target == null ? null
                : PublishTarget.parse(target) instanceof PublishTarget.S3 bucket ? bucket : null;
        InfraConfig.validate(formats, domain, s3 == null ? null : s3.bucket(), albDnsName, albHostedZoneId, hostedZoneId);
        SiteBuilder.Result result = new SiteBuilder(config, inlineConfig(), albRuleConfig(), listener()).build();
        if (formats.isEmpty()) {
            return;
        }
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
