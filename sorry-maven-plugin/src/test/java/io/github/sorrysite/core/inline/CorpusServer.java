package io.github.sorrysite.core.inline;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.alb.AlbRuleConfig;
import io.github.sorrysite.core.site.SiteBuilder;
import io.github.sorrysite.core.site.SiteConfig;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An HTTP server on 127.0.0.1 for the screenshot comparisons: {@code /<name>/...} is a built site
 * (its {@code site/} directory), and any path put in {@link #bodies} is served as it is, inline bodies
 * as {@code text/html} without a charset, the way the ALB sends them.
 */
final class CorpusServer implements AutoCloseable {
    final Map<String, Path> roots = new ConcurrentHashMap<>();
    final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
    private final HttpServer server;
    final String base;

    CorpusServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] content = bodies.get(path);
            String type = path.endsWith(".css") ? "text/css" : "text/html"; // an ALB body: text/html, no charset
            if (content == null) {
                String[] parts = path.substring(1).split("/", 2);
                Path root = roots.get(parts[0]);
                Path file = root == null || parts.length < 2 ? null : root.resolve(parts[1]).normalize();
                if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                    return;
                }
                content = Files.readAllBytes(file);
                type = path.endsWith(".css") ? "text/css" : path.endsWith(".svg") ? "image/svg+xml"
                        : path.endsWith(".html") ? "text/html; charset=utf-8" : "application/octet-stream";
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, content.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(content);
            }
        });
        server.start();
    }

    /** A site built for this server: served under {@code /<name>/}, which is its CDN base. */
    record Built(String name, String cdn, Path site, Map<String, String> pages) {
    }

    /** Builds {@code project} into {@code out} with {@code /<name>/} of this server as its CDN base, and serves it there. */
    Built build(String name, Path project, Path out) {
        String cdn = base + "/" + name;
        SiteConfig config = SiteConfig.defaults(project).withOutputDirectory(out).withCdnBaseUrl(cdn);
        Map<String, String> pages = new SiteBuilder(config, InlineConfig.defaults(), AlbRuleConfig.defaults(), Events.SILENT).build()
                .pageHtml();
        Path site = out.resolve("site");
        roots.put(name, site);
        return new Built(name, cdn, site, pages);
    }

    /**
     * The page's inline variants in both styled shapes, each served as {@code /__alb/<name>/<shape>.html} with its
     * stylesheet (cdn-linked) at its own URL.
     */
    Map<InlineStrategy, Candidate> serveShapes(Built built, String page) {
        BuildInline inline = inline(built.cdn(), built.site());
        Map<InlineStrategy, Candidate> shapes = new java.util.LinkedHashMap<>();
        for (InlineStrategy shape : java.util.List.of(InlineStrategy.SELF_CONTAINED, InlineStrategy.CDN_LINKED)) {
            Candidate c = inline.candidate(shape, page, built.pages().get(page));
            bodies.put("/__alb/" + built.name() + "/" + shape.id() + ".html", c.html().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (c.stylesheet() != null) {
                bodies.put(c.stylesheet().url().substring(base.length()), c.stylesheet().content());
            }
            shapes.put(shape, c);
        }
        return shapes;
    }

    /** The inline stage for a site built into {@code site} with CDN base {@code cdn}, reading its built stylesheets. */
    static BuildInline inline(String cdn, Path site) {
        return new BuildInline(new BuildInline.Site(cdn, "/sorrycontent/", true, href -> {
            Path css = site.resolve(href.substring(Math.min(href.length(), cdn.length() + 1)));
            try {
                return href.startsWith(cdn) && Files.isRegularFile(css) ? Files.readString(css) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), InlineConfig.defaults(), Events.SILENT);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
