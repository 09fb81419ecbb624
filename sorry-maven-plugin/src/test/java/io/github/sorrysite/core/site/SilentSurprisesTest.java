package io.github.sorrysite.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.alb.AlbRuleConfig;
import io.github.sorrysite.core.inline.InlineConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the build would otherwise ignore without a word: unused front-matter keys, files no rule reads. */
class SilentSurprisesTest {
    @TempDir
    Path dir;

    private List<String> warnings(TestSite site) {
        return new SiteBuilder(site.config(), InlineConfig.defaults(), AlbRuleConfig.defaults(), Events.SILENT).build()
                .report().warnings();
    }

    @Test
    void aFrontMatterKeyNoTemplateUsesIsReportedWithTheNearestName() {
        TestSite site = TestSite.minimal(dir)
                .file("templates/partials/when.html", "{{#until}}<p>Back by {{.}}</p>{{/until}}")
                .file("templates/page.html", "<!doctype html><title>{{title}}</title>{{> when}}{{{content}}}<p>{{contact.url}}</p>")
                .file("site-src/pages/maintenance.md", "---\ntitle: Back soon\nuntill: 06:00\ncontact: x\nextra: y\n---\nDown.\n");
        List<String> warnings = warnings(site);
        assertTrue(warnings.contains("site-src/pages/maintenance.md: front-matter key 'untill' is not used by templates/page.html"
                + " or its partials, so it shows nowhere; did you mean 'until'?"), String.join("\n", warnings));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("'extra' is not used") && !w.contains("did you mean")),
                String.join("\n", warnings));
        assertTrue(warnings.stream().noneMatch(w -> w.contains("'contact'") || w.contains("'title'")), String.join("\n", warnings));
    }

    @Test
    void keysTheTemplateUsesAndDefaultsAreQuiet() {
        TestSite site = TestSite.minimal(dir)
                .file("templates/page.html", "<!doctype html><title>{{title}}</title>{{{content}}}{{^footer}}none{{/footer}}")
                .file("site-src/pages/maintenance.md", "---\ntitle: Back soon\nfooter: (c)\nstatus: 503\n---\nDown.\n");
        assertEquals(List.of(), warnings(site));
    }

    @Test
    void filesNoRuleReadsAreReported() {
        TestSite site = TestSite.minimal(dir)
                .file("site-src/notes.txt", "remember")
                .file("site-src/pages/hero.png", "png")
                .file("site-src/css/other.css", "a{}")
                .file("site-src/.DS_Store", "x")
                .file("site-src/pages/.gitkeep", "");
        List<String> warnings = warnings(site);
        assertEquals(3, warnings.size(), String.join("\n", warnings));
        assertTrue(warnings.get(0).startsWith("site-src/css/other.css is not used by the build: it reads only pages from"
                + " site-src/pages (*.md) and assets from site-src/sorrycontent"), warnings.get(0));
        assertTrue(warnings.get(1).startsWith("site-src/notes.txt is not used"), warnings.get(1));
        assertTrue(warnings.get(2).startsWith("site-src/pages/hero.png is not used"), warnings.get(2));
    }
}
