package io.github.sorrysite.netstorage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.RecordingListener;
import io.github.sorrysite.core.common.Md5;
import io.github.sorrysite.core.publish.PublishConfig;
import io.github.sorrysite.core.publish.PublishTarget;
import io.github.sorrysite.core.publish.Publisher;
import io.github.sorrysite.core.publish.TestSites;
import io.github.sorrysite.core.publish.apply.PublishResult;
import io.github.sorrysite.core.settings.NetStorageSettings;
import io.github.sorrysite.core.site.BuildOutput;
import io.github.sorrysite.core.site.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full plan/apply cycle of the default site against the Python NetStorage stand-in, which
 * checks every request's signature the way Akamai's documentation defines it: first publish,
 * unchanged, change, delete, a fault in the middle, a wrong key and a skewed clock.
 */
class NetStoragePublishTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final NetStorageSettings.Credentials CREDENTIALS =
            new NetStorageSettings.Credentials(NetStorageStandIn.KEY_NAME, NetStorageStandIn.KEY, "the test");
    private static NetStorageStandIn server;
    private static int runs;

    @TempDir
    Path project;

    private String path;
    private SiteConfig site;
    private List<String> siteKeys;
    private final RecordingListener log = new RecordingListener();

    @BeforeAll
    static void start() {
        server = new NetStorageStandIn();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void setUp() {
        path = "sorry" + (++runs);
        site = TestSites.buildDefaultSite(project);
        siteKeys = TestSites.keys(site.siteDirectory());
        server.reset();
    }

    private PublishConfig.Builder config() {
        return PublishConfig.builder().target("netstorage://example-nsu.akamaihd.net/123456/" + path);
    }

    private PublishResult publish(UnaryOperator<PublishConfig.Builder> settings) {
        return publish(settings, new NetStorageClient(server.endpoint(), CREDENTIALS, () -> System.currentTimeMillis() / 1000,
                Duration.ofMillis(10)));
    }

    private PublishResult publish(UnaryOperator<PublishConfig.Builder> settings, NetStorageClient client) {
        PublishConfig config = settings.apply(config()).build();
        try (NetStorageObjectStore store = new NetStorageObjectStore((PublishTarget.NetStorage) config.target(), client)) {
            return new Publisher(BuildOutput.of(site), config, store, null, log, new TestSites.FakePacer()).publish();
        }
    }

    private JsonNode stats() throws Exception {
        return JSON.readTree(server.stats());
    }

    private int count(String action) throws Exception {
        return stats().path("counts").path(action).asInt(0);
    }

    private List<String> objects() throws Exception {
        List<String> out = new ArrayList<>();
        stats().path("objects").forEach(o -> {
            if (o.asText().startsWith(root())) {
                out.add(o.asText());
            }
        });
        return out;
    }

    private String root() {
        return "/123456/" + path + "/";
    }

    @Test
    void firstPublishUnchangedChangeAndDelete() throws Exception {
        PublishResult first = publish(c -> c);

        assertEquals(siteKeys.size(), first.uploaded());
        List<String> expected = new ArrayList<>(siteKeys.stream().map(k -> root() + k).toList());
        expected.add(root() + ".sorry-publish/manifest.json");
        assertEquals(expected.stream().sorted().toList(), objects());
        assertEquals(siteKeys.size() + 1, count("upload"), "each file once, and the manifest");
        assertEquals(0, stats().path("refused").asInt(), "every request was signed as the documentation says");
        assertTrue(log.text().contains("Published to netstorage://example-nsu.akamaihd.net/123456/" + path + "/: "
                + siteKeys.size() + " uploaded"), log.text());

        server.reset();
        PublishResult second = publish(c -> c);
        assertEquals(0, second.uploaded());
        assertEquals(siteKeys.size(), second.unchanged());
        assertEquals(0, count("upload"), "an unchanged re-publish uploads nothing, not even the manifest");
        assertEquals(0, count("stat"), "the listing's md5 and the manifest are enough");
        assertTrue(log.text().contains("Up to date: " + siteKeys.size() + " objects unchanged"), log.text());

        // A changed page goes up with what derives from it (its inline ALB stylesheet), nothing else.
        TestSites.append(project.resolve("site-src/pages/maintenance.md"), "\nA line added for this test.\n");
        site = TestSites.rebuild(project);
        server.reset();
        PublishResult third = publish(c -> c);
        assertTrue(third.uploaded() >= 1 && third.uploaded() < siteKeys.size(), log.text());
        assertEquals(third.uploaded() + 1, count("upload"), "what changed, and the manifest");
        byte[] page = Files.readAllBytes(site.siteDirectory().resolve("maintenance.html"));
        assertTrue(JSON.readTree(server.stats()).path("objects").toString().contains(root() + "maintenance.html"));
        NetStorageClient client = new NetStorageClient(server.endpoint(), CREDENTIALS);
        assertEquals(Md5.hex(page), client.stat(root() + "maintenance.html").md5(), "stat returns the uploaded body's md5");

        // A page removed from the site is deleted with deleteStale, and only then.
        Files.delete(project.resolve("site-src/pages/ja/maintenance.md"));
        site = TestSites.rebuild(project);
        server.reset();
        PublishResult kept = publish(c -> c);
        assertEquals(0, kept.deleted());
        assertTrue(objects().contains(root() + "ja/maintenance.html"));
        PublishResult deleted = publish(c -> c.deleteStale(true));
        assertTrue(deleted.deleted() >= 1, log.text()); // the page, and its inline ALB stylesheet
        assertFalse(objects().contains(root() + "ja/maintenance.html"));
        assertEquals(deleted.deleted(), count("delete"));
        BadInputException tooMany = assertThrows(BadInputException.class, () -> publish(c -> c.target(
                "netstorage://example-nsu.akamaihd.net/123456").deleteStale(true).maxDeletes(0)));
        assertTrue(tooMany.getMessage().contains("sorry.publish.maxDeletes"), tooMany.getMessage());
    }

    @Test
    void sameSizeChangeIsFoundByContentWithoutTheManifest() throws Exception {
        publish(c -> c);
        NetStorageClient client = new NetStorageClient(server.endpoint(), CREDENTIALS);
        client.delete(root() + ".sorry-publish/manifest.json");
        // Same length, different bytes: only the md5 can tell.
        byte[] page = Files.readAllBytes(site.siteDirectory().resolve("maintenance.html"));
        byte[] changed = page.clone();
        changed[changed.length - 2] = (byte) (changed[changed.length - 2] == 'x' ? 'y' : 'x');
        client.upload(root() + "maintenance.html", changed, Md5.hex(changed));
        server.reset();

        PublishResult result = publish(c -> c);

        assertEquals(1, result.uploaded(), log.text());
        assertTrue(log.text().contains("maintenance.html") && log.text().contains("content changed"), log.text());
        assertEquals(Md5.hex(page), client.stat(root() + "maintenance.html").md5());
    }

    @Test
    void dryRunTouchesNothing() throws Exception {
        PublishResult result = publish(c -> c.dryRun(true));
        assertTrue(result.dryRun());
        assertEquals(0, count("upload"));
        assertEquals(List.of(), objects());
        assertTrue(log.text().contains("Dry run"), log.text());
    }

    @Test
    void aFaultInTheMiddleStopsBeforeThePagesAndTheRerunFinishes() throws Exception {
        String css = siteKeys.stream().filter(k -> k.startsWith("sorrycontent/css/")).findFirst().orElseThrow();
        server.failPath(root() + css, 100);

        InfrastructureException failure = assertThrows(InfrastructureException.class, () -> publish(c -> c));

        assertTrue(failure.getMessage().contains("HTTP 500"), failure.getMessage());
        assertTrue(failure.getMessage().contains("no pages uploaded"), failure.getMessage());
        assertFalse(objects().contains(root() + "maintenance.html"), "no page points at a missing asset");
        assertFalse(objects().contains(root() + ".sorry-publish/manifest.json"), "no manifest after a failed apply");

        server.reset();
        PublishResult rerun = publish(c -> c);
        assertEquals(siteKeys.size() - (siteKeys.stream().filter(k -> k.startsWith("sorrycontent/")).count() - 1), rerun.uploaded(),
                "the re-run uploads what is still missing: " + log.text());
        assertTrue(objects().contains(root() + "maintenance.html"));
    }

    @Test
    void aTransientFaultIsRetried() throws Exception {
        server.failPath(root() + "maintenance.html", 1);
        PublishResult result = publish(c -> c);
        assertEquals(siteKeys.size(), result.uploaded());
        assertTrue(objects().contains(root() + "maintenance.html"));
    }

    @Test
    void aWrongKeyIsRefusedWithoutShowingIt() throws Exception {
        NetStorageSettings.Credentials wrong = new NetStorageSettings.Credentials(NetStorageStandIn.KEY_NAME, "not-the-key", "the environment");
        BadInputException e = assertThrows(BadInputException.class,
                () -> publish(c -> c, new NetStorageClient(server.endpoint(), wrong)));

        assertTrue(e.getMessage().contains("NetStorage refused download /123456/" + path + "/.sorry-publish/manifest.json"), e.getMessage());
        assertTrue(e.getMessage().contains("HTTP 403"), e.getMessage());
        assertFalse(e.getMessage().contains("not-the-key") || e.getMessage().contains(NetStorageStandIn.KEY_NAME), e.getMessage());
        assertFalse(log.text().contains("not-the-key") || log.text().contains(NetStorageStandIn.KEY_NAME), log.text());
        assertEquals(List.of(), objects());
    }

    @Test
    void aSkewedClockSaysSoInOneLine() {
        NetStorageClient slow = new NetStorageClient(server.endpoint(), CREDENTIALS, () -> System.currentTimeMillis() / 1000 - 300,
                Duration.ofMillis(10));
        BadInputException e = assertThrows(BadInputException.class, () -> publish(c -> c, slow));

        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        // 300 s off, give or take the second the Date header rounds to.
        assertTrue(e.getMessage().matches(".*this machine's clock is (299|300|301|302) s behind NetStorage's.*"), e.getMessage());
        assertTrue(e.getMessage().contains("about 60 s"), e.getMessage());
        assertTrue(e.getMessage().contains("NTP"), e.getMessage());
    }

    @Test
    void credentialsComeFromTheEnvironmentOrAFile(@TempDir Path dir) throws Exception {
        NetStorageSettings settings = NetStorageSettings.of(server.endpoint().toString(), null);
        NetStorageSettings.Credentials fromEnv = settings.credentials(Map.of(NetStorageSettings.KEY_NAME_VARIABLE, "acct",
                NetStorageSettings.KEY_VARIABLE, "k3y"));
        assertEquals("acct", fromEnv.keyName());
        assertEquals("k3y", fromEnv.key());
        assertFalse(fromEnv.toString().contains("k3y") || fromEnv.toString().contains("acct"));

        BadInputException missing = assertThrows(BadInputException.class, () -> settings.credentials(Map.of()));
        assertTrue(missing.getMessage().contains("SORRY_NETSTORAGE_KEY_NAME"), missing.getMessage());

        Path file = dir.resolve("netstorage.auth");
        Files.writeString(file, "# upload account\n[default]\nkey_name = acct2\nkey = s3cret=with=equals\n");
        NetStorageSettings.Credentials fromFile = NetStorageSettings.of(null, file.toString()).credentials(Map.of());
        assertEquals("acct2", fromFile.keyName());
        assertEquals("s3cret=with=equals", fromFile.key());

        Files.writeString(file, "key_name=acct2\nthis-line-is-the-secret\n");
        BadInputException noKey = assertThrows(BadInputException.class,
                () -> NetStorageSettings.of(null, file.toString()).credentials(Map.of()));
        assertTrue(noKey.getMessage().contains("no key= line"), noKey.getMessage());
        assertFalse(noKey.getMessage().contains("this-line-is-the-secret"), noKey.getMessage());
    }

    @Test
    void statOfAMissingFileIsNull() {
        NetStorageClient client = new NetStorageClient(server.endpoint(), CREDENTIALS);
        assertNull(client.stat(root() + "nothing.html"));
        assertEquals(List.of(), client.dir(root() + "nowhere"));
        client.upload(root() + "a/b.txt", "hi".getBytes(), Md5.hex("hi".getBytes()));
        NetStorageEntry entry = client.stat(root() + "a/b.txt");
        assertNotNull(entry);
        assertEquals(2, entry.size());
        assertEquals("dir", client.dir(root()).get(0).type());
    }
}
