package io.github.sorrysite.maven;

import io.github.sorrysite.aws.AcmCertificateView;
import io.github.sorrysite.aws.CloudFrontDistributionView;
import io.github.sorrysite.aws.Elbv2ListenerView;
import io.github.sorrysite.aws.Route53RecordView;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.publish.PublishTarget;
import io.github.sorrysite.core.settings.AwsSettings;
import io.github.sorrysite.core.site.BuildOutput;
import io.github.sorrysite.core.site.BuildReport;
import io.github.sorrysite.core.verify.Check;
import io.github.sorrysite.core.verify.ExpectedSite;
import io.github.sorrysite.core.verify.Verifier;
import io.github.sorrysite.core.verify.VerifyConfig;
import io.github.sorrysite.core.verify.VerifyJson;
import io.github.sorrysite.core.verify.VerifyPorts;
import io.github.sorrysite.core.verify.VerifyResult;
import io.github.sorrysite.core.verify.VerifyText;
import io.github.sorrysite.http.JdkHttpFetcher;
import io.github.sorrysite.http.SocketTlsInspector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Proves the failover chain live, read-only: fetches each sorry URL and the assets its body loads,
 * checks the TLS of every https host, and reads the CloudFront distribution, its ACM certificate,
 * the Route 53 failover records and the ALB listener when they are configured. Prints one line per
 * check with its fix, writes {@code target/sorry/verify.json}, and fails on errors (and on warnings
 * with {@code sorry.verify.failOnWarning}). The expected bodies come from the build's record. No
 * default phase: run it after a release and on a schedule.
 */
@Mojo(name = "verify", threadSafe = true)
public class VerifyMojo extends AwsMojo {
    /** Sorry URLs to fetch, comma-separated: deep URLs on the real host, the CDN host, the ALB test path. */
    @Parameter(property = "sorry.verify.urls")
    private String urls;

    /** A certificate that expires within this many days is a warning; within 7 days it is an error. */
    @Parameter(property = "sorry.verify.certWarnDays", defaultValue = "30")
    private int certWarnDays;

    /** Fail on warnings too (a font without CORS, an EMAIL-validated certificate, a long cache). */
    @Parameter(property = "sorry.verify.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /**
     * The longest page max-age (Cache-Control) and CloudFront error-caching TTL that count as short,
     * in seconds: longer, and visitors keep seeing the sorry page after the outage.
     */
    @Parameter(property = "sorry.verify.maxPageAge", defaultValue = "300")
    private int maxPageAge;

    /**
     * Further hosts whose TLS certificates are checked, comma-separated {@code host} or {@code host:port},
     * e.g. the application's origin behind CloudFront: when its certificate expires, CloudFront answers 502.
     */
    @Parameter(property = VerifyConfig.TLS_HOSTS)
    private String tlsHosts;

    /** Connect and read timeout of each request, in seconds. */
    @Parameter(property = "sorry.verify.timeout", defaultValue = "10")
    private int timeout;

    /** CloudFront distributions to check, comma-separated (the same property sorry:publish invalidates). */
    @Parameter(property = "sorry.cloudfront.distributionIds")
    private String distributionIds;

    /** The site's host name, e.g. {@code www.example.com}: in the aliases, the certificate and the failover records. */
    @Parameter(property = "sorry.domain")
    private String domain;

    /** The Route 53 hosted zone of {@code sorry.domain}, whose failover records are checked. */
    @Parameter(property = "sorry.route53.hostedZoneId")
    private String hostedZoneId;

    /** The ALB listener whose fixed-response rules are checked against the build's inline bodies. */
    @Parameter(property = "sorry.alb.listenerArn")
    private String listenerArn;

    /** Where the site is published ({@code s3://bucket/prefix}): the distribution's origin must read it. */
    @Parameter(property = "sorry.target")
    private String target;

    /** Skip this goal only. */
    @Parameter(property = "sorry.verify.skip", defaultValue = "false")
    private boolean verifySkip;

    @Override
    protected boolean skipGoal() {
        return verifySkip;
    }

    @Override
    protected void run() throws MojoFailureException {
        VerifyConfig config = new VerifyConfig(VerifyConfig.parseUrls(urls), certWarnDays, failOnWarning,
                VerifyConfig.parseList(distributionIds), blankToNull(hostedZoneId), blankToNull(domain), blankToNull(listenerArn),
                blankToNull(target) == null ? null : PublishTarget.parse(target), maxPageAge, VerifyConfig.parseList(tlsHosts));
        BuildOutput build = new BuildOutput(basedir.toPath(), outputDirectory.toPath());
        BuildReport report = build.report("sorry:verify");
        ExpectedSite site = ExpectedSite.of(build, report);
        AwsSettings aws = config.distributionIds().isEmpty() && config.hostedZoneId() == null && config.listenerArn() == null
                ? null : awsSettings();
        Instant now = Instant.now();
        VerifyResult result;
        try (CloudFrontDistributionView cloudFront = aws == null || config.distributionIds().isEmpty() ? null : CloudFrontDistributionView.create(aws);
             AcmCertificateView acm = cloudFront == null ? null : AcmCertificateView.create(aws);
             Route53RecordView route53 = aws == null || config.hostedZoneId() == null ? null : Route53RecordView.create(aws);
             Elbv2ListenerView elbv2 = aws == null || config.listenerArn() == null ? null : Elbv2ListenerView.create(aws)) {
            VerifyPorts ports = new VerifyPorts(JdkHttpFetcher.withDefaultTrust(Duration.ofSeconds(timeout)),
                    SocketTlsInspector.withDefaultTrust(timeout * 1000), cloudFront, acm, route53, elbv2);
            result = new Verifier(config, site, ports, now).verify();
        }
        for (Check check : result.checks()) {
            String line = VerifyText.line(check);
            switch (check.status()) {
                case OK -> getLog().info(line);
                case WARNING -> getLog().warn(line);
                default -> getLog().error(line);
            }
            if (check.status() == Check.Status.ERROR) {
                getLog().error(VerifyText.fix(check));
            } else if (check.status() == Check.Status.WARNING) {
                getLog().warn(VerifyText.fix(check));
            }
        }
        Path json = outputDirectory.toPath().resolve("verify.json");
        try {
            Files.createDirectories(json.getParent());
            Files.write(json, VerifyJson.write(result, report.buildId(), now.toString(), failOnWarning));
        } catch (IOException e) {
            throw new InfrastructureException("Cannot write " + build.shown(json) + ": " + e.getMessage(), e);
        }
        getLog().info("sorry:verify: " + result.summary() + "; " + build.shown(json));
        if (result.failed(failOnWarning)) {
            boolean errors = result.count(Check.Status.ERROR) > 0;
            throw new MojoFailureException("sorry:verify: the failover chain is broken at " + (errors ? String.join(", ", result.brokenLinks())
                    : "no link, but sorry.verify.failOnWarning is set and there are warnings") + " (" + result.summary()
                    + "); each line above says what to fix, and " + build.shown(json) + " has them all");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
