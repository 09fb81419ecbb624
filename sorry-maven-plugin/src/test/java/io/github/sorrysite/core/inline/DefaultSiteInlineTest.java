package io.github.sorrysite.core.inline;

import io.github.sorrysite.core.inline.InlineConfig;
import io.github.sorrysite.core.alb.AlbRuleConfig;
import io.github.sorrysite.core.RecordingListener;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.site.SiteBuilder;
import io.github.sorrysite.core.site.SiteConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The repository's default site (../site-src, ../templates) through the whole build, inline stage included. */
class DefaultSiteInlineTest {
    static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    static final String CDN = "https://d111111abcdef8.cloudfront.net";

    @TempDir
    Path out;

    SiteConfig config(String cdn) {
        return SiteConfig.defaults(PROJECT).withOutputDirectory(out).withCdnBaseUrl(cdn);
    }

    String body(String page) throws IOException {
        return Files.readString(out.resolve("alb").resolve(page), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "CDN base ''{0}''")
    @ValueSource(strings = {"", CDN})
    void defaultPagesFitInCharsAndBytes(String cdn) throws IOException {
        new SiteBuilder(config(cdn), InlineConfig.defaults(), AlbRuleConfig.defaults(), Events.SILENT).build();
        for (String page : List.of("maintenance.html", "ja/maintenance.html")) {
            BodySize size = BodySize.of(body(page));
            assertTrue(size.chars() <= 1024 && size.bytes() <= 1024, page + ": " + size);
        }
        // 90% of the 829 characters Parcel + html-minifier-terser give for a Japanese cdn-linked page
        assertTrue(BodySize.of(body("ja/maintenance.html")).chars() <= 746, BodySize.of(body("ja/maintenance.html")).toString());
    }

    @Test
    void autoPicksCdnLinkedAndSaysWhy() throws IOException {
        RecordingListener log = new RecordingListener();
        new SiteBuilder(config(CDN), InlineConfig.defaults(), AlbRuleConfig.defaults(), log).build();
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("INFO   alb/ja/maintenance.html: cdn-linked,")
                && l.contains("self-contained needs")), String.join("\n", log.lines));
        String ja = body("ja/maintenance.html");
        assertTrue(ja.startsWith("<!doctype html><html lang=ja><meta charset=utf-8>"), ja);
        Document document = Jsoup.parse(ja);
        // The CDN prefix is written once, in <base href>; URLs resolve against it as in a browser.
        assertEquals(CDN + "/sorrycontent/", document.selectFirst("base").attr("href"));
        String href = document.selectFirst("link[rel=stylesheet]").absUrl("href");
        assertTrue(href.startsWith(CDN + "/sorrycontent/alb."), href);
        Path css = out.resolve("site").resolve(href.substring(CDN.length() + 1));
        assertTrue(Files.isRegularFile(css), "the reduced stylesheet is built into the site, so publish uploads it");
        assertTrue(Files.readString(out.resolve("report.json")).contains(href.substring(CDN.length() + 1)));
        assertTrue(document.select("script, meta[name=robots]").isEmpty());
        // Only an inline icon may stay: it stops the browser asking the ALB host for /favicon.ico.
        assertTrue(document.select("link[rel=icon]").eachAttr("href").stream().allMatch(h -> h.startsWith("data:")));
        assertEquals(document.title(), "ただいまメンテナンス中です");
        assertTrue(document.selectFirst("img").absUrl("src").startsWith(CDN + "/sorrycontent/img/logo."));
        for (String file : List.of("ja/maintenance.json", "ja/maintenance.cli.json", "ja/maintenance.accept-language.cli.json",
                "maintenance.json", "maintenance.cli.json", "sorry.tf", "sorry.cfn.json", "sorry.ingress.yaml")) {
            assertTrue(Files.isRegularFile(out.resolve("alb/" + file)), file);
        }
    }

    @Test
    void reducedStylesheetDropsWhatTheEnglishPageDoesNotUse() throws IOException {
        new SiteBuilder(config(CDN), InlineConfig.defaults(), AlbRuleConfig.defaults(), Events.SILENT).build();
        String href = Jsoup.parse(body("maintenance.html")).selectFirst("link[rel=stylesheet]").absUrl("href");
        String css = Files.readString(out.resolve("site").resolve(href.substring(CDN.length() + 1)));
        assertFalse(css.contains(":lang(ja)"), css);
        assertFalse(css.contains("dl:empty"), css);
        assertTrue(css.contains("@keyframes a{") && css.contains("animation:a 4s"), css); // progress, shortened
        assertTrue(css.contains("main:before"), css);
    }

    @Test
    void explicitSelfContainedOverBudgetFailsWithBreakdownAndWritesNothing() {
        InlineConfig strict = InlineConfig.defaults().withStrategy(InlineStrategy.SELF_CONTAINED);
        BadInputException e = assertThrows(BadInputException.class,
                () -> new SiteBuilder(config(CDN), strict, AlbRuleConfig.defaults(), Events.SILENT).build());
        assertTrue(e.getMessage().contains("budget of 1024 chars"), e.getMessage());
        assertTrue(e.getMessage().contains("largest elements:"), e.getMessage());
        assertTrue(e.getMessage().contains("largest CSS rules:"), e.getMessage());
        assertTrue(e.getMessage().matches("(?s).*self-contained: \\d+ chars / \\d+ bytes.*, \\d+ chars over 1024.*"), e.getMessage());
        assertTrue(e.getMessage().contains("sorry.inline.strategy=auto"), e.getMessage());
        assertFalse(Files.exists(out.resolve("alb")), "a failed build writes nothing");
        assertFalse(Files.exists(out.resolve("site")), "a failed build writes nothing");
    }

    @Test
    void stylesheetsAndStyleBlocksMergeWithImportsFirst() {
        String html = "<!doctype html><html><head><title>T</title><style>p{margin:0}</style>"
                + "<link rel=stylesheet href=/b.css media=print><link rel=stylesheet href=https://fonts.example.org/f.css></head>"
                + "<body><p>x</p></body></html>";
        BuildInline inline = new BuildInline(new BuildInline.Site(CDN, "/sorrycontent/", true,
                href -> href.equals("/b.css") ? "@import url(https://cdn.test/x.css);p{color:red}" : null),
                InlineConfig.defaults(), Events.SILENT);
        assertEquals("<!doctype html><title>T</title><link rel=stylesheet href=https://fonts.example.org/f.css>"
                + "<style>@import url(https://cdn.test/x.css) print;p{margin:0}@media print{p{color:red}}</style><p>x",
                inline.candidate(InlineStrategy.SELF_CONTAINED, "x.html", html).html());
    }

    @Test
    void autoTakesSelfContainedWhenItFits() {
        RecordingListener log = new RecordingListener();
        BuildInline inline = new BuildInline(new BuildInline.Site("", "/sorrycontent/", true,
                href -> href.equals("/sorrycontent/s.css") ? "body{margin:0}h1{color:#c00}.unused{color:red}" : null),
                InlineConfig.defaults(), log);
        InlineBody body = inline.build("down.html", 503, "<!doctype html><html lang=en><head><title>Down</title>"
                + "<link rel=stylesheet href=/sorrycontent/s.css></head><body><h1>Down</h1></body></html>");
        assertEquals(InlineStrategy.SELF_CONTAINED, body.strategy());
        assertEquals("<!doctype html><html lang=en><title>Down</title><style>body{margin:0}h1{color:#c00}</style><h1>Down</h1>",
                body.html());
        assertTrue(log.lines.contains("INFO   alb/down.html: self-contained, 104 chars / 104 bytes (fits)"), log.lines.toString());
    }

    @Test
    void classAttributeSelectorsKeepClassNames() {
        BuildInline inline = new BuildInline(new BuildInline.Site("", "/sorrycontent/", true,
                href -> "[class*=icon-]{width:1em}.box{padding:0}"), InlineConfig.defaults(), Events.SILENT);
        String body = inline.candidate(InlineStrategy.SELF_CONTAINED, "x.html",
                "<html><head><link rel=stylesheet href=/s.css></head><body><div class=\"box icon-x\">x</div></body></html>").html();
        assertEquals("<!doctype html><style>[class*=icon-]{width:1em}.box{padding:0}</style><div class=\"box icon-x\">x</div>", body);
    }

    @Test
    void noneMakesNoInlineVariant() throws IOException {
        new SiteBuilder(config(CDN), InlineConfig.defaults().withStrategy(InlineStrategy.NONE), AlbRuleConfig.defaults(), Events.SILENT).build();
        assertFalse(Files.exists(out.resolve("alb")));
        assertTrue(Files.isRegularFile(out.resolve("site/maintenance.html")));
        assertFalse(Files.readString(out.resolve("report.json")).contains("alb-"), "no reduced stylesheet either");
    }

    @Test
    void frameNeedsACdnBase() throws IOException {
        InlineConfig frame = InlineConfig.defaults().withStrategy(InlineStrategy.FRAME);
        BadInputException e = assertThrows(BadInputException.class, () -> new SiteBuilder(config(""), frame, AlbRuleConfig.defaults(), Events.SILENT).build());
        assertTrue(e.getMessage().contains("sorry.cdnBaseUrl"), e.getMessage());
        new SiteBuilder(config(CDN), frame, AlbRuleConfig.defaults(), Events.SILENT).build();
        Document document = Jsoup.parse(body("ja/maintenance.html"));
        assertEquals(CDN + "/ja/maintenance.html", document.selectFirst("object").attr("data"));
        assertEquals("ただいまメンテナンス中です", document.selectFirst("object > h1").text(), "the title is the fallback content");
        assertTrue(document.select("object > p").text().contains("いつもご利用いただきありがとうございます。"), "so is the text");
        assertTrue(document.select("object > p").text().contains("終了予定: 2026年11月22日"), "and the details");
        assertTrue(body("ja/maintenance.html").contains("<meta charset=utf-8>"));
    }

    @Test
    void bytesBudgetIsEnforced() {
        InlineConfig tight = InlineConfig.defaults().withStrategy(InlineStrategy.CDN_LINKED).withBudget(600, BudgetUnit.BYTES);
        BadInputException e = assertThrows(BadInputException.class, () -> new SiteBuilder(config(CDN), tight, AlbRuleConfig.defaults(), Events.SILENT).build());
        assertTrue(e.getMessage().contains("budget of 600 bytes"), e.getMessage());
        assertTrue(e.getMessage().contains("budgetUnit=chars"), e.getMessage());
    }

    @Test
    void selfContainedCarriesTheReducedCssInOneStyle() {
        String html = "<!doctype html><html lang=en><head><title>T</title><link rel=stylesheet href=/s.css>"
                + "<script src=/x.js></script><!-- c --></head><body><main class=\"card unused\" id=x data-y=1><p>Hello</p></main></body></html>";
        BuildInline inline = new BuildInline(new BuildInline.Site(CDN, "/sorrycontent/", true,
                href -> href.equals("/s.css") ? ".card{padding:1rem}.other{color:red}p{margin:0}" : null),
                InlineConfig.defaults(), Events.SILENT);
        String body = inline.candidate(InlineStrategy.SELF_CONTAINED, "x.html", html).html();
        assertEquals("<!doctype html><html lang=en><title>T</title><style>.a{padding:1rem}p{margin:0}</style>"
                + "<main class=a><p>Hello</main>", body);
    }
}
