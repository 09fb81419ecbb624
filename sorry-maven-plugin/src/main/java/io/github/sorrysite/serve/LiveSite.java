package io.github.sorrysite.serve;

import io.github.sorrysite.core.alb.AlbRuleConfig;
import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.Event;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.site.BuildReport;
import io.github.sorrysite.core.site.SiteBuilder;
import io.github.sorrysite.core.inline.InlineConfig;
import io.github.sorrysite.core.site.SiteConfig;
import java.nio.file.Path;

/**
 * The site as the local server shows it: built into its own output directory (never the real
 * {@code target/sorry}, whose asset URLs point at the production CDN) with asset URLs rewritten to
 * the local server, rebuilt on demand. Threads that serve open pages wait here for the next
 * generation.
 */
public final class LiveSite {
    private final SiteConfig config;
    private final InlineConfig inline;
    private final Events listener;
    private final Object buildLock = new Object();
    private SiteState state;
    private boolean closed;

    /**
     * @param config the user's site configuration; its output directory and CDN base are replaced
     * @param inline how the inline ALB variant is made, as in the real build, so {@code /__alb/} shows the same body
     * @param outputDirectory where the served build goes, e.g. {@code target/sorry-serve}
     */
    public LiveSite(SiteConfig config, InlineConfig inline, Path outputDirectory, Events listener) {
        this.config = config.withOutputDirectory(outputDirectory);
        this.inline = inline;
        this.listener = listener;
        this.state = new SiteState.Broken(0, "The site has not been built yet.", null);
    }

    public SiteConfig config() {
        return config;
    }

    public String contentPrefix() {
        return config.contentPrefix();
    }

    public synchronized SiteState current() {
        return state;
    }

    /**
     * The current state, but a request that arrives while the very first build is still running
     * waits for it (at most {@code maxMillis}) instead of seeing "not built yet".
     */
    public SiteState currentOnceBuilt(long maxMillis) throws InterruptedException {
        return awaitChange(0, maxMillis);
    }

    /**
     * Builds the site with asset URLs pointing at {@code assetBaseUrl} ("" keeps them
     * root-relative). A failure does not throw: it becomes the {@link SiteState.Broken} state that
     * the browser shows, and is reported to the listener.
     */
    public SiteState rebuild(String assetBaseUrl) {
        synchronized (buildLock) {
            return rebuildLocked(assetBaseUrl);
        }
    }

    private SiteState rebuildLocked(String assetBaseUrl) {
        SiteState next;
        try {
            BuildReport report = new SiteBuilder(config.withCdnBaseUrl(assetBaseUrl), inline, AlbRuleConfig.defaults(), quiet(listener)).build().report();
            next = new SiteState.Ready(0, config.outputDirectory(), report);
        } catch (BadInputException e) {
            listener.error("Build failed: " + e.getMessage());
            next = new SiteState.Broken(0, e.getMessage(), lastGood());
        } catch (RuntimeException e) {
            // Keep serving whatever happens: the user fixes the cause and saves again.
            listener.error("Build failed: " + e);
            next = new SiteState.Broken(0, "The build failed unexpectedly: " + e, lastGood());
        }
        synchronized (this) {
            long generation = state.generation() + 1;
            state = next instanceof SiteState.Ready r
                    ? new SiteState.Ready(generation, r.outputDirectory(), r.report())
                    : new SiteState.Broken(generation, ((SiteState.Broken) next).message(), ((SiteState.Broken) next).lastGood());
            notifyAll();
            return state;
        }
    }

    /**
     * Waits until the generation is no longer {@code seen}, at most {@code maxMillis}, and returns
     * the state then (unchanged on time-out, so a long-poll can simply answer and be re-issued).
     */
    public synchronized SiteState awaitChange(long seen, long maxMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + maxMillis;
        while (!closed && state.generation() == seen) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return state;
    }

    /** Releases waiting long-polls so the server can stop at once. */
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    private synchronized SiteState.Ready lastGood() {
        if (state instanceof SiteState.Ready ready) {
            return ready;
        }
        return ((SiteState.Broken) state).lastGood();
    }

    /** Rebuild summaries are repeated on every save; keep them at debug except warnings. */
    private static Events quiet(Events listener) {
        return listener.mapped(e -> switch (e.kind()) {
            case PLAN, SUMMARY, PROGRESS -> new Event(Event.Kind.DETAIL, e.message());
            default -> e;
        });
    }
}
