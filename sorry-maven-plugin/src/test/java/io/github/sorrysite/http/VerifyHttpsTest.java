package io.github.sorrysite.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.alb.AlbRuleConfig;
import io.github.sorrysite.core.inline.InlineConfig;
import io.github.sorrysite.core.publish.TestSites;
import io.github.sorrysite.core.site.BuildOutput;
import io.github.sorrysite.core.site.SiteBuilder;
import io.github.sorrysite.core.site.SiteConfig;
import io.github.sorrysite.core.verify.Check;
import io.github.sorrysite.core.verify.ExpectedSite;
import io.github.sorrysite.core.verify.Verifier;
import io.github.sorrysite.core.verify.VerifyConfig;
import io.github.sorrysite.core.verify.VerifyPorts;
import io.github.sorrysite.core.verify.VerifyResult;
import io.github.sorrysite.core.verify.VerifyText;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sorry:verify's HTTP, asset and TLS checks against real HTTPS servers (the JDK's HttpsServer on
 * 127.0.0.1) with certificates from a private CA made by openssl, read through the real adapters.
 */
class VerifyHttpsTest {
    @TempDir
    static Path dir;
    static TestCertificates certs;
    static Path good;
    static Path expiring;

    @BeforeAll
    static void certificates() throws Exception {
        Files.createDirectories(dir.resolve("certs"));
        certs = TestCertificates.ca(dir.resolve("certs"));
        good = certs.server("good", 90);
        expiring = certs.server("expiring", 5);
    }

    @Test
    void aWellServedSiteWithACertificateForNinetyDaysPasses(@TempDir Path project) throws Exception {
        SiteConfig site = TestSites.buildDefaultSite(project);
        try (SorryHttpsServer server = new SorryHttpsServer(TestCertificates.serverContext(good), site.siteDirectory())) {
            VerifyResult result = verify(site, server.origin() + "/app/login", server.origin() + "/ja/app/login");
            print(result);
            assertFalse(result.failed(true), result.summary());
            assertTrue(result.checks().stream().anyMatch(c -> c.link().equals("tls") && c.message().contains("in 90 days")), result.summary());
            assertTrue(result.checks().stream().anyMatch(c -> c.link().equals("asset")), "assets were checked");
            assertTrue(result.checks().stream().anyMatch(c -> c.message().contains("ja/maintenance.html")), "the ja page was served for /ja/");
        }
    }

    @Test
    void aCertificateThatExpiresInFiveDaysFailsNamingTheHostAndTheDays(@TempDir Path project) throws Exception {
        SiteConfig site = TestSites.buildDefaultSite(project);
        try (SorryHttpsServer server = new SorryHttpsServer(TestCertificates.serverContext(expiring), site.siteDirectory())) {
            VerifyResult result = verify(site, server.origin() + "/app/login");
            print(result);
            assertTrue(result.failed(false));
            Check tls = errors(result).stream().filter(c -> c.link().equals("tls")).findFirst().orElseThrow();
            assertTrue(tls.message().contains("127.0.0.1") && tls.message().contains("in 5 days"), tls.message());
            assertTrue(tls.fix().contains("renew"), tls.fix());
            assertEquals(List.of("tls"), result.brokenLinks(), "only the certificate is broken");
        }
    }

    @Test
    void anOriginCertificateThatExpiresInFiveDaysFailsThoughNoUrlIsFetchedFromIt(@TempDir Path project) throws Exception {
        // The seeds' CloudFront 502: the origin's certificate ran out while the page URLs looked fine.
        SiteConfig site = TestSites.buildDefaultSite(project);
        try (SorryHttpsServer origin = new SorryHttpsServer(TestCertificates.serverContext(expiring), site.siteDirectory())) {
            String hostPort = URI.create(origin.origin()).getHost() + ":" + URI.create(origin.origin()).getPort();
            BuildOutput build = BuildOutput.of(site);
            VerifyConfig config = new VerifyConfig(List.of(), 30, false, List.of(), null, null, null, null, 60, List.of(hostPort));
            VerifyPorts ports = VerifyPorts.web(new JdkHttpFetcher(certs.clientContext(), Duration.ofSeconds(10)),
                    new SocketTlsInspector(certs.trust(), 10_000));
            VerifyResult result = new Verifier(config, ExpectedSite.of(build, build.report("sorry:verify")), ports, Instant.now()).verify();
            print(result);
            Check tls = errors(result).stream().filter(c -> c.link().equals("tls")).findFirst().orElseThrow();
            assertTrue(tls.subject().equals(hostPort) && tls.message().contains("in 5 days"), tls.subject() + ": " + tls.message());
        }
    }

    @Test
    void oneErrorPageForEveryLocaleFailsForTheJapaneseUrl(@TempDir Path project) throws Exception {
        SiteConfig site = TestSites.buildDefaultSite(project);
        try (SorryHttpsServer server = new SorryHttpsServer(TestCertificates.serverContext(good), site.siteDirectory())) {
            server.localePages = false;
            VerifyResult result = verify(site, server.origin() + "/ja/app/login");
            Check wrong = errors(result).get(0);
            assertTrue(wrong.message().contains("serves maintenance.html") && wrong.message().contains("'ja'"), wrong.message());
            assertTrue(wrong.fix().contains("viewer-request function"), wrong.fix());
        }
    }

    @Test
    void s3sForbiddenForADeepUrlFailsWithTheStatusAndTheFix(@TempDir Path project) throws Exception {
        SiteConfig site = TestSites.buildDefaultSite(project);
        try (SorryHttpsServer server = new SorryHttpsServer(TestCertificates.serverContext(good), site.siteDirectory())) {
            server.pageStatus = 403;
            server.pageCacheControl = null;
            VerifyResult result = verify(site, server.origin() + "/app/login");
            Check status = errors(result).stream().filter(c -> c.message().startsWith("status 403")).findFirst().orElseThrow();
            assertTrue(status.fix().contains("map 403 and 404 to the page with 503"), status.fix());
            assertTrue(result.checks().stream().anyMatch(c -> c.status() == Check.Status.WARNING && c.message().startsWith("no Cache-Control")));
        }
    }

    @Test
    void aFontOnTheCdnWithoutCorsForThePageOriginWarns(@TempDir Path project) throws Exception {
        SiteConfig built = TestSites.buildDefaultSite(project);
        Files.createDirectories(project.resolve("site-src/sorrycontent/fonts"));
        Files.write(project.resolve("site-src/sorrycontent/fonts/brand.woff2"), new byte[] {'w', 'O', 'F', '2', 0, 1, 0, 0});
        TestSites.append(project.resolve("site-src/sorrycontent/css/site.css"),
                "\n@font-face { font-family: Brand; src: url(../fonts/brand.woff2) format(\"woff2\"); }\nbody { font-family: Brand, sans-serif; }\n");
        try (SorryHttpsServer cdn = new SorryHttpsServer(TestCertificates.serverContext(good), built.siteDirectory());
             SorryHttpsServer app = new SorryHttpsServer(TestCertificates.serverContext(good), built.siteDirectory())) {
            SiteConfig site = built.withCdnBaseUrl(cdn.origin());
            new SiteBuilder(site, InlineConfig.defaults(), AlbRuleConfig.defaults(), Events.SILENT).build();

            VerifyResult without = verify(site, app.origin() + "/app/login");
            print(without);
            Check font = without.checks().stream().filter(c -> c.status() == Check.Status.WARNING).findFirst().orElseThrow();
            assertTrue(font.subject().startsWith(cdn.origin() + "/sorrycontent/fonts/brand.") && font.message().contains(app.origin()),
                    font.subject() + ": " + font.message());
            assertTrue(font.fix().contains("response headers policy"), font.fix());
            assertFalse(without.failed(false), "a missing CORS header warns, it does not fail: " + without.summary());
            assertTrue(without.failed(true), "sorry.verify.failOnWarning fails it");

            cdn.assetHeaders.put("Access-Control-Allow-Origin", "*");
            VerifyResult with = verify(site, app.origin() + "/app/login");
            assertFalse(with.failed(true), with.summary());
        }
    }

    private static VerifyResult verify(SiteConfig site, String... urls) {
        BuildOutput build = BuildOutput.of(site);
        VerifyConfig config = new VerifyConfig(VerifyConfig.parseUrls(String.join(",", urls)), 30, false, List.of(), null, null, null, null, 60, List.of());
        VerifyPorts ports = VerifyPorts.web(new JdkHttpFetcher(certs.clientContext(), Duration.ofSeconds(10)),
                new SocketTlsInspector(certs.trust(), 10_000));
        return new Verifier(config, ExpectedSite.of(build, build.report("sorry:verify")), ports, Instant.now()).verify();
    }

    private static List<Check> errors(VerifyResult result) {
        return result.checks().stream().filter(c -> c.status() == Check.Status.ERROR).toList();
    }

    private static void print(VerifyResult result) {
        System.out.println(result.checks().stream().map(c -> VerifyText.line(c) + (c.fix().isEmpty() ? "" : "\n" + VerifyText.fix(c)))
                .collect(Collectors.joining("\n")) + "\n" + result.summary());
    }
}
