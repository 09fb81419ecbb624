package io.github.sorrysite.akamai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.RecordingListener;
import io.github.sorrysite.core.publish.PublishConfig;
import io.github.sorrysite.core.publish.Publisher;
import io.github.sorrysite.core.publish.TestSites;
import io.github.sorrysite.core.publish.apply.InvalidateCdn;
import io.github.sorrysite.core.publish.apply.PublishResult;
import io.github.sorrysite.core.publish.plan.PublishPlan;
import io.github.sorrysite.core.publish.store.LocalDirectoryObjectStore;
import io.github.sorrysite.core.settings.FastPurgeSettings;
import io.github.sorrysite.core.site.BuildOutput;
import io.github.sorrysite.core.site.SiteConfig;
import io.github.sorrysite.netstorage.NetStorageStandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fast Purge through the real EdgeGrid signer against the Python stand-in, whose EdgeGrid check
 * is written separately from the signer and passes Akamai's vectors itself
 * ({@link #theStandInsVerifierPassesAkamaisVectors}).
 */
class FastPurgeInvalidatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static NetStorageStandIn server;

    @TempDir
    Path project;

    private final RecordingListener log = new RecordingListener();
    private final TestSites.FakePacer pacer = new TestSites.FakePacer();

    @BeforeAll
    static void start() {
        server = new NetStorageStandIn("--estimated-seconds", "5");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
    }

    private static EdgeRc edgeRc(String secret) {
        return new EdgeRc(NetStorageStandIn.EDGEGRID_HOST, NetStorageStandIn.CLIENT_TOKEN, secret, NetStorageStandIn.ACCESS_TOKEN,
                EdgeRc.DEFAULT_MAX_BODY, "section [default] of test.edgerc");
    }

    private FastPurgeInvalidator purger(String secret, String hostnames) {
        FastPurgeSettings settings = FastPurgeSettings.of(project.resolve(".edgerc").toString(), "default", server.endpoint().toString(), hostnames);
        return new FastPurgeInvalidator(settings, edgeRc(secret), log, pacer);
    }

    private List<JsonNode> purges() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(server.stats()).path("purges").forEach(out::add);
        return out;
    }

    @Test
    void theStandInsVerifierPassesAkamaisVectors() throws Exception {
        Process p = new ProcessBuilder("python3", NetStorageStandIn.SCRIPT.toString(), "--self-test").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("self-test passed"), out);
    }

    @Test
    void aPublishPurgesTheChangedPagesOnEachHostname() throws Exception {
        SiteConfig site = TestSites.buildDefaultSite(project);
        PublishConfig config = PublishConfig.builder().target("file://" + project.resolve("mirror")).purgeNetwork("production").build();
        PublishResult result;
        try (FastPurgeInvalidator purger = purger(NetStorageStandIn.CLIENT_SECRET, "www.example.com,failover.example.com")) {
            result = new Publisher(BuildOutput.of(site), config, new LocalDirectoryObjectStore(project.resolve("mirror")), purger, log, pacer)
                    .publish();
        }

        List<JsonNode> purges = purges();
        assertEquals(1, purges.size(), server.stats());
        assertEquals("production", purges.get(0).path("network").asText());
        List<String> urls = new ArrayList<>();
        purges.get(0).path("objects").forEach(u -> urls.add(u.asText()));
        assertEquals(List.of("https://www.example.com/ja/maintenance.html", "https://www.example.com/maintenance.html",
                "https://failover.example.com/ja/maintenance.html", "https://failover.example.com/maintenance.html"), urls);
        assertEquals(0, JSON.readTree(server.stats()).path("refused").asInt(), "the stand-in accepted the EdgeGrid signature");
        String id = result.invalidationIds().get("production");
        assertTrue(log.text().contains("Fast Purge " + id + " accepted on production: 4 URLs, estimated 5 s"), log.text());
        assertTrue(log.text().contains("created on Akamai production network (Fast Purge)"), log.text());
    }

    @Test
    void aDryRunShowsThePurgeAndSendsNothing() throws Exception {
        SiteConfig site = TestSites.buildDefaultSite(project);
        PublishConfig config = PublishConfig.builder().target("file://" + project.resolve("mirror")).purgeNetwork("staging").dryRun(true).build();
        try (FastPurgeInvalidator purger = purger(NetStorageStandIn.CLIENT_SECRET, "www.example.com")) {
            new Publisher(BuildOutput.of(site), config, new LocalDirectoryObjectStore(project.resolve("mirror")), purger, log, pacer).publish();
        }
        assertTrue(log.text().contains("staging"), log.text());
        assertEquals(List.of(), purges());
    }

    @Test
    void aMissingEdgercStopsThePublishInItsPreflightDryRunIncluded() throws Exception {
        SiteConfig site = TestSites.buildDefaultSite(project);
        FastPurgeSettings settings = FastPurgeSettings.of(project.resolve("no.edgerc").toString(), "default", server.endpoint().toString(),
                "www.example.com");
        Path mirror = project.resolve("mirror");
        PublishConfig.Builder config = PublishConfig.builder().target("file://" + mirror).purgeNetwork("production");
        try (FastPurgeInvalidator purger = FastPurgeInvalidator.create(settings, log, pacer)) {
            // The preflight runs in the plan, so the dry run of a PR job finds missing credentials too.
            for (boolean dryRun : List.of(true, false)) {
                BadInputException e = assertThrows(BadInputException.class, () -> new Publisher(BuildOutput.of(site),
                        config.dryRun(dryRun).build(), new LocalDirectoryObjectStore(mirror), purger, log, pacer).publish());
                assertTrue(e.getMessage().startsWith("sorry.akamai.edgerc: " + project.resolve("no.edgerc") + " does not exist"),
                        e.getMessage());
            }
        }
        assertFalse(Files.exists(mirror.resolve("maintenance.html")), "nothing was uploaded");
    }

    @Test
    void manyUrlsAreBatchedUnderTheBodyLimitAndEachIsSentOnce() throws Exception {
        List<String> paths = IntStream.range(0, 2500).mapToObj(i -> "/sorry/page-number-" + i + "-with-a-long-name.html").toList();
        String ids;
        try (FastPurgeInvalidator purger = purger(NetStorageStandIn.CLIENT_SECRET, "www.example.com")) {
            ids = purger.invalidate("production", paths, "ref-1");
        }
        List<JsonNode> purges = purges();
        assertTrue(purges.size() >= 2, "one body would be over 50,000 bytes: " + purges.size());
        List<String> sent = new ArrayList<>();
        purges.forEach(p -> p.path("objects").forEach(u -> sent.add(u.asText())));
        assertEquals(paths.stream().map(p -> "https://www.example.com" + p).toList(), sent);
        assertEquals(purges.size(), ids.split(",").length);
        for (List<String> batch : FastPurgeInvalidator.batches(sent)) {
            assertTrue(FastPurgeInvalidator.body(batch).length <= 50_000);
        }
        assertTrue(log.text().contains("(batch 2 of " + purges.size() + ")"), log.text());
    }

    @Test
    void aRateLimitBacksOffAndRetriesOnlyWhatWasNotAccepted() throws Exception {
        List<String> paths = IntStream.range(0, 2500).mapToObj(i -> "/sorry/page-number-" + i + "-with-a-long-name.html").toList();
        server.throttlePurges(2, 1); // the first batch goes through, the second is refused twice
        try (FastPurgeInvalidator purger = purger(NetStorageStandIn.CLIENT_SECRET, "www.example.com")) {
            new InvalidateCdn(purger, log, pacer, false, Duration.ofMinutes(15))
                    .run(List.of(new PublishPlan.Invalidation("production", paths)), "run-1");
        }
        List<String> sent = new ArrayList<>();
        purges().forEach(p -> p.path("objects").forEach(u -> sent.add(u.asText())));
        assertEquals(paths.size(), sent.size(), "no URL purged twice, none left out");
        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(10)), pacer.sleeps, "backed off 5 s, then 10 s");
        assertTrue(log.text().contains("retrying in 5 s"), log.text());
    }

    @Test
    void aWrongCredentialIsOneLineWithoutTheSecret() throws Exception {
        BadInputException e;
        try (FastPurgeInvalidator purger = purger("not-the-secret=", "www.example.com")) {
            e = assertThrows(BadInputException.class, () -> purger.invalidate("production", List.of("/maintenance.html"), "ref-2"));
        }
        assertTrue(e.getMessage().startsWith("sorry.akamai.edgerc: Fast Purge refused the API client of section [default] of test.edgerc (HTTP 401"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        for (String secret : List.of("not-the-secret", NetStorageStandIn.CLIENT_TOKEN, NetStorageStandIn.ACCESS_TOKEN)) {
            assertFalse(e.getMessage().contains(secret), e.getMessage());
            assertFalse(log.text().contains(secret), log.text());
        }
        assertEquals(List.of(), purges());
    }

    @Test
    void waitingWaitsTheEstimateThenChecksThePage() throws Exception {
        String base = server.endpoint().toString();
        try (FastPurgeInvalidator purger = purger(NetStorageStandIn.CLIENT_SECRET, base)) {
            new InvalidateCdn(purger, log, pacer, true, Duration.ofMinutes(15))
                    .run(List.of(new PublishPlan.Invalidation("production", List.of("/maintenance.html"))), "run-2");
        }
        assertEquals(List.of(Duration.ofSeconds(5)), pacer.sleeps, "the estimated seconds, once");
        assertTrue(log.text().contains("checked " + base + "/maintenance.html: HTTP 503, X-Cache: TCP_MISS"), log.text());
        assertTrue(log.text().contains("Completed after 5 s"), log.text());
    }

    @Test
    void theEdgercSectionIsRead() throws Exception {
        Path file = project.resolve(".edgerc");
        Files.writeString(file, "[default]\nhost = akab-one.luna.akamaiapis.net/\nclient_token = ct\nclient_secret = cs=\naccess_token = at\n"
                + "\n[ccu]\nhost = https://akab-two.purge.akamaiapis.net\nclient_token = ct2\nclient_secret = cs2\naccess_token = at2\nmax-body = 2048\n");
        EdgeRc ccu = EdgeRc.read(file, "ccu");
        assertEquals("akab-two.purge.akamaiapis.net", ccu.host());
        assertEquals("cs2", ccu.clientSecret());
        assertEquals(2048, ccu.maxBody());
        assertEquals("akab-one.luna.akamaiapis.net", EdgeRc.read(file, "default").host());
        BadInputException missing = assertThrows(BadInputException.class, () -> EdgeRc.read(file, "nope"));
        assertTrue(missing.getMessage().contains("has no section [nope]"), missing.getMessage());
        Files.writeString(file, "[default]\nhost = h\nclient_token = ct\naccess_token = at\n");
        BadInputException noSecret = assertThrows(BadInputException.class, () -> EdgeRc.read(file, "default"));
        assertTrue(noSecret.getMessage().contains("has no client_secret"), noSecret.getMessage());
    }
}
