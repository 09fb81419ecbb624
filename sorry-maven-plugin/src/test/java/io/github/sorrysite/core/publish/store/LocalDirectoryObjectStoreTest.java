package io.github.sorrysite.core.publish.store;

import io.github.sorrysite.core.publish.PublishTarget;
import io.github.sorrysite.core.site.BuildOutput;
import io.github.sorrysite.core.publish.PublishConfig;
import io.github.sorrysite.core.publish.Publisher;
import io.github.sorrysite.core.publish.TestSites;
import io.github.sorrysite.core.publish.apply.PublishResult;
import io.github.sorrysite.core.publish.planner.CacheControlPolicy;
import io.github.sorrysite.core.RecordingListener;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.site.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file:// target through the whole publish: same plan, same change detection as S3. */
class LocalDirectoryObjectStoreTest {
    @TempDir
    Path project;

    private final RecordingListener log = new RecordingListener();

    private PublishResult publish(SiteConfig site, PublishConfig config) {
        try (var store = new LocalDirectoryObjectStore(((PublishTarget.Directory) config.target()).directory())) {
            return new Publisher(BuildOutput.of(site), config, store, null, log, new TestSites.FakePacer()).publish();
        }
    }

    @Test
    void mirrorsTheSiteAndDetectsHeaderChangesAndStaleFiles() throws Exception {
        SiteConfig site = TestSites.buildDefaultSite(project);
        Path mirror = project.resolve("mirror");
        PublishConfig.Builder config = PublishConfig.builder().target(mirror.toUri().toString());
        List<String> keys = TestSites.keys(site.siteDirectory());

        assertEquals(keys.size(), publish(site, config.build()).uploaded());
        List<String> mirrored = TestSites.keys(mirror).stream().filter(k -> !k.equals(LocalDirectoryObjectStore.MANIFEST)).toList();
        assertEquals(keys, mirrored);
        var store = new LocalDirectoryObjectStore(mirror);
        assertEquals("max-age=60", store.entry("maintenance.html").cacheControl());
        assertEquals("text/html; charset=utf-8", store.entry("maintenance.html").contentType());
        assertFalse(store.list().stream().anyMatch(o -> o.key().equals(LocalDirectoryObjectStore.MANIFEST)), "the manifest is not an object");

        assertEquals(0, publish(site, config.build()).uploaded());

        PublishResult headers = publish(site, config.cacheControl(new CacheControlPolicy(List.of(), "no-store",
                CacheControlPolicy.DEFAULT_FINGERPRINTED, CacheControlPolicy.DEFAULT_ASSETS)).build());
        assertEquals(2, headers.uploaded());
        assertTrue(log.text().contains("headers changed"), log.text());

        Files.createDirectories(mirror.resolve("old/deeper"));
        Files.writeString(mirror.resolve("old/deeper/page.html"), "old");
        PublishResult deleted = publish(site, config.deleteStale(true).build());
        assertEquals(1, deleted.deleted());
        assertFalse(Files.exists(mirror.resolve("old")), "emptied directories go too");
        assertNull(new LocalDirectoryObjectStore(mirror).digest("old/deeper/page.html"));
    }
}
