package io.github.sorrysite.maven;

import io.github.sorrysite.core.alb.AlbRuleConfig;
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

    @Override
    protected void execute(SiteConfig config) {
        new SiteBuilder(config, inlineConfig(), albRuleConfig(), listener()).build();
    }
}
