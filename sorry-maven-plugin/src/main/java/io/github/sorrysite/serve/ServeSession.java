package io.github.sorrysite.serve;

import io.github.sorrysite.core.Events;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code sorry:serve} without Maven: bind the server, build the site against it, then rebuild
 * whenever the sources or templates change, until {@link #close()}.
 */
public final class ServeSession implements AutoCloseable {
    /** Saves within this window count as one change. */
    static final long QUIET_MILLIS = 150;

    private final LiveSite site;
    private final SorryHttpServer server;
    private final DirectoryWatcher watcher;
    private final Events listener;
    private final CountDownLatch closed = new CountDownLatch(1);

    private ServeSession(LiveSite site, SorryHttpServer server, DirectoryWatcher watcher, Events listener) {
        this.site = site;
        this.server = server;
        this.watcher = watcher;
        this.listener = listener;
    }

    /** Starts serving; the first build has finished (or failed, and shows as an error page) on return. */
    public static ServeSession start(ServeConfig config, Events listener) {
        LiveSite site = new LiveSite(config.site(), config.inline(), config.outputDirectory(), listener);
        SorryHttpServer server = SorryHttpServer.start(site, config.host(), config.port(), config.liveReload());
        try {
            report(site.rebuild(server.assetBaseUrl()), listener, "Built");
            List<Path> roots = new ArrayList<>(List.of(config.site().sourceDirectory()));
            if (!config.site().templateDirectory().startsWith(config.site().sourceDirectory())) {
                roots.add(config.site().templateDirectory());
            }
            DirectoryWatcher watcher = new DirectoryWatcher(roots, QUIET_MILLIS,
                    changed -> rebuild(site, server, changed, listener), listener);
            return new ServeSession(site, server, watcher, listener);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    public URI url() {
        return server.baseUri();
    }

    /** The second origin the assets come from. */
    public URI assetUrl() {
        return server.assetUri();
    }

    public LiveSite site() {
        return site;
    }

    /** Blocks until {@link #close()} is called (from a shutdown hook, say). */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() {
        if (closed.getCount() == 0) {
            return;
        }
        watcher.close();
        server.close();
        listener.info("Stopped the sorry preview server.");
        closed.countDown();
    }

    private static void rebuild(LiveSite site, SorryHttpServer server, Set<Path> changed, Events listener) {
        // Editors and tools write temporary files next to the real one; name what is still there.
        List<Path> shown = changed.stream().filter(java.nio.file.Files::exists).toList();
        List<Path> names = shown.isEmpty() ? List.copyOf(changed) : shown;
        String what = names.stream().map(p -> site.config().shown(p)).limit(3).reduce((a, b) -> a + ", " + b).orElse("");
        listener.info("Changed: " + what + (names.size() > 3 ? " and " + (names.size() - 3) + " more" : "") + "; rebuilding");
        report(site.rebuild(server.assetBaseUrl()), listener, "Rebuilt");
    }

    private static void report(SiteState state, Events listener, String verb) {
        if (state instanceof SiteState.Ready ready) {
            listener.info(verb + " " + ready.report().pages().size() + " page(s) and " + ready.report().assets().size()
                    + " asset(s) (generation " + state.generation() + ")");
        }
        // A failure was already reported by LiveSite, and shows in the browser.
    }
}
