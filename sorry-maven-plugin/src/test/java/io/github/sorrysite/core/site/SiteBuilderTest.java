package io.github.sorrysite.core.site;

import io.github.sorrysite.core.inline.InlineConfig;
import io.github.sorrysite.core.alb.AlbRuleConfig;
import io.github.sorrysite.core.common.Hashes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.Events;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {
    @TempDir
    Path dir;

    private SiteBuilder.Result build(TestSite site, SiteConfig config) {
        return new SiteBuilder(config, InlineConfig.defaults(), AlbRuleConfig.defaults(), Events.SILENT).build();
    }

    @Test
    void buildsPagesAndFingerprintedAssetsWithCdnUrls() {
        TestSite site = TestSite.minimal(dir);
        BuildReport report = build(site, site.config().withCdnBaseUrl("https://cdn.example.com/")).report();

        BuildReport.AssetEntry css = asset(report, "sorrycontent/css/site.css");
        BuildReport.AssetEntry bg = asset(report, "sorrycontent/img/bg.svg");
        BuildReport.AssetEntry logo = asset(report, "sorrycontent/img/logo.svg");
        assertTrue(css.output().matches("sorrycontent/css/site\\.[0-9a-hjkmnp-tv-z]{7}\\.css"), css.output());
        assertEquals(css.sha256(), Hashes.sha256(bytes("target/sorry/site/" + css.output())));

        String page = site.read("target/sorry/site/maintenance.html");
        assertTrue(page.contains("href=\"https://cdn.example.com/" + css.output() + "\""), page);
        assertTrue(page.contains("src=\"https://cdn.example.com/" + logo.output() + "\""), page);
        assertTrue(page.contains("<strong>down</strong>"), page);

        String stylesheet = site.read("target/sorry/site/" + css.output());
        assertEquals("body{background:url(https://cdn.example.com/" + bg.output() + ");transition:opacity 0s}", stylesheet);
    }

    /** Terraform normalises strings to NFC: a decomposed accent must already be composed in every artifact. */
    @Test
    void inlineBodiesAndTheirArtifactsAreNfc() {
        TestSite site = TestSite.minimal(dir);
        site.file("site-src/pages/maintenance.md", "---\ntitle: Cafe\u0301\n---\nWe are down at the cafe\u0301.\n");
        build(site, site.config());
        String body = site.read("target/sorry/alb/maintenance.html");
        assertTrue(body.contains("caf\u00e9") && !body.contains("e\u0301"), body);
        for (String artifact : List.of("alb/maintenance.json", "alb/maintenance.cli.json", "alb/sorry.tf", "alb/sorry.cfn.json",
                "alb/sorry.ingress.yaml")) {
            String text = site.read("target/sorry/" + artifact);
            assertFalse(text.contains("e\u0301"), artifact);
            assertTrue(java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC), artifact);
        }
    }

    @Test
    void aStylesheetsFingerprintFollowsTheAssetsItReferences() {
        TestSite site = TestSite.minimal(dir);
        String before = asset(build(site, site.config()).report(), "sorrycontent/css/site.css").output();
        site.file("site-src/sorrycontent/img/bg.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"5\" height=\"5\"/>");
        String after = asset(build(site, site.config()).report(), "sorrycontent/css/site.css").output();
        assertFalse(before.equals(after), "site.css references bg.svg by its hashed name, so its own name must change");
    }

    @Test
    void withoutCdnOrFingerprintUrlsStayRootRelative() {
        TestSite site = TestSite.minimal(dir);
        build(site, site.config().withFingerprint(false));
        String page = site.read("target/sorry/site/maintenance.html");
        assertTrue(page.contains("href=/sorrycontent/css/site.css") || page.contains("href=\"/sorrycontent/css/site.css\""), page);
        assertTrue(Files.exists(dir.resolve("target/sorry/site/sorrycontent/img/logo.svg")));
    }

    @Test
    void outputMirrorsTheSourcePathAndTheReportRecordsEveryPage() {
        TestSite site = TestSite.minimal(dir)
                .file("site-src/pages/ja/maintenance.md", "---\ntitle: メンテナンス中\nlang: ja\nstatus: 503\n---\nただいまメンテナンス中です。\n");
        build(site, site.config());
        BuildReport report = ReportJson.read(dir.resolve("target/sorry/report.json"));
        assertEquals(List.of("ja/maintenance.html", "maintenance.html"), report.pages().stream().map(BuildReport.PageEntry::output).toList());
        BuildReport.PageEntry ja = report.pages().get(0);
        assertEquals("pages/ja/maintenance.md", ja.source());
        assertEquals("ja", ja.lang());
        assertEquals(bytes("target/sorry/site/ja/maintenance.html").length, ja.bytes());
        assertTrue(site.read("target/sorry/site/ja/maintenance.html").contains("<html lang=ja>"));
    }

    @Test
    void frontMatterValuesReachTheTemplateEscapedAndDatesStayAsWritten() {
        TestSite site = TestSite.minimal(dir)
                .file("site-src/pages/maintenance.md", "---\ntitle: Back soon\nreason: \"DB <upgrade> & more\"\nuntil: 2026-11-22 06:00\n"
                        + "window:\n  from: 2026-11-22T03:00:00+09:00\n---\nbody\n")
                .file("templates/page.html", "<p>{{reason}}</p><p>{{until}}</p><p>{{window.from}}</p>{{#missing}}<p>never</p>{{/missing}}{{{content}}}");
        build(site, site.config());
        String page = site.read("target/sorry/site/maintenance.html");
        assertTrue(page.contains("<p>DB &lt;upgrade&gt; &amp; more</p>"), page);
        assertTrue(page.contains("<p>2026-11-22 06:00</p>"), page);
        assertTrue(page.contains("<p>2026-11-22T03:00:00+09:00</p>"), page);
        assertFalse(page.contains("never"), page);
    }

    @Test
    void partialsComeFromTemplatesPartials() {
        TestSite site = TestSite.minimal(dir)
                .file("templates/partials/foot.html", "<footer>{{title}}</footer>")
                .file("templates/page.html", "<main>{{{content}}}</main>{{> foot}}");
        build(site, site.config());
        assertTrue(site.read("target/sorry/site/maintenance.html").contains("<footer>Back soon</footer>"));
    }

    @Test
    void malformedFrontMatterNamesFileAndLine() {
        TestSite site = TestSite.minimal(dir).file("site-src/pages/maintenance.md", "---\ntitle: ok\nreason: [unclosed\n---\nbody\n");
        BadInputException e = assertThrows(BadInputException.class, () -> build(site, site.config()));
        assertTrue(e.getMessage().startsWith("site-src/pages/maintenance.md:"), e.getMessage());
        assertTrue(e.getMessage().contains("malformed front matter"), e.getMessage());
        int line = Integer.parseInt(e.where().substring(e.where().lastIndexOf(':') + 1));
        assertTrue(line >= 3 && line <= 5, "line " + line + " should point at or just after 'reason: [unclosed' (line 3)");
    }

    @Test
    void frontMatterThatIsNeverClosedIsAnError() {
        TestSite site = TestSite.minimal(dir).file("site-src/pages/maintenance.md", "---\ntitle: ok\n\nbody\n");
        BadInputException e = assertThrows(BadInputException.class, () -> build(site, site.config()));
        assertEquals("site-src/pages/maintenance.md:1", e.where());
    }

    @Test
    void unknownTemplateListsTheAvailableOnes() {
        TestSite site = TestSite.minimal(dir).file("site-src/pages/maintenance.md", "---\ntitle: x\ntemplate: fancy\n---\nbody\n");
        BadInputException e = assertThrows(BadInputException.class, () -> build(site, site.config()));
        assertEquals("site-src/pages/maintenance.md", e.where());
        assertTrue(e.getMessage().contains("templates/fancy.html does not exist (available: page)"), e.getMessage());
    }

    @Test
    void missingAssetNamesPageAndReferenceAndWritesNothing() throws IOException {
        TestSite site = TestSite.minimal(dir);
        build(site, site.config());
        String previous = site.read("target/sorry/site/maintenance.html");
        site.file("templates/page.html", "<img src=\"/sorrycontent/img/nope.png\" alt=\"\">{{{content}}}");

        BadInputException e = assertThrows(BadInputException.class, () -> build(site, site.config()));
        assertEquals("site-src/pages/maintenance.md", e.where());
        assertTrue(e.getMessage().contains("references /sorrycontent/img/nope.png, but site-src/sorrycontent/img/nope.png does not exist"), e.getMessage());
        assertEquals(previous, site.read("target/sorry/site/maintenance.html"), "the previous build must stay intact");
        try (Stream<Path> entries = Files.list(dir.resolve("target/sorry"))) {
            List<String> names = entries.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.contains("site") && names.contains("report.json"), names.toString());
            assertTrue(names.stream().noneMatch(n -> n.startsWith(".")), "no staging leftovers: " + names);
        }
    }

    @Test
    void missingAssetReferencedFromCssNamesTheStylesheet() {
        TestSite site = TestSite.minimal(dir).file("site-src/sorrycontent/css/site.css", "@font-face { font-family: X; src: url(/sorrycontent/fonts/x.woff2) }");
        BadInputException e = assertThrows(BadInputException.class, () -> build(site, site.config()));
        assertEquals("site-src/sorrycontent/css/site.css", e.where());
        assertFalse(Files.exists(dir.resolve("target/sorry/site")));
    }

    @Test
    void nonUtf8SourceIsRejectedWithItsName() {
        TestSite site = TestSite.minimal(dir).bytes("site-src/pages/maintenance.md",
                new byte[] {'-', '-', '-', '\n', 't', 'i', 't', 'l', 'e', ':', ' ', (byte) 0x83, (byte) 0x81, '\n', '-', '-', '-', '\n'});
        BadInputException e = assertThrows(BadInputException.class, () -> build(site, site.config()));
        assertEquals("site-src/pages/maintenance.md:2", e.where());
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void anUnreadablePageIsAnErrorNotSkipped() throws IOException {
        TestSite site = TestSite.minimal(dir);
        Files.createSymbolicLink(dir.resolve("site-src/pages/gone.md"), dir.resolve("nowhere/gone.md"));
        BadInputException e = assertThrows(BadInputException.class, () -> build(site, site.config()));
        assertEquals("site-src/pages/gone.md", e.where());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void importCyclesAreRefused() {
        TestSite site = TestSite.minimal(dir)
                .file("site-src/sorrycontent/css/site.css", "@import \"a.css\";")
                .file("site-src/sorrycontent/css/a.css", "@import \"site.css\";");
        BadInputException e = assertThrows(BadInputException.class, () -> build(site, site.config()));
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
    }

    @Test
    void aPageNeedsATitle() {
        TestSite site = TestSite.minimal(dir).file("site-src/pages/maintenance.md", "no heading here\n");
        BadInputException e = assertThrows(BadInputException.class, () -> build(site, site.config()));
        assertTrue(e.getMessage().contains("has no title"), e.getMessage());
    }

    @Test
    void theTitleDefaultsToTheFirstHeading() {
        TestSite site = TestSite.minimal(dir).file("site-src/pages/maintenance.md", "# Down for a bit\n\ntext\n");
        assertEquals("Down for a bit", build(site, site.config()).report().pages().get(0).title());
    }

    @Test
    void statusMustBeAnHttpStatus() {
        TestSite site = TestSite.minimal(dir).file("site-src/pages/maintenance.md", "---\ntitle: x\nstatus: soon\n---\n");
        BadInputException e = assertThrows(BadInputException.class, () -> build(site, site.config()));
        assertTrue(e.getMessage().contains("status 'soon' is not an HTTP status code"), e.getMessage());
    }

    @Test
    void relativeReferencesInPagesAreLeftAloneButWarned() {
        TestSite site = TestSite.minimal(dir).file("templates/page.html", "<img src=\"sorrycontent/img/logo.svg\" alt=\"\">{{{content}}}");
        BuildReport report = build(site, site.config()).report();
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("relative reference 'sorrycontent/img/logo.svg'")), report.warnings().toString());
    }

    @Test
    void configRejectsARelativeCdnBaseUrl() {
        BadInputException e = assertThrows(BadInputException.class, () -> SiteConfig.defaults(dir).withCdnBaseUrl("cdn.example.com"));
        assertEquals("sorry.cdnBaseUrl", e.where());
    }

    private byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(dir.resolve(relative));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BuildReport.AssetEntry asset(BuildReport report, String source) {
        return report.assets().stream().filter(a -> a.source().equals(source)).findFirst().orElseThrow();
    }
}
