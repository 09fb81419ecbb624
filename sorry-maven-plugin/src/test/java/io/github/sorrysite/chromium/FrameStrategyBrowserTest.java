package io.github.sorrysite.chromium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.alb.AlbRuleConfig;
import io.github.sorrysite.core.inline.InlineConfig;
import io.github.sorrysite.core.inline.InlineStrategy;
import io.github.sorrysite.core.preview.Viewport;
import io.github.sorrysite.core.site.SiteBuilder;
import io.github.sorrysite.core.site.SiteConfig;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The frame strategy's body in real Chromium: with the CDN unreachable the title and the text stay
 * readable (the object's fallback content is what shows, at the top of the viewport), and the
 * page's refresh stays; with the CDN up the framed page shows instead of the fallback.
 */
class FrameStrategyBrowserTest {
    private static final long GUARD_MILLIS = 20_000;
    private static final String VISIBLE = "(() => { const e = document.querySelector('%s'); if (!e) return false;"
            + " const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0"
            + " && document.elementFromPoint(r.left + 2, r.top + r.height / 2) === e; })()";

    @TempDir
    Path project;

    @Test
    void titleAndTextStayReadableWhenTheCdnIsUnreachable() throws Exception {
        Path executable = BrowserTests.chromiumOrSkip();
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort(); // nothing listens there once closed: connection refused
        }
        byte[] body = frameBody("http://127.0.0.1:" + closed);
        HttpServer alb = serve(body, null);
        try (Chromium chromium = Chromium.launch(executable);
             ChromiumPage page = chromium.open(URI.create("http://127.0.0.1:" + alb.getAddress().getPort() + "/app/login"),
                     Viewport.DESKTOP)) {
            await(page, String.format(VISIBLE, "object > h1"));
            assertEquals("Back at six", page.evaluate("document.querySelector('object > h1').textContent").asText());
            assertTrue(page.evaluate(String.format(VISIBLE, "object > p")).asBoolean(), "the text is readable too");
            assertTrue(page.evaluate("document.querySelector('object > p').textContent").asText().contains("upgrading the database"));
            assertEquals("60;url=/", page.evaluate("document.querySelector('meta[http-equiv=refresh]').content").asText());
        } finally {
            alb.stop(0);
        }
    }

    @Test
    void theFramedPageShowsWhenTheCdnAnswers() throws Exception {
        Path executable = BrowserTests.chromiumOrSkip();
        HttpServer cdn = serve(null, "<!doctype html><title>full</title><h1 id=full>The full page</h1>");
        String base = "http://127.0.0.1:" + cdn.getAddress().getPort();
        byte[] body = frameBody(base);
        cdn.createContext("/__alb", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(503, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        try (Chromium chromium = Chromium.launch(executable);
             ChromiumPage page = chromium.open(URI.create(base + "/__alb/x"), Viewport.DESKTOP)) {
            await(page, "(() => { const o = document.querySelector('object'); return !!(o && o.contentDocument"
                    + " && o.contentDocument.getElementById('full')); })()");
            assertEquals(0.0, page.evaluate("document.querySelector('object > h1').getBoundingClientRect().height").asDouble(),
                    "the fallback is not rendered while the framed page shows");
        } finally {
            cdn.stop(0);
        }
    }

    private byte[] frameBody(String cdn) throws Exception {
        write("site-src/pages/maintenance.md", "---\ntitle: Back at six\n---\nWe are upgrading the database.\n\nThank you for waiting.\n");
        write("templates/page.html", "<!doctype html><html lang=en><head><meta charset=utf-8>"
                + "<meta http-equiv=\"refresh\" content=\"60;url=/\"><title>{{title}}</title></head>"
                + "<body><main><h1>{{title}}</h1>{{{content}}}</main></body></html>");
        SiteConfig config = SiteConfig.defaults(project).withCdnBaseUrl(cdn);
        new SiteBuilder(config, InlineConfig.defaults().withStrategy(InlineStrategy.FRAME), AlbRuleConfig.defaults(), Events.SILENT)
                .build();
        return Files.readAllBytes(config.outputDirectory().resolve("alb/maintenance.html"));
    }

    /** Answers every path with the frame body (as the ALB does) or, for the CDN, the full page. */
    private static HttpServer serve(byte[] albBody, String fullPage) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = albBody != null ? albBody : fullPage.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", albBody != null ? "text/html" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(albBody != null ? 503 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return server;
    }

    private static void await(ChromiumPage page, String condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + GUARD_MILLIS;
        while (!page.evaluate(condition).asBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("never true: " + condition + "\n" + page.evaluate("document.documentElement.outerHTML").asText());
            }
            Thread.sleep(100);
        }
    }

    private void write(String relative, String content) throws Exception {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
