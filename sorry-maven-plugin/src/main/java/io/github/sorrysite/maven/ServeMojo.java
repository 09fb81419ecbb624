package io.github.sorrysite.maven;

import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.site.SiteConfig;
import io.github.sorrysite.serve.ServeConfig;
import io.github.sorrysite.serve.ServeSession;
import java.io.File;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site and serves it locally the way users will get it, rebuilding on every change
 * under the source and template directories: any path answers the full page with its status
 * (503), {@code /ja/...} picks the {@code ja/} page, assets come from the local server, and
 * {@code /__alb/...} answers the inline ALB variant byte for byte. Open pages reload by
 * themselves. Runs until Ctrl+C.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends InlineSiteMojo {
    /** Address to listen on. {@code 0.0.0.0} lets other devices (a phone) connect; asset URLs then stay root-relative. */
    @Parameter(property = "sorry.serve.host", defaultValue = "127.0.0.1")
    private String serveHost;

    /** Port to listen on; 0 picks a free port (printed at start). */
    @Parameter(property = "sorry.serve.port", defaultValue = "8080")
    private int servePort;

    /**
     * Where the served build goes. Separate from {@code sorry.outputDirectory} because its asset URLs point at the
     * local server instead of the CDN. Defaults to a sibling of the output directory ({@code target/sorry-serve}).
     */
    @Parameter(property = "sorry.serve.outputDirectory")
    private File serveOutputDirectory;

    /**
     * Whether open pages reload by themselves after a rebuild. Turn it off for automated browsers (a headless
     * screenshot with {@code --virtual-time-budget} waits for the network to go quiet, and the reload long-poll
     * never does); a single page can also be asked for without it with {@code ?live=0}.
     */
    @Parameter(property = "sorry.serve.liveReload", defaultValue = "true")
    private boolean serveLiveReload;

    /** Skip this goal only. */
    @Parameter(property = "sorry.serve.skip", defaultValue = "false")
    private boolean serveSkip;

    @Override
    protected boolean skipGoal() {
        return serveSkip;
    }

    @Override
    protected void execute(SiteConfig config) {
        ServeConfig serve = new ServeConfig(config, serveHost, servePort, serveOutputDirectory == null
                ? ServeConfig.defaultOutputDirectory(config) : serveOutputDirectory.toPath(), inlineConfig(), serveLiveReload);
        ServeSession session = ServeSession.start(serve, listener());
        Thread hook = new Thread(session::close, "sorry-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        getLog().info("Serving the sorry site at " + session.url() + "/ (any path; " + session.url() + "/__alb/ for the inline variant)");
        getLog().info("Assets come from a second origin, " + session.assetUrl() + "/, as from a CDN: fonts and mask-image need"
                + " CORS headers there" + (serveLiveReload ? "; add ?live=0 to a page URL to load it without live reload" : ""));
        getLog().info("Watching " + config.shown(config.sourceDirectory()) + " and " + config.shown(config.templateDirectory())
                + "; press Ctrl+C to stop");
        try {
            session.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("Interrupted while serving", e);
        } finally {
            session.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is what closed the session
            }
        }
    }
}
