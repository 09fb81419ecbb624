package io.github.sorrysite.aws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.RecordingListener;
import io.github.sorrysite.core.SorryException;
import io.github.sorrysite.core.common.Pacer;
import io.github.sorrysite.core.publish.PublishConfig;
import io.github.sorrysite.core.publish.PublishTarget;
import io.github.sorrysite.core.publish.Publisher;
import io.github.sorrysite.core.publish.RecordingCdn;
import io.github.sorrysite.core.publish.TestSites;
import io.github.sorrysite.core.publish.apply.PublishResult;
import io.github.sorrysite.core.publish.plan.ObjectHeaders;
import io.github.sorrysite.core.publish.store.ObjectStore;
import io.github.sorrysite.core.settings.AwsSettings;
import io.github.sorrysite.core.site.BuildOutput;
import io.github.sorrysite.core.site.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The publish cycle of the default site against one S3-compatible server that nobody here wrote,
 * through the real SDK with the plugin's default settings. After every publish the bucket's bytes
 * are compared with the built files.
 */
abstract class S3CompatibleStoreContract {
    private static int buckets;

    @TempDir
    Path project;

    SiteConfig site;
    String bucket;
    S3Client s3;
    final RecordingCdn cdn = new RecordingCdn();
    final RecordingListener log = new RecordingListener();

    /** The running server's endpoint. */
    abstract String endpoint();

    abstract String accessKey();

    abstract String secretKey();

    /** Whether the server honours {@code If-None-Match: *} on PUT (moto 5.2 and s3proxy 4.1 do; s3rver ignores it, so its lock takes the fallback). */
    abstract boolean conditionalWrites();

    AwsSettings aws() {
        return AwsSettings.builder().endpoint(endpoint()).region("us-east-1").build();
    }

    StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey(), secretKey()));
    }

    @BeforeEach
    void setUpBucket() {
        s3 = TestS3Clients.s3(aws(), 4, credentials(), true);
        bucket = "contract-" + getClass().getSimpleName().toLowerCase().replaceAll("[^a-z0-9]", "") + "-" + (++buckets) + "-"
                + System.nanoTime() % 100000;
        s3.createBucket(b -> b.bucket(bucket));
        site = TestSites.buildDefaultSite(project);
    }

    PublishConfig.Builder config() {
        return PublishConfig.builder().target("s3://" + bucket + "/site").distributionIds("E2TESTDIST01");
    }

    PublishResult publish(UnaryOperator<PublishConfig.Builder> settings) {
        return publish(settings, new TestSites.FakePacer(), log);
    }

    PublishResult publish(UnaryOperator<PublishConfig.Builder> settings, Pacer pacer, Events events) {
        PublishConfig config = settings.apply(config()).build();
        try (S3ObjectStore store = S3ObjectStore.create((PublishTarget.S3) config.target(), aws(), 4, credentials())) {
            return new Publisher(BuildOutput.of(site), config, store, cdn, events, pacer).publish();
        }
    }

    /** Every object under site/ but the control objects, with its bytes. */
    Map<String, byte[]> bucketBytes() {
        Map<String, byte[]> objects = new TreeMap<>();
        for (S3Object o : s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix("site/")).contents()) {
            if (!o.key().startsWith("site/.sorry-publish/")) {
                objects.put(o.key().substring("site/".length()), s3.getObjectAsBytes(r -> r.bucket(bucket).key(o.key())).asByteArray());
            }
        }
        return objects;
    }

    /** The bucket holds exactly the built files, byte for byte (plus {@code extra}). */
    void assertBucketIsTheBuild(String... extra) throws Exception {
        Map<String, byte[]> objects = bucketBytes();
        List<String> expected = new ArrayList<>(TestSites.keys(site.siteDirectory()));
        expected.addAll(List.of(extra));
        assertEquals(expected.stream().sorted().toList(), List.copyOf(objects.keySet()));
        for (String key : TestSites.keys(site.siteDirectory())) {
            assertArrayEquals(Files.readAllBytes(site.siteDirectory().resolve(key)), objects.get(key), key + " differs from the build");
        }
    }

    @Test
    void firstPublishThenUnchangedThenOnePageChanged() throws Exception {
        PublishResult first = publish(c -> c);
        assertEquals(TestSites.keys(site.siteDirectory()).size(), first.uploaded());
        assertBucketIsTheBuild();
        assertEquals(!conditionalWrites(), log.text().contains("does not honour If-None-Match"), log.text());
        byte[] manifest = s3.getObjectAsBytes(r -> r.bucket(bucket).key("site/.sorry-publish/manifest.json")).asByteArray();

        int invalidations = cdn.calls.size();
        PublishResult second = publish(c -> c);
        assertEquals(0, second.uploaded(), "an unchanged re-publish uploads nothing");
        assertEquals(invalidations, cdn.calls.size(), "and invalidates nothing");
        assertArrayEquals(manifest, s3.getObjectAsBytes(r -> r.bucket(bucket).key("site/.sorry-publish/manifest.json")).asByteArray());
        assertTrue(s3.listObjectsV2(r -> r.bucket(bucket).prefix("site/.sorry-publish/lock")).contents().isEmpty(), "no lock left");
        assertBucketIsTheBuild();

        TestSites.edit(project.resolve("site-src/pages/maintenance.md"), "maintenance", "planned maintenance");
        TestSites.rebuild(project);
        PublishResult third = publish(c -> c);
        assertEquals(1, third.uploaded());
        assertEquals(List.of("/maintenance.html"), cdn.calls.get(cdn.calls.size() - 1).paths());
        assertBucketIsTheBuild();
    }

    /**
     * Keys another client wrote, with characters that need encoding (space, plus, ampersand, non-ASCII),
     * and more of them than one listing page holds when the page size is small: listed exactly,
     * read back, and deleted, and nothing beside the prefix is touched.
     */
    @Test
    void oddKeysAreListedReadAndDeletedExactly() throws Exception {
        List<String> odd = List.of("a b+c/é&x.html", "q?x=1#y.txt", "plus+sign.txt", "日本語/ページ.html");
        for (String key : odd) {
            s3.putObject(r -> r.bucket(bucket).key("site/" + key), RequestBody.fromString(key));
        }
        s3.putObject(r -> r.bucket(bucket).key("site-beside/keep.txt"), RequestBody.fromString("keep"));
        PublishConfig config = config().build();
        try (S3ObjectStore store = S3ObjectStore.create((PublishTarget.S3) config.target(), aws(), 4, credentials())) {
            assertEquals(odd.stream().sorted().toList(), store.list().stream().map(o -> o.key()).sorted().toList());
            for (String key : odd) {
                assertArrayEquals(key.getBytes(java.nio.charset.StandardCharsets.UTF_8), store.read(key), key);
            }
            store.delete(odd);
            assertEquals(List.of(), store.list());
        }
        assertEquals(List.of("site-beside/keep.txt"), s3.listObjectsV2(r -> r.bucket(bucket)).contents().stream().map(S3Object::key).toList());
    }

    @Test
    void deleteStaleRemovesWhatTheBuildNoLongerHas() throws Exception {
        publish(c -> c);
        s3.putObject(r -> r.bucket(bucket).key("site/old.html"), RequestBody.fromString("old"));
        s3.putObject(r -> r.bucket(bucket).key("site/sorrycontent/old.css"), RequestBody.fromString("old"));
        assertBucketIsTheBuild("old.html", "sorrycontent/old.css");

        PublishResult result = publish(c -> c.deleteStale(true));

        assertEquals(2, result.deleted());
        assertBucketIsTheBuild();
    }

    @Test
    void twoConcurrentPublishesLeaveTheBuildAndOneFailsNamingTheOther() throws Exception {
        publish(c -> c);
        s3.putObject(r -> r.bucket(bucket).key("site/old.html"), RequestBody.fromString("old"));
        TestSites.append(project.resolve("site-src/sorrycontent/css/site.css"), "\n.changed { outline: 0 }\n");
        TestSites.rebuild(project);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<PublishResult>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return publish(c -> c.deleteStale(true), Pacer.SYSTEM, new RecordingListener());
                }));
            }
            go.countDown();
            int succeeded = 0;
            for (Future<PublishResult> run : runs) {
                try {
                    run.get();
                    succeeded++;
                } catch (java.util.concurrent.ExecutionException e) {
                    BadInputException lock = assertInstanceOf(BadInputException.class, e.getCause());
                    assertEquals("sorry.publish.breakLock", lock.where());
                    assertTrue(lock.getMessage().contains("holds the lock .sorry-publish/lock.json: run "), lock.getMessage());
                }
            }
            assertTrue(succeeded >= 1, "at least one publish went through");
        } finally {
            pool.shutdownNow();
        }
        assertBucketIsTheBuild();
    }

    /**
     * Another publish puts its page (which loads the previous stylesheet) up while this one runs:
     * deleteStale keeps that stylesheet, and the read-back reports the page that is not this build's.
     */
    @Test
    void deleteStaleNeverDeletesWhatAPageInTheBucketLoads() throws Exception {
        publish(c -> c);
        String oldCss = bucketBytes().keySet().stream().filter(k -> k.startsWith("sorrycontent/css/site.")).findFirst().orElseThrow();
        byte[] oldPage = Files.readAllBytes(site.siteDirectory().resolve("maintenance.html"));
        TestSites.append(project.resolve("site-src/sorrycontent/css/site.css"), "\n.changed { outline: 0 }\n");
        TestSites.rebuild(project);
        PublishConfig config = config().deleteStale(true).build();
        RuntimeException e;
        try (S3ObjectStore real = S3ObjectStore.create((PublishTarget.S3) config.target(), aws(), 4, credentials());
             ObjectStore store = new OtherRunPutsPage(real, () -> s3.putObject(r -> r.bucket(bucket).key("site/maintenance.html")
                     .contentType("text/html; charset=utf-8"), RequestBody.fromBytes(oldPage)))) {
            e = assertThrows(RuntimeException.class,
                    () -> new Publisher(BuildOutput.of(site), config, store, cdn, log, new TestSites.FakePacer()).publish());
        }
        assertTrue(log.text().contains("Kept 1 stale object that a page now in") && log.text().contains(oldCss), log.text());
        assertTrue(bucketBytes().containsKey(oldCss), "the stylesheet the live page loads is still there");
        assertTrue(e.getMessage().contains("Read-back of s3://" + bucket + "/site/") && e.getMessage().contains("maintenance.html"),
                e.getMessage());
    }

    /** Runs {@code other} right after this run's upload of maintenance.html, as a concurrent publish would. */
    private static final class OtherRunPutsPage extends Delegating {
        private final Runnable other;

        OtherRunPutsPage(ObjectStore real, Runnable other) {
            super(real);
            this.other = other;
        }

        @Override
        public String put(String key, Path file, ObjectHeaders headers, String md5, String digest) {
            String etag = real.put(key, file, headers, md5, digest);
            if (key.equals("maintenance.html")) {
                other.run();
            }
            return etag;
        }
    }

    @Test
    void aStaleLockIsClearedOnlyWithTheFlag() throws Exception {
        s3.putObject(r -> r.bucket(bucket).key("site/.sorry-publish/lock.json"),
                RequestBody.fromString("{\"runId\":\"1-dead\",\"user\":\"ci\",\"host\":\"runner-7\",\"pid\":42,\"started\":\"2026-01-01T00:00:00Z\"}"));

        BadInputException e = assertThrows(BadInputException.class, () -> publish(c -> c));
        assertTrue(e.getMessage().contains("run 1-dead by ci@runner-7 (pid 42), started 2026-01-01T00:00:00Z"), e.getMessage());
        assertTrue(bucketBytes().isEmpty(), "nothing uploaded");

        publish(c -> c.breakLock(true));
        assertTrue(log.text().contains("clearing the lock of run 1-dead"), log.text());
        assertBucketIsTheBuild();
    }

    /**
     * Stops the server after a few uploads (the subclass says how) and checks that a re-run, once it
     * is back, converges to the build.
     */
    void killedMidPublishThenRerunConverges(Runnable kill, Runnable restart) throws Exception {
        AtomicInteger puts = new AtomicInteger();
        PublishConfig config = config().concurrency(1).build();
        RuntimeException failure;
        try (S3ObjectStore real = S3ObjectStore.create((PublishTarget.S3) config.target(), aws(), 1, credentials());
             ObjectStore store = new KillAfter(real, 3, puts, kill)) {
            failure = assertThrows(RuntimeException.class,
                    () -> new Publisher(BuildOutput.of(site), config, store, cdn, log, new TestSites.FakePacer()).publish());
        }
        assertInstanceOf(SorryException.class, failure, String.valueOf(failure));
        restart.run();
        assertFalse(bucketBytes().keySet().stream().anyMatch(k -> k.endsWith(".html")), "no page before its assets are all up");
        publish(c -> c.breakLock(true));
        assertBucketIsTheBuild();
    }

    /** A store that runs {@code kill} before its {@code after}+1th site upload. */
    private static final class KillAfter extends Delegating {
        private final int after;
        private final AtomicInteger puts;
        private final Runnable kill;

        KillAfter(ObjectStore real, int after, AtomicInteger puts, Runnable kill) {
            super(real);
            this.after = after;
            this.puts = puts;
            this.kill = kill;
        }

        @Override
        public String put(String key, Path file, ObjectHeaders headers, String md5, String digest) {
            if (puts.incrementAndGet() == after + 1) {
                kill.run();
            }
            return real.put(key, file, headers, md5, digest);
        }
    }

    /** Every call passed to the real store; subclasses change one. */
    private abstract static class Delegating implements ObjectStore {
        final ObjectStore real;

        Delegating(ObjectStore real) {
            this.real = real;
        }

        @Override public String put(String key, Path file, ObjectHeaders headers, String md5, String digest) { return real.put(key, file, headers, md5, digest); }
        @Override public List<io.github.sorrysite.core.publish.plan.RemoteObject> list() { return real.list(); }
        @Override public String digest(String key) { return real.digest(key); }
        @Override public void delete(List<String> keys) { real.delete(keys); }
        @Override public boolean keepsManifest() { return real.keepsManifest(); }
        @Override public boolean locks() { return real.locks(); }
        @Override public void ready() { real.ready(); }
        @Override public List<SorryException> preflight() { return real.preflight(); }
        @Override public StoredObject head(String key) { return real.head(key); }
        @Override public byte[] read(String key) { return real.read(key); }
        @Override public byte[] readControl(String key) { return real.readControl(key); }
        @Override public boolean writeControl(String key, byte[] body, boolean onlyIfAbsent) { return real.writeControl(key, body, onlyIfAbsent); }
        @Override public void deleteControl(String key) { real.deleteControl(key); }
    }
}
