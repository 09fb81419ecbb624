package io.github.sorrysite.serve;

import io.github.sorrysite.core.inline.InlineConfig;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.site.SiteConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SorryHttpServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path project;
    private SiteConfig config;
    private LiveSite site;
    private SorryHttpServer server;

    @BeforeEach
    void start() {
        config = TestSites.copyDefaultSite(project);
        site = new LiveSite(config, InlineConfig.defaults(), project.resolve("target/sorry-serve"), Events.SILENT);
        server = SorryHttpServer.start(site, "127.0.0.1", 0, true);
        assertInstanceOf(SiteState.Ready.class, site.rebuild(server.assetBaseUrl()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aRequestDuringTheFirstBuildWaitsForItInsteadOfFailing() throws Exception {
        LiveSite fresh = new LiveSite(config, InlineConfig.defaults(), project.resolve("target/sorry-serve-2"), Events.SILENT);
        try (SorryHttpServer early = SorryHttpServer.start(fresh, "127.0.0.1", 0, true)) {
            var pending = HTTP.sendAsync(HttpRequest.newBuilder(early.baseUri().resolve("/app/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertInstanceOf(SiteState.Ready.class, fresh.rebuild(early.assetBaseUrl()));
            HttpResponse<String> response = pending.get();
            assertEquals(503, response.statusCode(), response.body());
            assertEquals("We’ll be right back", Jsoup.parse(response.body()).selectFirst("h1").text());
        }
    }

    @Test
    void anyPathIsTheFullPageWith503() throws Exception {
        for (String path : new String[] {"/", "/app/login", "/maintenance.html", "/deep/path?x=1"}) {
            HttpResponse<String> response = get(path);
            assertEquals(503, response.statusCode(), path);
            assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
            Document page = Jsoup.parse(response.body());
            assertEquals("We’ll be right back", page.selectFirst("h1").text(), path);
        }
    }

    @Test
    void theLocalePrefixPicksTheLocalePage() throws Exception {
        HttpResponse<String> response = get("/ja/app/login");
        assertEquals(503, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertEquals("ja", page.selectFirst("html").attr("lang"));
        assertEquals("ただいまメンテナンス中です", page.selectFirst("h1").text());
    }

    @Test
    void liveZeroGivesThePageWithoutTheReloadScript() throws Exception {
        assertTrue(get("/app/login").body().contains("/__sorry/live.js"));
        assertFalse(get("/app/login?live=0").body().contains("/__sorry/live.js"));
    }

    @Test
    void assetUrlsPointAtASecondLocalOriginAndAnswer200WithTheirType() throws Exception {
        Document page = Jsoup.parse(get("/").body());
        String css = page.selectFirst("link[rel=stylesheet]").attr("href");
        String logo = page.selectFirst("img").attr("src");
        String base = server.assetUri().toString();
        assertTrue(!base.equals(server.baseUri().toString()) && base.startsWith("http://127.0.0.1:"), base);
        assertTrue(css.startsWith(base + "/sorrycontent/css/"), css);
        assertTrue(logo.startsWith(base + "/sorrycontent/img/"), logo);
        assertEquals(404, getBytes(URI.create(base + "/app/login")).statusCode(), "the asset origin serves assets only");
        assertTrue(getBytes(URI.create(css)).headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                "no CORS headers, like a CDN without a CORS policy");

        HttpResponse<byte[]> cssResponse = getBytes(URI.create(css));
        assertEquals(200, cssResponse.statusCode());
        assertEquals("text/css; charset=utf-8", cssResponse.headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<byte[]> logoResponse = getBytes(URI.create(logo));
        assertEquals(200, logoResponse.statusCode());
        assertEquals("image/svg+xml; charset=utf-8", logoResponse.headers().firstValue("Content-Type").orElseThrow());
        Path built = project.resolve("target/sorry-serve/site").resolve(URI.create(logo).getPath().substring(1));
        assertArrayEquals(Files.readAllBytes(built), logoResponse.body());
    }

    @Test
    void missingAssetsAndEscapesAre404NotThePage() throws Exception {
        assertEquals(404, get("/sorrycontent/img/nope.png").statusCode());
        assertEquals(404, get("/sorrycontent/").statusCode());
        HttpResponse<String> escape = get("/sorrycontent/%2e%2e/%2e%2e/report.json");
        assertEquals(404, escape.statusCode());
        assertFalse(escape.body().contains("contentPrefix"), escape.body());
    }

    @Test
    void theLiveScriptIsInjectedOnlyInServeMode() throws Exception {
        String html = get("/").body();
        assertTrue(html.contains("<script src=\"/__sorry/live.js?g=1\"></script></body>"), html);
        assertEquals(200, get("/__sorry/live.js").statusCode());
        String built = Files.readString(project.resolve("target/sorry-serve/site/maintenance.html"));
        assertFalse(built.contains("live.js"), "the built file itself must not change");

        try (SorryHttpServer plain = SorryHttpServer.start(site, "127.0.0.1", 0, false)) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(plain.baseUri().resolve("/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(built, response.body());
            assertEquals(404, HTTP.send(HttpRequest.newBuilder(plain.baseUri().resolve("/__sorry/live.js")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    @Test
    void withoutAnInlineBuildAlbAnswers404Explaining() throws Exception {
        // As after a build with sorry.inline.strategy=none: no alb/ directory at all.
        deleteTree(project.resolve("target/sorry-serve/alb"));
        HttpResponse<String> response = get("/__alb/app");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("inline (ALB fixed-response) variant was not built"), response.body());
        assertTrue(response.body().contains("target/sorry-serve/alb"), response.body());
    }

    @Test
    void albAnswersTheInlineBodyByteForByteWithABareContentType() throws Exception {
        // The inline variant's file contract: <output>/alb/<page>.html next to site/.
        Path alb = project.resolve("target/sorry-serve/alb");
        Files.createDirectories(alb.resolve("ja"));
        byte[] en = "<!doctype html><title>x</title><h1>Back soon</h1>\r\n  ".getBytes(StandardCharsets.UTF_8);
        byte[] ja = "<!doctype html><h1>ただいまメンテナンス中です</h1>".getBytes(StandardCharsets.UTF_8);
        Files.write(alb.resolve("maintenance.html"), en);
        Files.write(alb.resolve("ja/maintenance.html"), ja);

        HttpResponse<byte[]> response = getBytes(server.baseUri().resolve("/__alb/app/login"));
        assertEquals(503, response.statusCode());
        assertEquals("text/html", response.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals(en, response.body());
        assertArrayEquals(ja, getBytes(server.baseUri().resolve("/__alb/ja/x")).body());
        assertArrayEquals(en, getBytes(server.baseUri().resolve("/__alb")).body());

        Files.delete(alb.resolve("ja/maintenance.html"));
        HttpResponse<String> missing = get("/__alb/ja/");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("ja/maintenance.html"), missing.body());
    }

    @Test
    void theConfiguredStatusIsServed() throws Exception {
        Path page = project.resolve("site-src/pages/maintenance.md");
        Files.writeString(page, Files.readString(page).replace("lang: en\n", "lang: en\nstatus: 502\n"));
        site.rebuild(server.assetBaseUrl());
        assertEquals(502, get("/x").statusCode());
        assertEquals(503, get("/ja/x").statusCode());
    }

    @Test
    void aBrokenBuildShowsAnErrorPageThatReloadsAndTheFixComesBack() throws Exception {
        Path page = project.resolve("site-src/pages/maintenance.md");
        String good = Files.readString(page);
        Files.writeString(page, good.replace("lang: en\n", "lang: en\nstatus: <soon>\n"));
        SiteState state = site.rebuild(server.assetBaseUrl());
        assertInstanceOf(SiteState.Broken.class, state);

        HttpResponse<String> error = get("/app");
        assertEquals(500, error.statusCode());
        Document document = Jsoup.parse(error.body());
        String message = document.getElementById("sorry-build-error").text();
        assertTrue(message.contains("pages/maintenance.md") && message.contains("status '<soon>'"), message);
        assertTrue(error.body().contains("&lt;soon&gt;"), "the message is HTML-escaped");
        assertTrue(error.body().contains("live.js?g=2"), "the error page reloads itself after the fix");
        // The last good assets stay available to pages that are already open.
        String logo = Jsoup.parse(Files.readString(project.resolve("target/sorry-serve/site/maintenance.html")))
                .selectFirst("img").attr("src");
        assertEquals(200, getBytes(URI.create(logo)).statusCode());

        Files.writeString(page, good);
        assertInstanceOf(SiteState.Ready.class, site.rebuild(server.assetBaseUrl()));
        assertEquals(503, get("/app").statusCode());
    }

    @Test
    void theLongPollAnswersWithTheNewGenerationAfterARebuild() throws Exception {
        var pending = HTTP.sendAsync(HttpRequest.newBuilder(server.baseUri().resolve("/__sorry/changes?since=1")).build(),
                HttpResponse.BodyHandlers.ofString());
        site.rebuild(server.assetBaseUrl());
        HttpResponse<String> answer = pending.get();
        assertEquals(200, answer.statusCode());
        assertEquals("2", answer.body().strip());
        // Asked with an old generation, it answers at once.
        assertEquals("2", get("/__sorry/changes?since=1").body().strip());
    }

    @Test
    void headAnswersHeadersOnly() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve("/x"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, response.statusCode());
        assertEquals("", response.body());
    }

    @Test
    void aTakenPortIsAUserErrorNamingTheParameter() {
        int taken = server.baseUri().getPort();
        BadInputException e = assertThrows(BadInputException.class, () -> SorryHttpServer.start(site, "127.0.0.1", taken, false));
        assertEquals("sorry.serve.port", e.where());
        assertTrue(e.getMessage().contains("127.0.0.1:" + taken), e.getMessage());
    }

    @Test
    void anUnknownHostIsAUserErrorNamingTheParameter() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> SorryHttpServer.start(site, "no-such-host.invalid", 0, false));
        assertEquals("sorry.serve.host", e.where());
    }

    @Test
    void aWildcardBindKeepsAssetUrlsRootRelative() {
        try (SorryHttpServer any = SorryHttpServer.start(site, "0.0.0.0", 0, false)) {
            assertEquals("", any.assetBaseUrl());
            Matcher port = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)").matcher(any.baseUri().toString());
            assertTrue(port.matches(), any.baseUri().toString());
        }
    }

    @Test
    void aBadEscapeIs400NotAnEmptyReply() throws Exception {
        for (String path : List.of("/sorrycontent/%00.css", "/%00", "/sorrycontent/%5c..%5c..%5cpom.xml", "/%C0%AF")) {
            assertEquals(400, get(path).statusCode(), path);
        }
        assertEquals(503, get("/maintenance.html").statusCode(), "and the server goes on serving the sorry page");
    }

    @Test
    void headCarriesTheContentLengthOfTheGet() throws Exception {
        HttpResponse<String> get = get("/maintenance.html");
        HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUri() + "/maintenance.html"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(get.statusCode(), head.statusCode());
        assertEquals(String.valueOf(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                head.headers().firstValue("Content-Length").orElse("none"));
        assertEquals("", head.body());
    }

    @Test
    void liveReloadConnectionsAreCapped() throws Exception {
        HttpClient client = HttpClient.newBuilder().executor(java.util.concurrent.Executors.newCachedThreadPool()).build();
        String generation = get("/__sorry/changes?since=-1").body().strip();
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> polls = new java.util.ArrayList<>();
        for (int i = 0; i < SorryHttpServer.MAX_LIVE_CONNECTIONS; i++) {
            polls.add(client.sendAsync(HttpRequest.newBuilder(URI.create(server.baseUri() + "/__sorry/changes?since=" + generation))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (server.liveConnections() < SorryHttpServer.MAX_LIVE_CONNECTIONS && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(SorryHttpServer.MAX_LIVE_CONNECTIONS, server.liveConnections());

        HttpResponse<String> one = get("/__sorry/changes?since=" + generation);

        assertEquals(503, one.statusCode());
        assertEquals("5", one.headers().firstValue("Retry-After").orElse(""));
        assertEquals(503, get("/maintenance.html").statusCode(), "the sorry page is still served");
        polls.forEach(p -> p.cancel(true));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUri() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> getBytes(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void deleteTree(Path root) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
