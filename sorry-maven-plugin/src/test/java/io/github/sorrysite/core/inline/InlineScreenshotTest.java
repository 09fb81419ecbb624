package io.github.sorrysite.core.inline;

import io.github.sorrysite.core.inline.InlineConfig;
import io.github.sorrysite.core.alb.AlbRuleConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.site.SiteBuilder;
import io.github.sorrysite.core.site.SiteConfig;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inline variants must look like the full page above the fold. The default site is built with
 * the CDN base pointing at an in-test HTTP server on 127.0.0.1 that serves the built site, and real
 * headless Chromium takes screenshots of the full page and of each inline body served the way the
 * ALB serves it (text/html without a charset). A control (the body without its stylesheet) shows
 * the comparison does catch a difference.
 */
class InlineScreenshotTest {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("SORRY_CHROMIUM", "/usr/bin/chromium"));
    /** Share of pixels allowed to differ (anti-aliasing); a missing stylesheet changes far more. */
    static final double THRESHOLD = 0.005;

    @TempDir
    static Path work;
    static HttpServer server;
    static String base;
    static final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
    static Map<String, String> fullPages;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "headless Chromium not found at " + CHROMIUM + ": install Debian's chromium package (or set SORRY_CHROMIUM)"
                        + " to run the screenshot comparison");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        Path out = work.resolve("out");
        SiteConfig config = SiteConfig.defaults(Path.of("..").toAbsolutePath().normalize()).withOutputDirectory(out)
                .withCdnBaseUrl(base);
        fullPages = new SiteBuilder(config, InlineConfig.defaults(), AlbRuleConfig.defaults(), Events.SILENT).build().pageHtml();
        Path site = out.resolve("site");
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] content = bodies.get(path);
            String type = "text/html"; // what ALB sends: no charset
            if (content == null) {
                Path file = site.resolve(path.substring(1)).normalize();
                if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                    return;
                }
                content = Files.readAllBytes(file);
                type = path.endsWith(".css") ? "text/css" : path.endsWith(".svg") ? "image/svg+xml" : "text/html; charset=utf-8";
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, content.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(content);
            }
        });
        server.start();
        for (String page : List.of("maintenance.html", "ja/maintenance.html")) {
            bodies.put("/__alb/cdn-linked/" + page, Files.readAllBytes(out.resolve("alb").resolve(page)));
            BuildInline inline = new BuildInline(new BuildInline.Site(base, "/sorrycontent/", true, href -> {
                Path css = site.resolve(href.substring(base.length() + 1));
                try {
                    return href.startsWith(base) && Files.isRegularFile(css) ? Files.readString(css) : null;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }), InlineConfig.defaults(), Events.SILENT);
            String self = inline.candidate(InlineStrategy.SELF_CONTAINED, page, fullPages.get(page)).html();
            bodies.put("/__alb/self-contained/" + page, self.getBytes(StandardCharsets.UTF_8));
            String unstyled = new String(Files.readAllBytes(out.resolve("alb").resolve(page)), StandardCharsets.UTF_8)
                    .replaceAll("<link rel=stylesheet[^>]*>", "");
            bodies.put("/__alb/unstyled/" + page, unstyled.getBytes(StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void englishDesktop() throws Exception {
        compare("maintenance.html", 1000, 720);
    }

    @Test
    void japaneseDesktop() throws Exception {
        compare("ja/maintenance.html", 1000, 720);
    }

    @Test
    void japanesePhone() throws Exception {
        compare("ja/maintenance.html", 390, 800);
    }

    void compare(String page, int width, int height) throws Exception {
        BufferedImage full = shoot("/" + page, width, height);
        for (String strategy : List.of("self-contained", "cdn-linked")) {
            BufferedImage inline = shoot("/__alb/" + strategy + "/" + page, width, height);
            double diff = difference(full, inline);
            System.out.printf("default %s %s %dx%d: %.3f%% of pixels differ%n", page, strategy, width, height, diff * 100);
            assertTrue(diff <= THRESHOLD, page + " " + strategy + " at " + width + "x" + height + ": "
                    + String.format("%.2f%%", diff * 100) + " of pixels differ from the full page (see " + work + ")");
        }
        double control = difference(full, shoot("/__alb/unstyled/" + page, width, height));
        assertTrue(control > THRESHOLD * 4, "the control without a stylesheet must look different, but only "
                + String.format("%.2f%%", control * 100) + " of pixels differ");
    }

    static BufferedImage shoot(String path, int width, int height) throws Exception {
        return Screenshots.shoot(work, base + path, path.replaceAll("[^A-Za-z0-9.-]", "_") + "-" + width, width, height);
    }

    /** Share of pixels whose colour differs by more than a little in any channel. */
    static double difference(BufferedImage a, BufferedImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        long differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int d = Math.max(Math.abs((p >> 16 & 255) - (q >> 16 & 255)),
                        Math.max(Math.abs((p >> 8 & 255) - (q >> 8 & 255)), Math.abs((p & 255) - (q & 255))));
                if (d > 24) {
                    differing++;
                }
            }
        }
        return (double) differing / ((long) a.getWidth() * a.getHeight());
    }
}
