package io.github.sorrysite.serve;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.site.BuildReport;
import io.github.sorrysite.core.common.ContentTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a {@link LiveSite} over HTTP with the JDK's built-in server, answering like the
 * production setups do:
 * <ul>
 *   <li>{@code <contentPrefix>**}: the built assets, 200, with their content type;</li>
 *   <li>{@code /__alb/<anything>}: the inline variant exactly as the ALB fixed response sends it
 *       (page status, {@code Content-Type: text/html} without charset, bytes unchanged);</li>
 *   <li>{@code /__sorry/live.js}, {@code /__sorry/changes}: live reload (only when enabled);</li>
 *   <li>any other path: the full page picked by {@link PageChooser}, with the page's status
 *       (503 by default), as CloudFront's custom error response or an Akamai failover shows it.</li>
 * </ul>
 * A second server on another port of the same host answers the assets only, and the site is built
 * against it: pages and inline bodies load their assets from another origin, as from the CDN in
 * production, so a font or {@code mask-image} that needs CORS headers fails here as it would there.
 * A page requested with {@code ?live=0} comes without the live-reload script, for automated browsers
 * that wait for the network to go quiet.
 */
public final class SorryHttpServer implements AutoCloseable {
    static final String ALB_PREFIX = "/__alb";
    static final String INTERNAL_PREFIX = "/__sorry/";
    /** A long-poll answers after this long even without a change, so proxies and browsers never time it out. */
    static final long LONG_POLL_MILLIS = 25_000;
    /** A request during the first build waits this long for it rather than seeing an error page. */
    static final long FIRST_BUILD_WAIT_MILLIS = 60_000;

    private static final Template ERROR_PAGE = Mustache.compiler()
            .compile(resource("build-error.html"));
    /** Open live-reload long-polls at most; one more gets 503, and live.js retries 2 s later. */
    static final int MAX_LIVE_CONNECTIONS = 64;
    private final java.util.concurrent.Semaphore livePolls = new java.util.concurrent.Semaphore(MAX_LIVE_CONNECTIONS);
    private static final byte[] LIVE_SCRIPT = resource("live.js").getBytes(StandardCharsets.UTF_8);

    private final LiveSite site;
    private final boolean liveReload;
    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUri;
    private HttpServer assetServer;
    private URI assetUri;

    private SorryHttpServer(LiveSite site, boolean liveReload, HttpServer server, ExecutorService executor, URI baseUri) {
        this.site = site;
        this.liveReload = liveReload;
        this.server = server;
        this.executor = executor;
        this.baseUri = baseUri;
    }

    /**
     * Binds {@code host:port} (port 0 picks a free one) and starts answering.
     *
     * @param liveReload inject the reload script into full pages and answer the long-poll
     * @throws BadInputException when the host is unknown or the port is taken
     */
    public static SorryHttpServer start(LiveSite site, String host, int port, boolean liveReload) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new BadInputException("sorry.serve.host", "'" + host + "' is not a known host name or address",
                    "use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)");
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(address, port), 64);
        } catch (BindException e) {
            throw new BadInputException("sorry.serve.port", "cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")",
                    "stop whatever uses the port, or choose another one, e.g. -Dsorry.serve.port=8081");
        } catch (IOException e) {
            throw new InfrastructureException("Cannot start the HTTP server on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        AtomicInteger threads = new AtomicInteger();
        // Cached threads: each open page holds one in its long-poll.
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "sorry-serve-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        InetSocketAddress bound = server.getAddress();
        URI base = URI.create("http://" + urlHost(address) + ":" + bound.getPort());
        SorryHttpServer sorry = new SorryHttpServer(site, liveReload, server, executor, base);
        server.createContext("/", sorry::handle);
        try {
            sorry.assetServer = HttpServer.create(new InetSocketAddress(address, 0), 64);
        } catch (IOException e) {
            throw new InfrastructureException("Cannot start the asset server on " + host + ": " + e.getMessage(), e);
        }
        sorry.assetServer.setExecutor(executor);
        sorry.assetServer.createContext("/", sorry::handleAsset);
        sorry.assetUri = URI.create("http://" + urlHost(address) + ":" + sorry.assetServer.getAddress().getPort());
        server.start();
        sorry.assetServer.start();
        return sorry;
    }

    /** Where the server answers, e.g. {@code http://127.0.0.1:8080} (no trailing slash). */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * The asset base URL to build with. A wildcard bind (0.0.0.0) is reached under many names, so
     * its asset URLs stay root-relative and work from any device that can reach the server.
     */
    public String assetBaseUrl() {
        return server.getAddress().getAddress().isAnyLocalAddress() ? "" : assetUri.toString();
    }

    /** The second origin that serves the assets, e.g. {@code http://127.0.0.1:40123}. */
    public URI assetUri() {
        return assetUri;
    }

    /** Live-reload long-polls open now. */
    int liveConnections() {
        return MAX_LIVE_CONNECTIONS - livePolls.availablePermits();
    }

    @Override
    public void close() {
        site.close();
        server.stop(0);
        if (assetServer != null) {
            assetServer.stop(0);
        }
        executor.shutdownNow();
    }

    /** The asset origin: assets only, with no CORS headers, as a CDN without a CORS policy answers. */
    private void handleAsset(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = Optional.ofNullable(exchange.getRequestURI().getPath()).orElse("/");
            if (!path.startsWith(site.contentPrefix())) {
                sendText(exchange, 404, "This origin serves the assets (" + site.contentPrefix() + "...) only; pages are at " + baseUri + "/");
                return;
            }
            asset(exchange, site.currentOnceBuilt(FIRST_BUILD_WAIT_MILLIS), path);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = decodedPath(exchange.getRequestURI().getRawPath());
            if (path == null) {
                sendText(exchange, 400, "Bad request: the path has an invalid or forbidden %-escape (e.g. %00).");
                return;
            }
            SiteState state = site.currentOnceBuilt(FIRST_BUILD_WAIT_MILLIS);
            if (path.startsWith(INTERNAL_PREFIX)) {
                internal(exchange, path);
            } else if (path.equals(ALB_PREFIX) || path.startsWith(ALB_PREFIX + "/")) {
                alb(exchange, state, path.substring(ALB_PREFIX.length()));
            } else if (path.startsWith(site.contentPrefix())) {
                asset(exchange, state, path);
            } else {
                page(exchange, state, path);
            }
        } catch (java.nio.file.InvalidPathException e) {
            sendText(exchange, 400, "Bad request: not a file path.");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void page(HttpExchange exchange, SiteState state, String path) throws IOException {
        if (!(state instanceof SiteState.Ready ready)) {
            SiteState.Broken broken = (SiteState.Broken) state;
            String html = ERROR_PAGE.execute(Map.of("message", broken.message(), "generation", broken.generation()));
            send(exchange, 500, "text/html; charset=utf-8", withLiveScript(html, state.generation()));
            return;
        }
        Optional<BuildReport.PageEntry> page = choose(ready, path);
        if (page.isEmpty()) {
            sendText(exchange, 404, "The build has no pages.");
            return;
        }
        byte[] bytes = Files.readAllBytes(ready.outputDirectory().resolve("site").resolve(page.get().output()));
        String html = new String(bytes, StandardCharsets.UTF_8);
        send(exchange, page.get().status(), "text/html; charset=utf-8",
                liveReloadWanted(exchange) ? withLiveScript(html, state.generation()) : bytes);
    }

    private void alb(HttpExchange exchange, SiteState state, String path) throws IOException {
        SiteState.Ready ready = state instanceof SiteState.Ready r ? r : null;
        if (ready == null) {
            sendText(exchange, 500, "The site failed to build; open any other path to see why.");
            return;
        }
        Path albDirectory = ready.outputDirectory().resolve("alb");
        if (!Files.isDirectory(albDirectory)) {
            sendText(exchange, 404, "The inline (ALB fixed-response) variant was not built: there is no "
                    + site.config().shown(albDirectory) + " directory. The build writes it when the inline variant is enabled.");
            return;
        }
        Optional<BuildReport.PageEntry> page = choose(ready, path.isEmpty() ? "/" : path);
        Path file = page.map(p -> albDirectory.resolve(p.output())).orElse(null);
        if (file == null || !Files.isRegularFile(file)) {
            sendText(exchange, 404, "No inline variant was built for "
                    + page.map(BuildReport.PageEntry::output).orElse("this path") + " (looked for "
                    + (file == null ? albDirectory : site.config().shown(file)) + ").");
            return;
        }
        // Exactly what the ALB sends: its fixed response has a bare content type and our bytes.
        send(exchange, page.get().status(), "text/html", Files.readAllBytes(file));
    }

    private void asset(HttpExchange exchange, SiteState state, String path) throws IOException {
        SiteState.Ready ready = state instanceof SiteState.Ready r ? r : ((SiteState.Broken) state).lastGood();
        if (ready == null) {
            sendText(exchange, 404, "No build yet: " + path);
            return;
        }
        Path siteDirectory = ready.outputDirectory().resolve("site").normalize();
        Path file = siteDirectory.resolve(path.substring(1)).normalize();
        if (!file.startsWith(siteDirectory) || !Files.isRegularFile(file)) {
            sendText(exchange, 404, "Not found: " + path + " (assets are served from " + site.config().shown(siteDirectory) + ")");
            return;
        }
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        send(exchange, 200, ContentTypes.forKey(file.getFileName().toString()), Files.readAllBytes(file));
    }

    private void internal(HttpExchange exchange, String path) throws IOException, InterruptedException {
        if (!liveReload) {
            sendText(exchange, 404, "Live reload is not enabled on this server.");
        } else if (path.equals(INTERNAL_PREFIX + "live.js")) {
            send(exchange, 200, "text/javascript; charset=utf-8", LIVE_SCRIPT);
        } else if (path.equals(INTERNAL_PREFIX + "changes")) {
            if (!livePolls.tryAcquire()) {
                exchange.getResponseHeaders().set("Retry-After", "5");
                sendText(exchange, 503, "Too many live-reload connections (" + MAX_LIVE_CONNECTIONS + "); retry later.");
                return;
            }
            try {
                long seen = parseSince(exchange.getRequestURI().getRawQuery());
                SiteState now = site.awaitChange(seen, LONG_POLL_MILLIS);
                sendText(exchange, 200, Long.toString(now.generation()));
            } finally {
                livePolls.release();
            }
        } else {
            sendText(exchange, 404, "Unknown sorry:serve endpoint " + path);
        }
    }

    /**
     * The request path, %-decoded as UTF-8; null when an escape is malformed or decodes to a control
     * character (such as {@code %00}), which no page or asset name has.
     */
    static String decodedPath(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "/";
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT).onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        String path;
        try {
            path = decoder.decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
        return path.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f || ch == '\\') ? null : path;
    }

    private static long parseSince(String query) {
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("since=")) {
                    try {
                        return Long.parseLong(pair.substring("since=".length()));
                    } catch (NumberFormatException e) {
                        return -1;
                    }
                }
            }
        }
        return -1;
    }

    private static Optional<BuildReport.PageEntry> choose(SiteState.Ready ready, String path) {
        var pages = ready.report().pages();
        return new PageChooser(pages.stream().map(BuildReport.PageEntry::output).toList()).choose(path)
                .flatMap(output -> pages.stream().filter(p -> p.output().equals(output)).findFirst());
    }

    /** {@code ?live=0} (or {@code live=false}, {@code live=off}) asks for the page without live reload. */
    static boolean liveReloadWanted(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.equals("live=0") || pair.equals("live=false") || pair.equals("live=off")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Adds the reload script before {@code </body>}, leaving every other byte of the page as built. */
    private byte[] withLiveScript(String html, long generation) {
        if (!liveReload) {
            return html.getBytes(StandardCharsets.UTF_8);
        }
        return LiveReloadScript.inject(html, generation).getBytes(StandardCharsets.UTF_8);
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        if (!exchange.getResponseHeaders().containsKey("Cache-Control")) {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
        }
        boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        if (head) {
            // What a GET would send, as HTTP asks of a HEAD; the JDK server sets none for a HEAD itself.
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
        }
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String urlHost(InetAddress address) {
        String text = address.getHostAddress();
        if (address.isAnyLocalAddress()) {
            return "127.0.0.1";
        }
        int percent = text.indexOf('%');
        if (percent >= 0) {
            text = text.substring(0, percent);
        }
        return text.contains(":") ? "[" + text + "]" : text;
    }

    private static String resource(String name) {
        try (InputStream in = SorryHttpServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
