package io.github.sorrysite.maven;

import io.github.sorrysite.core.alb.AlbRuleConfig;
import io.github.sorrysite.core.infra.akamai.AkamaiFailoverConfig;
import io.github.sorrysite.core.infra.akamai.WriteAkamaiRules;
import io.github.sorrysite.core.site.SiteBuilder;
import io.github.sorrysite.core.site.SiteConfig;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the sorry site: renders Markdown pages through Mustache templates, rewrites asset URLs
 * under the content prefix to the CDN base, fingerprints and minifies, and writes
 * {@code target/sorry/site/} and {@code target/sorry/report.json}; and the inline ALB variant of every
 * page with its deployment artifacts under {@code target/sorry/alb/}.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends InlineSiteMojo {
    /** Skip this goal only. */
    @Parameter(property = "sorry.build.skip", defaultValue = "false")
    private boolean buildSkip;

    @Override
    protected boolean skipGoal() {
        return buildSkip;
    }

    /**
     * Infrastructure definitions to write next to the site, comma-separated. {@code akamai}: the
     * Property Manager rule tree for Site Failover to NetStorage, {@code target/sorry/akamai/rule-tree.json}.
     */
    @Parameter(property = "sorry.infra")
    private String infra;

    /** The NetStorage directory the rule tree serves the failover from: {@code netstorage://<upload-host>/<cp-code>/<path>}. */
    @Parameter(property = "sorry.target")
    private String target;

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
        SiteBuilder.Result result = new SiteBuilder(config, inlineConfig(), albRuleConfig(), listener()).build();
        if (akamai != null) {
            WriteAkamaiRules.write(config, result.report(), akamai, listener());
        }
    }
}
