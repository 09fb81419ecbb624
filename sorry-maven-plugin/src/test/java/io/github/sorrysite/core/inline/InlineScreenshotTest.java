package io.github.sorrysite.core.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    static CorpusServer server;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "headless Chromium not found at " + CHROMIUM + ": install Debian's chromium package (or set SORRY_CHROMIUM)"
                        + " to run the screenshot comparison");
        server = new CorpusServer();
        Path out = work.resolve("out");
        CorpusServer.Built built = server.build("default", Path.of("..").toAbsolutePath().normalize(), out);
        BuildInline inline = CorpusServer.inline(built.cdn(), built.site());
        for (String page : List.of("maintenance.html", "ja/maintenance.html")) {
            byte[] albBody = Files.readAllBytes(out.resolve("alb").resolve(page));
            server.bodies.put("/__alb/cdn-linked/" + page, albBody);
            String self = inline.candidate(InlineStrategy.SELF_CONTAINED, page, built.pages().get(page)).html();
            server.bodies.put("/__alb/self-contained/" + page, self.getBytes(StandardCharsets.UTF_8));
            String unstyled = new String(albBody, StandardCharsets.UTF_8).replaceAll("<link rel=stylesheet[^>]*>", "");
            server.bodies.put("/__alb/unstyled/" + page, unstyled.getBytes(StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
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
        BufferedImage full = shoot("/default/" + page, width, height);
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
        return Screenshots.shoot(work, server.base + path, path.replaceAll("[^A-Za-z0-9.-]", "_") + "-" + width, width, height);
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
