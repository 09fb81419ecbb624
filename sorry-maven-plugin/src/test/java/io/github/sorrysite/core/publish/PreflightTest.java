package io.github.sorrysite.core.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.RecordingListener;
import io.github.sorrysite.core.SorryException;
import io.github.sorrysite.core.publish.plan.ObjectHeaders;
import io.github.sorrysite.core.publish.plan.RemoteObject;
import io.github.sorrysite.core.publish.store.CdnInvalidator;
import io.github.sorrysite.core.publish.store.ObjectStore;
import io.github.sorrysite.core.site.BuildOutput;
import io.github.sorrysite.core.site.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read-only checks of the target and the CDN run while the local site is checked; what they
 * find is reported after the local checks, every problem listed, and nothing is uploaded.
 */
class PreflightTest {
    @TempDir
    Path project;

    private final RecordingListener log = new RecordingListener();
    private final AtomicInteger puts = new AtomicInteger();

    /** A target whose preflight finds one problem. */
    private final ObjectStore wrongRegion = new ObjectStore() {
        @Override public List<SorryException> preflight() {
            return List.of(new BadInputException("sorry.aws.region", "bucket 'sorry-bucket' is in eu-west-1, not in us-east-1", "set -Dsorry.aws.region=eu-west-1"));
        }
        @Override public List<RemoteObject> list() { return List.of(); }
        @Override public String digest(String key) { return null; }
        @Override public String put(String key, Path file, ObjectHeaders headers, String md5, String digest) {
            puts.incrementAndGet();
            return null;
        }
        @Override public void delete(List<String> keys) { }
    };

    /** A CDN whose client cannot be set up at all. */
    private final CdnInvalidator brokenCdn = new CdnInvalidator() {
        @Override public void ready() {
            throw new BadInputException("sorry.aws.profile", "the profile 'ci' has no credentials", "run aws sso login --profile ci");
        }
        @Override public String invalidate(String distributionId, List<String> paths, String callerReference) {
            throw new AssertionError("never invalidated");
        }
        @Override public String status(String distributionId, String invalidationId) {
            throw new AssertionError("never asked");
        }
    };

    private void publish(SiteConfig site) {
        PublishConfig config = PublishConfig.builder().target("s3://sorry-bucket/site").distributionIds("E2TESTDIST01").build();
        new Publisher(BuildOutput.of(site), config, wrongRegion, brokenCdn, log, new TestSites.FakePacer()).publish();
    }

    @Test
    void aCdnThatCannotBeSetUpIsListedBesideTheTargetsProblem() {
        SiteConfig site = TestSites.buildDefaultSite(project);

        BadInputException e = assertThrows(BadInputException.class, () -> publish(site));

        assertTrue(e.getMessage().contains("2 problems with the target or the CDN, listed above; nothing was uploaded"), e.getMessage());
        assertTrue(log.text().contains("bucket 'sorry-bucket' is in eu-west-1") && log.text().contains("the profile 'ci' has no credentials"), log.text());
        assertEquals(0, puts.get());
    }

    @Test
    void aLocalProblemIsReportedFirstEvenThoughTheChecksRanBesideIt() throws Exception {
        SiteConfig site = TestSites.buildDefaultSite(project);
        Files.writeString(site.siteDirectory().resolve("maintenance.html"), "<p>edited by hand</p>");

        BadInputException e = assertThrows(BadInputException.class, () -> publish(site));

        assertTrue(e.getMessage().contains("maintenance.html differs from the build"), e.getMessage());
        assertFalse(log.text().contains("eu-west-1"), log.text());
        assertEquals(0, puts.get());
    }
}
