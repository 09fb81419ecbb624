package io.github.sorrysite.maven;

import io.github.sorrysite.core.site.SiteConfig;
import io.github.sorrysite.core.infra.akamai.WriteAkamaiRules;
import io.github.sorrysite.core.lint.LintSite;
import io.github.sorrysite.core.site.BuildOutput;
import io.github.sorrysite.core.site.BuildReport;
import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks that what {@code sorry:build} produced will work in production: every inline body fits
 * the ALB fixed response (budget, content type, status, charset) and every page loads its assets
 * from the content prefix over https. Also checks existing deployment files listed in
 * {@code sorry.lint.files}. Writes {@code target/sorry/lint.json}.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class LintMojo extends InlineSiteMojo {
    /** Skip this goal only. */
    @Parameter(property = "sorry.lint.skip", defaultValue = "false")
    private boolean lintSkip;

    /**
     * Existing files that carry fixed responses, checked too (comma-separated): Kubernetes Ingress
     * YAML, CloudFormation JSON/YAML, Terraform .tf and aws CLI JSON.
     */
    @Parameter(property = "sorry.lint.files")
    private List<File> lintFiles;

    /** Fail on warnings as well as errors. */
    @Parameter(property = "sorry.lint.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /**
     * The infrastructure the site is served through, as for {@code sorry:build}. With {@code akamai}
     * every embedded reference of every page and stylesheet must be under the content prefix and
     * absolute: the Site Failover rules route only the prefix to NetStorage.
     */
    @Parameter(property = "sorry.infra")
    private String infra;

    @Override
    protected boolean skipGoal() {
        return lintSkip;
    }

    @Override
    protected void execute(SiteConfig config) {
        List<java.nio.file.Path> files = lintFiles == null ? List.of()
                : lintFiles.stream().map(f -> f.isAbsolute() ? f.toPath() : basedir.toPath().resolve(f.getPath())).toList();
        // The site is described by the build's record; a parameter given here must agree with it.
        BuildOutput build = BuildOutput.of(config);
        BuildReport report = build.report("sorry:lint");
        BuildOutput.agrees("sorry.contentPrefix", contentPrefix == null ? null : config.contentPrefix(), report.contentPrefix());
        BuildOutput.agrees("sorry.cdnBaseUrl", cdnBaseUrl == null ? null : config.cdnBaseUrl(), report.cdnBaseUrl());
        new LintSite(build, inlineConfig(), listener(), WriteAkamaiRules.requested(infra)).run(files, failOnWarning);
    }
}
