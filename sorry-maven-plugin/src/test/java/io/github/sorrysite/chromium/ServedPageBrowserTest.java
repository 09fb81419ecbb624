package io.github.sorrysite.chromium;

import io.github.sorrysite.core.inline.InlineConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.site.SiteConfig;
import io.github.sorrysite.core.preview.ImageDiff;
import io.github.sorrysite.core.preview.Viewport;
import io.github.sorrysite.serve.LiveSite;
import io.github.sorrysite.serve.SiteState;
import io.github.sorrysite.serve.SorryHttpServer;
import io.github.sorrysite.serve.TestSites;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The default site as a user's browser gets it from {@code sorry:serve}: real headless Chromium
 * against the real server. Skipped (with a message) where Chromium is not installed.
 */
class ServedPageBrowserTest {
    /** Share of pixels that may differ between the inline and the full page above the fold. */
    static final double INLINE_THRESHOLD = 0.02;

    @TempDir
    static Path project;
    private static Chromium chromium;
    private static LiveSite site;
    private static SorryHttpServer server;
    private static SiteState.Ready build;
    private static final Path SHOTS = Path.of("target/browser-tests");

    @BeforeAll
    static void start() throws IOException {
        // Checked in each test too, so that every skipped test is reported with the reason.
        if (BrowserTests.chromium().isEmpty()) {
            return;
        }
        Path executable = BrowserTests.chromium().get();
        SiteConfig config = TestSites.copyDefaultSite(project);
        site = new LiveSite(config, InlineConfig.defaults(), project.resolve("target/sorry-serve"), Events.SILENT);
        server = SorryHttpServer.start(site, "127.0.0.1", 0, true);
        build = (SiteState.Ready) site.rebuild(server.assetBaseUrl());
        chromium = Chromium.launch(executable);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
            "/app/login, desktop, We’ll be right back",
            "/app/login, phone, We’ll be right back",
            "/ja/app/login, desktop, ただいまメンテナンス中です",
            "/ja/app/login, phone, ただいまメンテナンス中です",
    })
    void theFullPageLooksRightToAUser(String path, String viewportName, String heading) throws IOException {
        BrowserTests.chromiumOrSkip();
        Viewport viewport = viewport(viewportName);
        try (ChromiumPage page = chromium.open(url(path), viewport)) {
            assertWhatAUserSees(page, heading);
            assertTrue(page.evaluate("getComputedStyle(document.querySelector('main')).borderRadius !== '0px'").asBoolean(),
                    "the stylesheet from the asset directory applied");
            Files.write(SHOTS.resolve(name(path) + "-full-" + viewportName + ".png"), page.screenshot(false));
        }
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
            "/app/login, desktop, We’ll be right back",
            "/app/login, phone, We’ll be right back",
            "/ja/app/login, desktop, ただいまメンテナンス中です",
            "/ja/app/login, phone, ただいまメンテナンス中です",
    })
    void theInlineVariantLooksLikeTheFullPageAboveTheFold(String path, String viewportName, String heading) throws Exception {
        BrowserTests.chromiumOrSkip();
        assertTrue(Files.isDirectory(build.outputDirectory().resolve("alb")), "the build makes the inline variant");
        Viewport viewport = viewport(viewportName);
        byte[] inline;
        try (ChromiumPage page = chromium.open(url("/__alb" + path), viewport)) {
            assertWhatAUserSees(page, heading);
            inline = page.screenshot(false);
        }
        byte[] full;
        try (ChromiumPage page = chromium.open(url(path), viewport)) {
            full = page.screenshot(false);
        }
        Files.write(SHOTS.resolve(name(path) + "-inline-" + viewportName + ".png"), inline);
        ImageDiff diff = ImageDiff.of(full, inline);
        assertTrue(diff.ratio() <= INLINE_THRESHOLD, String.format("the inline variant differs from the full page in %.2f%% of "
                + "the pixels above the fold (allowed %.2f%%); see %s", diff.ratio() * 100, INLINE_THRESHOLD * 100, SHOTS));
    }

    /**
     * The above-the-fold comparison itself, on hand-made stand-ins for an inline body: the full
     * page with its stylesheet inlined looks the same; without the stylesheet it does not.
     */
    @Test
    void theInlineComparisonTellsALookAlikeFromADifferentLook() throws IOException {
        BrowserTests.chromiumOrSkip();
        Path site = build.outputDirectory().resolve("site");
        String full = Files.readString(site.resolve("maintenance.html"));
        String href = Jsoup.parse(full).selectFirst("link[rel=stylesheet]").attr("href");
        String css = Files.readString(site.resolve(URI.create(href).getPath().substring(1)));
        String inlined = full.replace(rawTag(full, "<link rel=stylesheet"), "<style>" + css + "</style>");
        String unstyled = full.replace(rawTag(full, "<link rel=stylesheet"), "");
        Files.writeString(site.resolve("sorrycontent/same.html"), inlined);
        Files.writeString(site.resolve("sorrycontent/plain.html"), unstyled);
        try {
            byte[] reference = shot("/app/login");
            ImageDiff same = ImageDiff.of(reference, shot("/sorrycontent/same.html"));
            ImageDiff plain = ImageDiff.of(reference, shot("/sorrycontent/plain.html"));
            Files.writeString(SHOTS.resolve("comparison-check.txt"), "inlined stylesheet: " + same.ratio()
                    + "\nno stylesheet: " + plain.ratio() + "\n");
            assertTrue(same.ratio() <= INLINE_THRESHOLD, "inlined stylesheet: " + same.ratio());
            assertTrue(plain.ratio() > INLINE_THRESHOLD, "no stylesheet: " + plain.ratio());
        } finally {
            Files.delete(site.resolve("sorrycontent/same.html"));
            Files.delete(site.resolve("sorrycontent/plain.html"));
        }
    }

    private static byte[] shot(String path) {
        try (ChromiumPage page = chromium.open(url(path), Viewport.DESKTOP)) {
            return page.screenshot(false);
        }
    }

    /** The tag starting with {@code start}, as it appears in the minified page. */
    private static String rawTag(String html, String start) {
        int from = html.indexOf(start);
        assertTrue(from >= 0, start + " in " + html);
        return html.substring(from, html.indexOf('>', from) + 1);
    }

    /** The checks above can fail: a broken page trips every one of them. */
    @Test
    void theChecksSeeABrokenPage() throws IOException {
        BrowserTests.chromiumOrSkip();
        Path broken = build.outputDirectory().resolve("site/sorrycontent/broken.html");
        Files.writeString(broken, "<!doctype html><h1>Broken</h1><img src=\"/sorrycontent/missing.png\">"
                + "<img src=\"http://example.invalid/logo.png\"><script>console.error('boom')</script>");
        try (ChromiumPage page = chromium.open(url("/sorrycontent/broken.html"), Viewport.DESKTOP)) {
            PageVisit visit = page.visit();
            assertEquals(200, visit.status());
            assertTrue(visit.consoleErrors().stream().anyMatch(e -> e.contains("boom")), visit.consoleErrors().toString());
            assertTrue(visit.consoleErrors().stream().anyMatch(e -> e.contains("404")), visit.consoleErrors().toString());
            assertTrue(visit.requests().contains("http://example.invalid/logo.png"), visit.requests().toString());
            assertTrue(visit.failedRequests().stream().anyMatch(e -> e.startsWith("http://example.invalid/logo.png")),
                    visit.failedRequests().toString());
            assertTrue(!page.evaluate("document.querySelector('img').naturalWidth > 0").asBoolean());
        } finally {
            Files.delete(broken);
        }
    }

    private static void assertWhatAUserSees(ChromiumPage page, String heading) {
        PageVisit visit = page.visit();
        assertEquals(503, visit.status(), "status of the document");
        assertEquals(heading, page.evaluate("document.querySelector('h1').textContent.trim()").asText());
        assertTrue(page.evaluate("(() => { const i = document.querySelector('img'); return !!i && i.complete && i.naturalWidth > 0; })()")
                .asBoolean(), "the logo loaded (naturalWidth > 0)");
        assertEquals(List.of(), visit.consoleErrors(), "console errors");
        assertEquals(List.of(), visit.failedRequests(), "failed requests");
        String local = server.baseUri() + "/";
        for (String request : visit.requests()) {
            assertTrue(request.startsWith(local) || request.startsWith("data:"), "request outside the local server: " + request);
        }
    }

    private static URI url(String path) {
        return URI.create(server.baseUri() + path);
    }

    private static String name(String path) {
        return path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static Viewport viewport(String name) {
        return Viewport.ALL.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }
}
