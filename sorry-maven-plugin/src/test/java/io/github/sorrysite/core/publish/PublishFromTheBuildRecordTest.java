package io.github.sorrysite.core.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.common.JsonFields;
import io.github.sorrysite.core.common.JsonText;
import io.github.sorrysite.core.publish.store.LocalDirectoryObjectStore;
import io.github.sorrysite.core.site.BuildOutput;
import io.github.sorrysite.core.site.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bug this reproduces: {@code mvn sorry:build -Dsorry.contentPrefix=/assets/} then {@code sorry:publish}
 * with the default prefix planned the fingerprinted stylesheet as a page (max-age=60, invalidated,
 * uploaded with the pages). Publish now takes the prefix from the build's record, and has no
 * parameter of its own to disagree with it.
 */
class PublishFromTheBuildRecordTest {
    @TempDir
    Path project;

    @Test
    void assetsUnderAnotherContentPrefixAreStillAssets() throws Exception {
        SiteConfig site = TestSites.buildDefaultSiteWithPrefix(project, "/assets/", "");
        PublishConfig config = PublishConfig.builder().target(project.resolve("mirror").toUri().toString()).distributionIds("E2TESTDIST01")
                .dryRun(true).build();
        try (var store = new LocalDirectoryObjectStore(project.resolve("mirror"))) {
            new Publisher(BuildOutput.of(site), config, store, null, Events.SILENT, new TestSites.FakePacer()).publish();
        }

        JsonFields plan = JsonFields.of(JsonText.parse(Files.readAllBytes(project.resolve("target/sorry/publish-plan.json"))), "plan");
        List<JsonFields> uploads = plan.objects("uploads", u -> u);
        JsonFields css = uploads.stream().filter(u -> u.string("key").matches("assets/css/site\\.[a-z0-9]{7}\\.css")).findFirst()
                .orElseThrow(() -> new AssertionError("no fingerprinted stylesheet in " + uploads));
        assertEquals("assets", css.string("group"), "uploaded with the assets, before the pages");
        assertTrue(css.string("cacheControl").contains("immutable"), css.string("cacheControl"));
        assertFalse(css.bool("invalidate"), "a fingerprinted asset is never invalidated");
        int lastAsset = -1;
        int firstPage = Integer.MAX_VALUE;
        for (int i = 0; i < uploads.size(); i++) {
            if (uploads.get(i).string("group").equals("assets")) {
                lastAsset = i;
            } else {
                firstPage = Math.min(firstPage, i);
            }
        }
        assertTrue(lastAsset < firstPage, "every asset is planned before every page");
    }
}
