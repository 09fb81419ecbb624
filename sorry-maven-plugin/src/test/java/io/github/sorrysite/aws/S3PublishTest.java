package io.github.sorrysite.aws;

import io.github.sorrysite.core.RecordingListener;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.site.SiteConfig;
import io.github.sorrysite.core.publish.planner.CacheControlPolicy;
import io.github.sorrysite.core.publish.store.CdnInvalidator;
import io.github.sorrysite.core.publish.store.ObjectStore;
import io.github.sorrysite.core.publish.PublishConfig;
import io.github.sorrysite.core.publish.PublishTarget;
import io.github.sorrysite.core.settings.AwsSettings;
import io.github.sorrysite.core.site.BuildOutput;
import io.github.sorrysite.core.publish.apply.PublishResult;
import io.github.sorrysite.core.publish.Publisher;
import io.github.sorrysite.core.publish.RecordingCdn;
import io.github.sorrysite.core.publish.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/** The full plan/apply cycle of the default site against a real S3 server (s3proxy), through the real SDK. */
class S3PublishTest {
    private static final String MANIFEST = "site/.sorry-publish/manifest.json";
    private static S3ProxyServer server;
    private static S3Client s3;
    private static int bucketCount;

    @TempDir
    Path project;

    private String bucket;
    private SiteConfig site;
    private List<String> siteKeys;
    private final RecordingCdn cdn = new RecordingCdn();
    private final RecordingListener log = new RecordingListener();

    @BeforeAll
    static void startServer() throws Exception {
        server = new S3ProxyServer();
        s3 = TestS3Clients.s3(aws().build(), 8, S3ProxyServer.credentials());
    }

    @AfterAll
    static void stopServer() throws Exception {
        s3.close();
        server.close();
    }

    @BeforeEach
    void setUp() {
        bucket = "sorry-bucket-" + (++bucketCount);
        s3.createBucket(b -> b.bucket(bucket));
        site = TestSites.buildDefaultSite(project);
        siteKeys = TestSites.keys(site.siteDirectory());
        server.puts.clear();
        server.deletes.clear();
        server.heads.clear();
        server.manifestPuts.clear();
        server.failPut = key -> false;
        server.wrongEtag = key -> false;
        server.failDeletes = false;
    }

    private PublishConfig.Builder config() {
        return PublishConfig.builder().target("s3://" + bucket + "/site").distributionIds("E2TESTDIST01");
    }

    private static AwsSettings.Builder aws() {
        return AwsSettings.builder().endpoint(server.endpoint()).region("us-east-1");
    }

    private static PublishTarget.S3 s3Target(PublishConfig config) {
        return (PublishTarget.S3) config.target();
    }

    private PublishResult publish(UnaryOperator<PublishConfig.Builder> settings) {
        return publish(settings, aws().build());
    }

    private PublishResult publish(UnaryOperator<PublishConfig.Builder> settings, AwsSettings aws) {
        PublishConfig config = settings.apply(config()).build();
        try (S3ObjectStore store = new S3ObjectStore(TestS3Clients.s3(aws, 8, S3ProxyServer.credentials()), s3Target(config), "us-east-1", null)) {
            return new Publisher(BuildOutput.of(site), config, store, cdn, log, new TestSites.FakePacer()).publish();
        }
    }

    private HeadObjectResponse head(String key) {
        return s3.headObject(r -> r.bucket(bucket).key(key));
    }

    @Test
    void firstPublishUploadsEverythingAndRepublishIsANoOp() {
        PublishResult first = publish(c -> c);

        assertEquals(siteKeys.size(), first.uploaded());
        assertEquals(siteKeys.stream().map(k -> "site/" + k).sorted().toList(), server.puts.stream().sorted().toList());
        assertTrue(siteKeys.contains("maintenance.html") && siteKeys.contains("ja/maintenance.html"), siteKeys.toString());
        // Assets are all uploaded before the first page.
        int lastAsset = -1;
        int firstPage = Integer.MAX_VALUE;
        for (int i = 0; i < server.puts.size(); i++) {
            if (server.puts.get(i).startsWith("site/sorrycontent/")) {
                lastAsset = i;
            } else {
                firstPage = Math.min(firstPage, i);
            }
        }
        assertTrue(lastAsset < firstPage, "assets before pages: " + server.puts);

        HeadObjectResponse page = head("site/maintenance.html");
        assertEquals("text/html;charset=utf-8", page.contentType().replace(" ", "").toLowerCase());
        assertEquals("max-age=60", page.cacheControl());
        assertTrue(page.metadata().containsKey("sorry-digest"), page.metadata().toString());
        String css = siteKeys.stream().filter(k -> k.startsWith("sorrycontent/css/site.")).findFirst().orElseThrow();
        assertTrue(css.matches("sorrycontent/css/site\\.[0-9a-hjkmnp-tv-z]{7}\\.css"), css);
        assertEquals("max-age=31536000, immutable", head("site/" + css).cacheControl());
        assertEquals("text/css;charset=utf-8", head("site/" + css).contentType().replace(" ", "").toLowerCase());
        // New pages are invalidated (CloudFront may have cached an error for them); fingerprinted assets are not.
        assertEquals(1, cdn.calls.size());
        assertEquals(List.of("/ja/maintenance.html", "/maintenance.html"), cdn.calls.get(0).paths());

        assertEquals(List.of(MANIFEST), server.manifestPuts, "the manifest is written once, after the site");
        assertTrue(new String(s3.getObjectAsBytes(r -> r.bucket(bucket).key(MANIFEST)).asByteArray()).contains("\"maintenance.html\""));
        server.puts.clear();
        server.heads.clear();
        server.manifestPuts.clear();
        PublishResult second = publish(c -> c);

        assertEquals(List.of(), server.puts, "a re-publish makes no PUT");
        assertEquals(List.of(), server.planningHeads(), "nor any HEAD: every digest comes from the manifest");
        assertEquals(List.of(), server.manifestPuts, "and leaves the manifest as it is");
        assertEquals(0, second.uploaded());
        assertEquals(siteKeys.size(), second.unchanged());
        assertEquals(1, cdn.calls.size(), "and no invalidation");
        assertTrue(log.text().contains("Up to date: " + siteKeys.size() + " objects unchanged"), log.text());
    }

    @Test
    void anEtagThatIsNotTheMd5SentStopsThePublishAtThatObject() {
        server.wrongEtag = key -> key.matches(".*/img/logo\\.[0-9a-z]+\\.svg"); // fingerprinted

        InfrastructureException e = assertThrows(InfrastructureException.class, () -> publish(c -> c));

        assertTrue(e.getMessage().matches("(?s).*sorrycontent/img/logo\\.[0-9a-z]+\\.svg with ETag 0{32}, not the MD5.*"),
                e.getMessage());
        assertTrue(server.puts.stream().noneMatch(k -> k.endsWith(".html")), "no page after it: " + server.puts);
        assertEquals(List.of(), server.manifestPuts);
    }

    @Test
    void aChangedPageIsOnePutAndOneInvalidatedPath() {
        publish(c -> c);
        TestSites.edit(project.resolve("site-src/pages/maintenance.md"), "maintenance", "planned maintenance");
        TestSites.rebuild(project);
        server.puts.clear();
        cdn.calls.clear();

        PublishResult result = publish(c -> c);

        assertEquals(List.of("site/maintenance.html"), server.puts);
        assertEquals(1, result.uploaded());
        assertEquals(1, cdn.calls.size());
        assertEquals(List.of("/maintenance.html"), cdn.calls.get(0).paths());
        assertEquals("E2TESTDIST01", cdn.calls.get(0).distributionId());
        assertTrue(log.text().contains("maintenance.html") && log.text().contains("content changed"), log.text());
    }

    @Test
    void aChangedCacheControlIsDetectedWithoutForce() {
        publish(c -> c);
        server.puts.clear();
        server.heads.clear();

        publish(c -> c.cacheControl(new CacheControlPolicy(List.of(), "no-store", CacheControlPolicy.DEFAULT_FINGERPRINTED,
                CacheControlPolicy.DEFAULT_ASSETS)));

        assertEquals(List.of("site/ja/maintenance.html", "site/maintenance.html"), server.puts.stream().sorted().toList());
        assertEquals(List.of("site/ja/maintenance.html", "site/maintenance.html"), server.planningHeads().stream().sorted().toList(),
                "only the objects whose manifest digest differs from the local one are HEADed");
        assertEquals("no-store", head("site/maintenance.html").cacheControl());
        assertTrue(log.text().contains("headers changed"), log.text());

        server.puts.clear();
        server.heads.clear();
        publish(c -> c.cacheControl(new CacheControlPolicy(List.of(), "no-store", CacheControlPolicy.DEFAULT_FINGERPRINTED,
                CacheControlPolicy.DEFAULT_ASSETS)));
        assertEquals(List.of(), server.puts, "converged");
        assertEquals(List.of(), server.planningHeads(), "the manifest knows the new digests");
    }

    @Test
    void anObjectReplacedByAnotherClientIsDetectedDespiteTheManifest() throws Exception {
        publish(c -> c);
        // Same size, different body, no digest metadata: only the listing's ETag tells.
        byte[] body = Files.readAllBytes(site.siteDirectory().resolve("maintenance.html"));
        body[body.length - 1] = (byte) (body[body.length - 1] == ' ' ? '\n' : ' ');
        s3.putObject(r -> r.bucket(bucket).key("site/maintenance.html").contentType("text/html").cacheControl("max-age=60"),
                RequestBody.fromBytes(body));
        // Same body, different headers: ETag and size match the manifest, only the last-modified time differs.
        Thread.sleep(1100);
        byte[] ja = Files.readAllBytes(site.siteDirectory().resolve("ja/maintenance.html"));
        s3.putObject(r -> r.bucket(bucket).key("site/ja/maintenance.html").contentType("text/html").cacheControl("no-cache"),
                RequestBody.fromBytes(ja));
        server.puts.clear();
        server.heads.clear();
        cdn.calls.clear();

        publish(c -> c);

        assertEquals(List.of("site/ja/maintenance.html", "site/maintenance.html"), server.puts.stream().sorted().toList());
        // Objects without our digest are HEADed again when the plan is remade under the publish lock.
        assertEquals(List.of("site/ja/maintenance.html", "site/maintenance.html"), server.planningHeads().stream().distinct().sorted().toList());
        assertTrue(log.text().contains("content changed") && log.text().contains("headers changed"), log.text());
        assertEquals("max-age=60", head("site/ja/maintenance.html").cacheControl());
        assertEquals(List.of("/ja/maintenance.html", "/maintenance.html"), cdn.calls.get(0).paths());

        server.puts.clear();
        server.heads.clear();
        publish(c -> c);
        assertEquals(List.of(), server.puts, "converged");
        assertEquals(List.of(), server.planningHeads());
    }

    @Test
    void aCorruptOrMissingManifestFallsBackToHeadsAndConverges() {
        publish(c -> c);
        s3.putObject(r -> r.bucket(bucket).key(MANIFEST), RequestBody.fromString("{ not json"));
        TestSites.edit(project.resolve("site-src/pages/maintenance.md"), "maintenance", "planned maintenance");
        TestSites.rebuild(project);
        server.puts.clear();
        server.heads.clear();
        server.manifestPuts.clear();

        publish(c -> c);

        assertEquals(List.of("site/maintenance.html"), server.puts);
        assertEquals(siteKeys.size() - 1, server.planningHeads().size(), "one HEAD per same-size object: " + server.planningHeads());
        assertTrue(log.text().contains("Ignoring the publish manifest .sorry-publish/manifest.json"), log.text());
        assertEquals(List.of(MANIFEST), server.manifestPuts, "rewritten");

        s3.deleteObject(r -> r.bucket(bucket).key(MANIFEST));
        server.puts.clear();
        server.heads.clear();
        server.manifestPuts.clear();
        publish(c -> c);
        assertEquals(List.of(), server.puts, "no manifest: still nothing to upload");
        assertEquals(siteKeys.size(), server.planningHeads().size(), "but one HEAD per object");
        assertEquals(List.of(MANIFEST), server.manifestPuts);

        server.heads.clear();
        server.manifestPuts.clear();
        publish(c -> c);
        assertEquals(List.of(), server.puts);
        assertEquals(List.of(), server.planningHeads());
        assertEquals(List.of(), server.manifestPuts);
    }

    @Test
    void forceUploadsEverything() {
        publish(c -> c);
        server.puts.clear();

        PublishResult result = publish(c -> c.force(true));

        assertEquals(siteKeys.size(), server.puts.size());
        assertEquals(siteKeys.size(), result.uploaded());
        assertTrue(log.text().contains("forced"), log.text());
    }

    @Test
    void staleObjectsAreDeletedOnlyUnderThePrefixAndOnlyWithDeleteStale() throws Exception {
        publish(c -> c);
        for (String key : List.of("site/old-1.html", "site/old-2.html", "site/sorrycontent/old.css", "elsewhere/keep.html", "sitemap.xml")) {
            s3.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromString("old"));
        }
        server.puts.clear();

        publish(c -> c);
        assertEquals(List.of(), server.deletes, "nothing is deleted without deleteStale");
        assertTrue(log.text().contains("kept 3 object(s)"), log.text());

        publish(c -> c.deleteStale(true));

        assertEquals(List.of("site/old-1.html", "site/old-2.html", "site/sorrycontent/old.css"), server.deletes.stream().sorted().toList());
        assertTrue(s3.listObjectsV2(r -> r.bucket(bucket)).contents().stream().anyMatch(o -> o.key().equals(MANIFEST)),
                "the manifest is not a stale object");
        assertFalse(log.text().contains("DELETE .sorry-publish"), log.text());
        assertFalse(Files.readString(site.outputDirectory().resolve("publish-plan.json")).contains(".sorry-publish"), "never in the plan");
        assertEquals(List.of("elsewhere/keep.html", "sitemap.xml"),
                s3.listObjectsV2(r -> r.bucket(bucket)).contents().stream().map(o -> o.key()).filter(k -> !k.startsWith("site/")).sorted().toList());
        // Deleted pages are invalidated, deleted assets are not.
        assertEquals(List.of("/old-1.html", "/old-2.html"), cdn.calls.get(cdn.calls.size() - 1).paths());
    }

    @Test
    void tooManyDeletesAreRefusedBeforeAnyUpload() throws Exception {
        publish(c -> c);
        for (String key : List.of("site/old-1.html", "site/old-2.html", "site/old-3.html")) {
            s3.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromString("old"));
        }
        TestSites.edit(project.resolve("site-src/pages/maintenance.md"), "maintenance", "planned maintenance");
        TestSites.rebuild(project);
        server.puts.clear();
        Files.deleteIfExists(site.outputDirectory().resolve("publish-plan.json")); // the first publish's plan

        BadInputException e = assertThrows(BadInputException.class, () -> publish(c -> c.deleteStale(true).maxDeletes(2)));

        assertEquals("sorry.publish.maxDeletes", e.where());
        assertTrue(e.getMessage().contains("3 objects under s3://" + bucket + "/site/"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dsorry.publish.maxDeletes=3"), e.getMessage());
        assertEquals(List.of(), server.puts, "refused at plan time: nothing uploaded");
        assertEquals(List.of(), server.deletes);
        assertTrue(Files.notExists(site.outputDirectory().resolve("publish-plan.json")), "a refused plan is not written as a plan");
    }

    @Test
    void aFailedAssetUploadStopsBeforeAnyPageAndARerunConverges() {
        publish(c -> c);
        // Change the stylesheet: a new fingerprinted asset, and both pages that reference it.
        TestSites.append(project.resolve("site-src/sorrycontent/css/site.css"), "\n.changed { outline: 0 }\n");
        TestSites.rebuild(project);
        for (String key : List.of("site/old.html")) {
            s3.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromString("old"));
        }
        server.puts.clear();
        server.manifestPuts.clear();
        cdn.calls.clear();
        server.failPut = key -> key.contains("/css/site.");

        InfrastructureException e = assertThrows(InfrastructureException.class, () -> publish(c -> c.deleteStale(true)));

        assertTrue(e.getMessage().contains("Uploading assets failed at sorrycontent/css/site."), e.getMessage());
        assertTrue(e.getMessage().contains("no pages uploaded, nothing deleted"), e.getMessage());
        assertFalse(server.puts.isEmpty(), "the server did receive the failing PUT");
        assertTrue(server.puts.stream().allMatch(k -> k.startsWith("site/sorrycontent/")), "no page PUT after a failed asset: " + server.puts);
        assertEquals(List.of(), server.deletes);
        assertEquals(List.of(), cdn.calls);
        assertEquals(List.of(), server.manifestPuts, "a failed apply does not write the manifest");

        server.failPut = key -> false;
        server.puts.clear();
        PublishResult rerun = publish(c -> c.deleteStale(true));

        assertTrue(server.puts.contains("site/maintenance.html") && server.puts.contains("site/ja/maintenance.html"), server.puts.toString());
        // The stale page and the stylesheet's previous fingerprinted name go only now, after everything else is up.
        assertEquals(2, rerun.deleted());
        List<String> deleted = server.deletes.stream().sorted().toList();
        assertEquals("site/old.html", deleted.get(0));
        assertTrue(deleted.get(1).matches("site/sorrycontent/css/site\\.[0-9a-hjkmnp-tv-z]{7}\\.css"), deleted.toString());

        server.puts.clear();
        server.heads.clear();
        publish(c -> c.deleteStale(true));
        assertEquals(List.of(), server.puts, "converged");
        assertEquals(List.of(), server.planningHeads());
    }

    @Test
    void aFailedPageUploadStillInvalidatesThePagesThatWentUpAndARerunFinishesTheRest() {
        publish(c -> c);
        TestSites.edit(project.resolve("site-src/pages/maintenance.md"), "maintenance", "planned maintenance");
        TestSites.edit(project.resolve("site-src/pages/ja/maintenance.md"), "メンテナンス", "定期メンテナンス");
        TestSites.rebuild(project);
        server.puts.clear();
        cdn.calls.clear();
        // One upload at a time, in key order: ja/maintenance.html goes up, then maintenance.html fails.
        server.failPut = key -> key.equals("site/maintenance.html");

        InfrastructureException e = assertThrows(InfrastructureException.class, () -> publish(c -> c.concurrency(1)));

        assertTrue(e.getMessage().contains("Uploading pages failed at maintenance.html"), e.getMessage());
        assertTrue(e.getMessage().contains("(the 1 object(s) that were uploaded have been invalidated)"), e.getMessage());
        assertEquals(1, cdn.calls.size());
        assertEquals(List.of("/ja/maintenance.html"), cdn.calls.get(0).paths());

        server.failPut = key -> false;
        server.puts.clear();
        publish(c -> c);

        assertEquals(List.of("site/maintenance.html"), server.puts);
        assertEquals(List.of("/maintenance.html"), cdn.calls.get(1).paths());
    }

    @Test
    void aFailedDeleteStillInvalidatesTheUploadedPages() {
        publish(c -> c);
        s3.putObject(r -> r.bucket(bucket).key("site/old.html"), RequestBody.fromString("old"));
        TestSites.edit(project.resolve("site-src/pages/maintenance.md"), "maintenance", "planned maintenance");
        TestSites.rebuild(project);
        cdn.calls.clear();
        server.failDeletes = true;

        InfrastructureException e = assertThrows(InfrastructureException.class, () -> publish(c -> c.deleteStale(true)));

        assertTrue(e.getMessage().contains("Deleting stale objects under s3://" + bucket + "/site/ failed"), e.getMessage());
        assertTrue(e.getMessage().contains("every upload is done"), e.getMessage());
        assertEquals(List.of("/maintenance.html"), cdn.calls.get(0).paths(), "the uploaded page is invalidated although the delete failed");

        server.failDeletes = false;
        cdn.calls.clear();
        publish(c -> c.deleteStale(true));
        assertEquals(List.of("/old.html"), cdn.calls.get(0).paths());
    }

    @Test
    void dryRunWritesThePlanAndTouchesNothing() throws Exception {
        PublishResult result = publish(c -> c.dryRun(true));

        assertTrue(result.dryRun());
        assertEquals(List.of(), server.puts);
        assertEquals(List.of(), server.manifestPuts, "a dry run writes no manifest");
        assertEquals(List.of(), cdn.calls);
        assertEquals(0, s3.listObjectsV2(r -> r.bucket(bucket)).contents().size());
        String plan = Files.readString(site.outputDirectory().resolve("publish-plan.json"));
        assertTrue(plan.contains("\"key\" : \"maintenance.html\"") && plan.contains("\"reason\" : \"new\""), plan);
        assertTrue(plan.contains("\"distributionId\" : \"E2TESTDIST01\""), plan);
        assertTrue(log.text().contains("Dry run: nothing was uploaded, deleted or invalidated"), log.text());
    }

    @Test
    void whenRequiredChecksumsWorkToo() {
        AwsSettings whenRequired = aws().checksums("when-required").build();
        PublishResult result = publish(c -> c, whenRequired);

        assertEquals(siteKeys.size(), result.uploaded());
        server.puts.clear();
        publish(c -> c, whenRequired);
        assertEquals(List.of(), server.puts);
    }

    @Test
    void aMissingBucketSaysSo() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> publish(c -> c.target("s3://no-such-bucket-here/site")));

        assertEquals("sorry.target", e.where());
        assertTrue(e.getMessage().contains("bucket 'no-such-bucket-here' does not exist"), e.getMessage());
    }

    @Test
    void accessDeniedSaysWhichPermissions() {
        server.failPut = key -> true;
        server.failStatus = 403;
        try {
            BadInputException e = assertThrows(BadInputException.class, () -> publish(c -> c));

            assertEquals("sorry.target", e.where());
            assertTrue(e.getMessage().contains("access denied uploading s3://" + bucket + "/site/"), e.getMessage());
            assertTrue(e.getMessage().contains("s3:PutObject"), e.getMessage());
        } finally {
            server.failStatus = 500;
        }
    }

    @Test
    void credentialsComeFromTheSdkDefaultChain() {
        // System properties are one link of the default chain (after environment variables, which CI does not set here).
        System.setProperty("aws.accessKeyId", S3ProxyServer.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", S3ProxyServer.SECRET_KEY);
        PublishConfig config = config().build();
        try (S3ObjectStore store = S3ObjectStore.create(s3Target(config), aws().build(), 8)) {
            new Publisher(BuildOutput.of(site), config, store, cdn, log, new TestSites.FakePacer()).publish();
        } finally {
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
        }
        assertEquals(siteKeys.size(), server.puts.size());
    }

    @Test
    void anUnknownProfileSaysHowToFixIt() throws Exception {
        Path config = Files.writeString(project.resolve("aws-config"), "[profile other]\nregion = us-east-1\n");
        Path credentials = Files.writeString(project.resolve("aws-credentials"), "");
        System.setProperty("aws.configFile", config.toString());
        System.setProperty("aws.sharedCredentialsFile", credentials.toString());
        try {
            BadInputException e = assertThrows(BadInputException.class, () -> {
                PublishConfig publish = config().build();
                try (S3ObjectStore store = S3ObjectStore.create(s3Target(publish), aws().profile("no-such-profile").build(), 8)) {
                    new Publisher(BuildOutput.of(site), publish, store, cdn, log, new TestSites.FakePacer()).publish();
                }
            });
            assertEquals("sorry.aws.profile", e.where());
            assertTrue(e.getMessage().contains("no usable AWS credentials for profile 'no-such-profile'"), e.getMessage());
            assertTrue(e.getMessage().contains("aws sso login --profile no-such-profile"), e.getMessage());
        } finally {
            System.clearProperty("aws.configFile");
            System.clearProperty("aws.sharedCredentialsFile");
        }
        assertEquals(List.of(), server.puts);
    }

    @Test
    void wrongCredentialsNameTheProfileParameter() {
        PublishConfig config = config().build();
        var wrong = software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("nobody", "wrong-secret-value"));
        try (S3ObjectStore store = new S3ObjectStore(TestS3Clients.s3(aws().build(), 8, wrong), s3Target(config), "us-east-1", null)) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> new Publisher(BuildOutput.of(site), config, store, cdn, log, new TestSites.FakePacer()).publish());

            assertEquals("sorry.aws.profile", e.where());
            assertFalse(e.getMessage().contains("wrong-secret-value"), "never show secrets");
        }
    }

    @Test
    void aClientThatCannotBeSetUpFailsAsItselfNotAsAnUnreadableManifest() {
        PublishConfig config = config().build();
        InfrastructureException setUp = new InfrastructureException("AWS request failed setting up the S3 client: boom", null);
        try (S3ObjectStore real = new S3ObjectStore(TestS3Clients.s3(aws().build(), 8, S3ProxyServer.credentials()), s3Target(config), "us-east-1", null);
             ObjectStore store = new ObjectStore() {
                 @Override public void ready() { throw setUp; }
                 @Override public boolean keepsManifest() { return true; }
                 @Override public byte[] readManifest() { throw setUp; }
                 @Override public List<io.github.sorrysite.core.publish.plan.RemoteObject> list() { return real.list(); }
                 @Override public String digest(String key) { return real.digest(key); }
                 @Override public String put(String key, Path file, io.github.sorrysite.core.publish.plan.ObjectHeaders headers, String md5, String digest) {
                     return real.put(key, file, headers, md5, digest);
                 }
                 @Override public void delete(List<String> keys) { real.delete(keys); }
             }) {
            assertSame(setUp, assertThrows(InfrastructureException.class,
                    () -> new Publisher(BuildOutput.of(site), config, store, cdn, log, new TestSites.FakePacer()).publish()));
        }
        assertFalse(log.text().contains("publish manifest"), log.text());
        assertEquals(List.of(), server.puts);
    }

    @Test
    void aCdnClientThatCannotBeSetUpStopsThePublishBeforeAnyUpload() {
        PublishConfig config = config().build();
        BadInputException setUp = new BadInputException("sorry.aws.profile", "no usable AWS credentials", "log in");
        CdnInvalidator broken = new CdnInvalidator() {
            @Override public void ready() { throw setUp; }
            @Override public String invalidate(String distributionId, List<String> paths, String callerReference) { throw setUp; }
            @Override public String status(String distributionId, String invalidationId) { throw setUp; }
        };
        try (S3ObjectStore store = new S3ObjectStore(TestS3Clients.s3(aws().build(), 8, S3ProxyServer.credentials()), s3Target(config), "us-east-1", null)) {
            assertSame(setUp, assertThrows(BadInputException.class,
                    () -> new Publisher(BuildOutput.of(site), config, store, broken, log, new TestSites.FakePacer()).publish()));
        }
        assertEquals(List.of(), server.puts, "nothing uploaded that would then go uninvalidated");
    }
}
