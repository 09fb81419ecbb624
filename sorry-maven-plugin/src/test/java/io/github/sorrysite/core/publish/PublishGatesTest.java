package io.github.sorrysite.core.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.RecordingListener;
import io.github.sorrysite.core.publish.apply.PublishResult;
import io.github.sorrysite.core.publish.store.LocalDirectoryObjectStore;
import io.github.sorrysite.core.site.BuildOutput;
import io.github.sorrysite.core.site.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publish checks the site against report.json and lints the pages before anything changes (issue 14, item 2). */
class PublishGatesTest {
    @TempDir
    Path project;

    private final RecordingListener log = new RecordingListener();

    private PublishResult publish(SiteConfig site, UnaryOperator<PublishConfig.Builder> settings) {
        PublishConfig config = settings.apply(PublishConfig.builder().target("file://" + project.resolve("mirror"))).build();
        try (var store = new LocalDirectoryObjectStore(project.resolve("mirror"))) {
            return new Publisher(BuildOutput.of(site), config, store, null, log, new TestSites.FakePacer()).publish();
        }
    }

    private String stylesheet(SiteConfig site) {
        return TestSites.keys(site.siteDirectory()).stream().filter(k -> k.startsWith("sorrycontent/css/site.")).findFirst().orElseThrow();
    }

    @Test
    void anAssetDeletedAfterTheBuildStopsThePublishBeforeAnyUpload() throws Exception {
        SiteConfig site = TestSites.buildDefaultSite(project);
        String css = stylesheet(site);
        Files.delete(site.siteDirectory().resolve(css));

        BadInputException e = assertThrows(BadInputException.class, () -> publish(site, c -> c));

        assertTrue(e.getMessage().contains("does not match target/sorry/report.json: "), e.getMessage());
        assertTrue(e.getMessage().contains(css + " is missing"), e.getMessage());
        assertTrue(e.getMessage().contains("is missing; nothing was uploaded"), e.getMessage());
        assertFalse(Files.exists(project.resolve("mirror")), "nothing published");
    }

    @Test
    void aPageChangedOrAFileAddedAfterTheBuildStopsItToo() throws Exception {
        SiteConfig site = TestSites.buildDefaultSite(project);
        Files.writeString(site.siteDirectory().resolve("maintenance.html"), "<p>edited by hand</p>");
        Files.writeString(site.siteDirectory().resolve("extra.html"), "<p>not built</p>");

        BadInputException e = assertThrows(BadInputException.class, () -> publish(site, c -> c));

        assertTrue(e.getMessage().contains("maintenance.html differs from the build"), e.getMessage());
        assertTrue(e.getMessage().contains("extra.html is not from the build"), e.getMessage());
        assertFalse(Files.exists(project.resolve("mirror")));
    }

    @Test
    void aPageLoadingFromTheFailedOriginOrOverHttpFailsLintBeforeAnyUpload() {
        TestSites.buildDefaultSite(project);
        TestSites.edit(project.resolve("site-src/pages/maintenance.md"), "maintenance",
                "maintenance <img src=\"/images/logo.png\" alt=\"\"> <img src=\"http://cdn.example.com/x.png\" alt=\"\">");
        SiteConfig site = TestSites.rebuild(project);

        BadInputException e = assertThrows(BadInputException.class, () -> publish(site, c -> c));

        assertTrue(e.getMessage().contains("2 lint errors in the pages to publish"), e.getMessage());
        assertTrue(log.text().contains("origin-path") && log.text().contains("mixed-content"), log.text());
        assertTrue(e.getMessage().contains("-Dsorry.publish.skipChecks=true"), e.getMessage());
        assertFalse(Files.exists(project.resolve("mirror")));
    }

    @Test
    void theOptOutPublishesWithAWarning() {
        TestSites.buildDefaultSite(project);
        TestSites.edit(project.resolve("site-src/pages/maintenance.md"), "maintenance", "maintenance <img src=\"/images/logo.png\" alt=\"\">");
        SiteConfig site = TestSites.rebuild(project);

        PublishResult result = publish(site, c -> c.skipChecks(true));

        assertEquals(TestSites.keys(site.siteDirectory()).size(), result.uploaded());
        assertTrue(log.text().contains("sorry.publish.skipChecks=true: the site is published without checking it"), log.text());
    }

    /**
     * The rules run on every page while the target is read, but only the pages the plan uploads
     * count: a page already up, unchanged, with a finding does not stop the publish of another page.
     */
    @Test
    void onlyThePagesThatGoUpAreJudged() {
        TestSites.buildDefaultSite(project);
        TestSites.edit(project.resolve("site-src/pages/maintenance.md"), "maintenance", "maintenance <img src=\"/images/logo.png\" alt=\"\">");
        publish(TestSites.rebuild(project), c -> c.skipChecks(true));
        TestSites.edit(project.resolve("site-src/pages/ja/maintenance.md"), "メンテナンス", "メンテナンス作業");
        SiteConfig site = TestSites.rebuild(project);
        log.lines.clear();
        log.events.clear();

        PublishResult result = publish(site, c -> c);

        assertEquals(1, result.uploaded(), log.text());
        assertFalse(log.text().contains("origin-path"), log.text());
    }
}
