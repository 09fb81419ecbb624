package io.github.sorrysite.maven;

import io.github.sorrysite.core.site.SiteConfig;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals that build the site from its sources: the parameters that describe the site. */
abstract class SiteMojo extends SorryMojo {
    /** Where the site sources are: {@code pages/**}{@code /*.md} and the asset directory ({@code sorrycontent/}). */
    @Parameter(property = "sorry.sourceDirectory", defaultValue = "${project.basedir}/site-src")
    protected File sourceDirectory;

    /** Where the Mustache templates are: {@code <name>.html} and {@code partials/<name>.html}. */
    @Parameter(property = "sorry.templateDirectory", defaultValue = "${project.basedir}/templates")
    protected File templateDirectory;

    /**
     * Absolute base URL that asset references are rewritten to, e.g. {@code https://d111111abcdef8.cloudfront.net}.
     * When unset, references stay root-relative ({@code /sorrycontent/...}).
     */
    @Parameter(property = "sorry.cdnBaseUrl")
    protected String cdnBaseUrl;

    /** URL path of the asset directory; every reference under it is rewritten. Default: {@code /sorrycontent/}. */
    @Parameter(property = "sorry.contentPrefix")
    protected String contentPrefix;

    /**
     * Put a content hash in asset file names, so browsers and CDNs can cache assets forever and
     * only pages need invalidating.
     */
    @Parameter(property = "sorry.fingerprint", defaultValue = "true")
    protected boolean fingerprint;

    @Override
    protected final void run() throws MojoExecutionException, MojoFailureException {
        execute(siteConfig());
    }

    /** Maps the parameters to the core's one config value; the config validates them. */
    protected SiteConfig siteConfig() {
        return new SiteConfig(basedir.toPath(), sourceDirectory.toPath(), templateDirectory.toPath(), outputDirectory.toPath(),
                cdnBaseUrl, contentPrefix, fingerprint);
    }

    protected abstract void execute(SiteConfig config) throws MojoExecutionException, MojoFailureException;
}
