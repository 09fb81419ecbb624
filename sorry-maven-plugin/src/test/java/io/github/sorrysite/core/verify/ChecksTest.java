package io.github.sorrysite.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.common.Hashes;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The pure decisions of sorry:verify, from tables of facts. */
class ChecksTest {
    static final String PAGE = "<!doctype html><html lang=\"ja\"><head><title>メンテナンス</title></head><body>戻ります</body></html>";
    static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    static ExpectedSite site(String inlineBody) {
        return new ExpectedSite(List.of(
                new ExpectedBody("maintenance.html", "", "en", 503, false, Hashes.sha256("<html>en</html>".getBytes(StandardCharsets.UTF_8))),
                new ExpectedBody("ja/maintenance.html", "ja", "ja", 503, true, Hashes.sha256(inlineBody.getBytes(StandardCharsets.UTF_8)))),
                Set.of("sorrycontent/css/site.abc1234.css"), "/sorrycontent/");
    }

    static HttpAnswer answer(int status, String body, Map<String, List<String>> headers) {
        return new HttpAnswer(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aNonAsciiAlbBodyWithoutMetaCharsetIsAnErrorButItsMissingCacheControlIsNot() {
        List<Check> checks = PageChecks.check(URI.create("https://alb.example.com/ja/x"), answer(503, PAGE, Map.of("Content-Type",
                List.of("text/html"))), site(PAGE), 300);
        Check charset = checks.stream().filter(c -> c.message().startsWith("non-ASCII")).findFirst().orElseThrow();
        assertEquals(Check.Status.ERROR, charset.status());
        assertTrue(charset.fix().contains("<meta charset=\"utf-8\">"), charset.fix());
        assertTrue(checks.stream().anyMatch(c -> c.status() == Check.Status.OK && c.message().contains("an ALB fixed response cannot send one")));
    }

    @ParameterizedTest
    @CsvSource({"max-age=60, OK", "no-store, OK", "'max-age=60, s-maxage=86400', WARNING", "max-age=3600, WARNING"})
    void pageCacheControlMustBeShort(String value, Check.Status expected) {
        List<Check> checks = PageChecks.check(URI.create("https://example.com/x"), answer(503, "<html>en</html>",
                Map.of("Cache-Control", List.of(value))), site("x"), 300);
        assertEquals(expected, checks.stream().filter(c -> c.message().contains("Cache-Control")).findFirst().orElseThrow().status());
    }

    @ParameterizedTest
    @CsvSource({"40, OK", "29, WARNING", "8, WARNING", "6, ERROR", "-1, ERROR"})
    void certificateDaysAgainstTheThresholds(int days, Check.Status expected) {
        TlsFacts tls = new TlsFacts("example.com", 443, "CN=example.com", "CN=CA", NOW.plus(Duration.ofDays(days)), List.of("*.example.com"),
                true, "");
        assertEquals(expected, TlsChecks.check(tls, NOW, 30).get(0).status());
    }

    @Test
    void aWrongNameAndAnUntrustedChainAreErrors() {
        TlsFacts tls = new TlsFacts("sorry.example.com", 8443, "CN=x", "CN=x", NOW.plus(Duration.ofDays(90)), List.of("other.example.net"),
                false, "PKIX path building failed");
        List<Check> checks = TlsChecks.check(tls, NOW, 30);
        assertEquals("sorry.example.com:8443", checks.get(1).subject());
        assertTrue(checks.get(1).message().contains("is for other.example.net, not sorry.example.com"), checks.get(1).message());
        assertEquals(Check.Status.ERROR, checks.get(2).status());
        assertTrue(checks.get(2).fix().contains("-Djavax.net.ssl.trustStore"), checks.get(2).fix());
    }

    @Test
    void viewerFunctionsStandInForErrorResponsesAndALongErrorCacheWarns() {
        CdnExpectations want = new CdnExpectations("/maintenance.html", 503, 60, "sorry-bucket", "/sorry", "sorry.example.com");
        DistributionFacts functions = new DistributionFacts("E1", "d1.cloudfront.net", true, List.of("sorry.example.com"), "maintenance.html",
                List.of(new DistributionFacts.ErrorResponse(404, "/maintenance.html", "503", 3600)),
                List.of(new DistributionFacts.Origin("o", "sorry-bucket.s3.us-east-1.amazonaws.com", "/other", "E3OAC", "")),
                List.of("viewer-request", "viewer-response"), "");
        List<Check> checks = CloudFrontChecks.check(functions, want);
        assertTrue(checks.stream().noneMatch(c -> c.message().startsWith("has no custom error response")), checks.toString());
        assertTrue(checks.stream().anyMatch(c -> c.status() == Check.Status.WARNING && c.message().contains("error caching TTL for 404 is 3600 s")));
        Check path = checks.stream().filter(c -> c.message().startsWith("origin path")).findFirst().orElseThrow();
        assertEquals(Check.Status.ERROR, path.status());
        assertTrue(path.message().contains("'/other'") && path.fix().contains("'/sorry'"), path.message());
    }

    @Test
    void anAliasMissingFromTheDistributionIsAnError() {
        CdnExpectations want = new CdnExpectations("/maintenance.html", 503, 60, null, "", "sorry.example.com");
        DistributionFacts d = new DistributionFacts("E1", "d1.cloudfront.net", false, List.of(), "", List.of(), List.of(), List.of(), "");
        List<Check> checks = CloudFrontChecks.check(d, want);
        assertTrue(checks.stream().anyMatch(c -> c.status() == Check.Status.ERROR && c.message().startsWith("disabled")));
        assertTrue(checks.stream().anyMatch(c -> c.status() == Check.Status.ERROR && c.fix().startsWith("add sorry.example.com to the distribution's")));
    }

    @ParameterizedTest
    @CsvSource({"*.example.com, www.example.com, true", "*.example.com, a.b.example.com, false", "example.com, EXAMPLE.com., true",
            "*.example.com, example.com, false"})
    void hostNamesMatchLikeBrowsersDo(String pattern, String host, boolean matches) {
        assertEquals(matches, HostNames.matches(pattern, host));
    }

    @Test
    void configRefusesWhatCannotBeChecked() {
        assertEquals("sorry.verify.urls", assertThrows(BadInputException.class, () -> VerifyConfig.parseUrls("/app/login")).where());
        assertEquals("sorry.verify.certWarnDays", assertThrows(BadInputException.class,
                () -> new VerifyConfig(VerifyConfig.parseUrls("https://a/"), 3, false, List.of(), null, null, null, null, 60, List.of())).where());
        assertEquals("sorry.verify.urls", assertThrows(BadInputException.class,
                () -> new VerifyConfig(List.of(), 30, false, List.of(), null, null, null, null, 60, List.of())).where());
        assertEquals(URI.create("https://a.example.com/"), VerifyConfig.parseUrls(" https://a.example.com ,").get(0));
    }

    @Test
    void referencesAreFoundInMarkupStyleAndStylesheets() {
        URI page = URI.create("https://example.com/app/login");
        List<AssetReference> refs = FindReferences.inHtml(page, "<link rel=stylesheet href=/s/a.css><img srcset=\"/i/a.png 1x, /i/b.png 2x\">"
                + "<div style=\"mask-image:url(https://cdn.example.net/m.svg)\"></div><img src=\"data:image/png;base64,AA\">");
        assertEquals(List.of("https://example.com/s/a.css STYLESHEET", "https://example.com/i/a.png OTHER", "https://example.com/i/b.png OTHER",
                "https://cdn.example.net/m.svg MASK"), refs.stream().map(r -> r.url() + " " + r.kind()).toList());
        List<AssetReference> css = FindReferences.inCss(URI.create("https://cdn.example.net/s/site.css"),
                "@import 'more.css'; @font-face{font-family:B;src:url(../f/b.woff2) format('woff2')} .x{-webkit-mask:url(m.svg)}");
        assertEquals(List.of("https://cdn.example.net/f/b.woff2 FONT", "https://cdn.example.net/s/m.svg MASK",
                "https://cdn.example.net/s/more.css STYLESHEET"), css.stream().map(r -> r.url() + " " + r.kind()).sorted().toList());
    }
}
