package io.github.sorrysite.maven;

import io.github.sorrysite.core.build.SiteConfig;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the skip flags and the parameters that describe the site. Subclasses
 * implement {@link #execute(SiteConfig)} and stay a few lines long.
 */
abstract class SiteMojo extends AbstractMojo {
    /** The project directory; paths in messages are shown relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    /** Where the site sources are: {@code pages/**}{@code /*.md} and the asset directory ({@code sorrycontent/}). */
    @Parameter(property = "sorry.sourceDirectory", defaultValue = "${project.basedir}/site-src")
    protected File sourceDirectory;

    /** Where the Mustache templates are: {@code <name>.html} and {@code partials/<name>.html}. */
    @Parameter(property = "sorry.templateDirectory", defaultValue = "${project.basedir}/templates")
    protected File templateDirectory;

    /** Where the build goes: {@code site/} (the upload root), {@code report.json} and the other goals' output. */
    @Parameter(property = "sorry.outputDirectory", defaultValue = "${project.build.directory}/sorry")
    protected File outputDirectory;

    /**
     * Absolute base URL that asset references are rewritten to, e.g. {@code https://d111111abcdef8.cloudfront.net}.
     * When unset, references stay root-relative ({@code /sorrycontent/...}).
     */
    @Parameter(property = "sorry.cdnBaseUrl")
    protected String cdnBaseUrl;

    /** URL path of the asset directory; every reference under it is rewritten. */
    @Parameter(property = "sorry.contentPrefix", defaultValue = "/sorrycontent/")
    protected String contentPrefix;

    /**
     * Put a content hash in asset file names, so browsers and CDNs can cache assets forever and
     * only pages need invalidating.
     */
    @Parameter(property = "sorry.fingerprint", defaultValue = "true")
    protected boolean fingerprint;

    /** Skip every sorry goal. */
    @Parameter(property = "sorry.skip", defaultValue = "false")
    protected boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipGoal()) {
            getLog().info("Skipping sorry:" + goal() + (skip ? " (sorry.skip)" : " (sorry." + goal() + ".skip)"));
            return;
        }
        FailureTranslator.run(() -> execute(siteConfig()));
    }

    /** Maps the parameters to the core's one config value; the config validates them. */
    protected SiteConfig siteConfig() {
        return new SiteConfig(basedir.toPath(), sourceDirectory.toPath(), templateDirectory.toPath(), outputDirectory.toPath(),
                cdnBaseUrl, contentPrefix, fingerprint);
    }

    protected MavenBuildListener listener() {
        return new MavenBuildListener(getLog());
    }

    protected abstract String goal();

    protected abstract boolean skipGoal();

    protected abstract void execute(SiteConfig config) throws MojoExecutionException, MojoFailureException;
}
