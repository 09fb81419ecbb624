package io.github.sorrysite.aws;

import io.github.sorrysite.core.RecordingListener;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.site.SiteConfig;
import io.github.sorrysite.core.publish.apply.InvalidateCdn;
import io.github.sorrysite.core.publish.store.LocalDirectoryObjectStore;
import io.github.sorrysite.core.publish.PublishConfig;
import io.github.sorrysite.core.publish.PublishTarget;
import io.github.sorrysite.core.settings.AwsSettings;
import io.github.sorrysite.core.site.BuildOutput;
import io.github.sorrysite.core.publish.plan.PublishPlan;
import io.github.sorrysite.core.publish.Publisher;
import io.github.sorrysite.core.publish.TestSites;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real CloudFront client against a WireMock stand-in for the CloudFront REST API (2020-05-31). */
class CloudFrontInvalidatorTest {
    private static final String DIST = "E2QWRUHAPOMQZL";
    private static final String CREATE = "/2020-05-31/distribution/" + DIST + "/invalidation";
    private static final String NS = "http://cloudfront.amazonaws.com/doc/2020-05-31/";

    private WireMockServer wireMock;
    private CloudFrontInvalidator invalidator;
    private final TestSites.FakePacer pacer = new TestSites.FakePacer();
    private final RecordingListener log = new RecordingListener();

    @TempDir
    Path project;

    @BeforeEach
    void start() {
        wireMock = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        wireMock.start();
        invalidator = new CloudFrontInvalidator(AwsClients.cloudFront(
                AwsSettings.builder().endpoint("http://127.0.0.1:" + wireMock.port()).build(), S3ProxyServer.credentials()), null);
    }

    @AfterEach
    void stop() {
        invalidator.close();
        wireMock.stop();
    }

    /** The preflight's read-only GetDistribution. */
    private void stubGetDistribution() {
        wireMock.stubFor(get(urlEqualTo("/2020-05-31/distribution/" + DIST)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml").withHeader("ETag", "E1")
                .withBody("<?xml version=\"1.0\"?><Distribution xmlns=\"http://cloudfront.amazonaws.com/doc/2020-05-31/\"><Id>" + DIST
                        + "</Id><Status>Deployed</Status></Distribution>")));
    }

    private PublishConfig.Builder config() {
        return PublishConfig.builder().target("file://" + project.resolve("mirror")).distributionIds(DIST);
    }

    static String created(String id, String status) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Invalidation xmlns=\"" + NS + "\"><Id>" + id + "</Id><Status>" + status
                + "</Status><CreateTime>2026-11-21T05:00:00Z</CreateTime><InvalidationBatch><Paths><Quantity>1</Quantity><Items>"
                + "<Path>/maintenance.html</Path></Items></Paths><CallerReference>ref</CallerReference></InvalidationBatch></Invalidation>";
    }

    static String error(String code) {
        return "<?xml version=\"1.0\"?><ErrorResponse xmlns=\"" + NS + "\"><Error><Type>Sender</Type><Code>" + code
                + "</Code><Message>" + code + " (stand-in)</Message></Error><RequestId>req-1</RequestId></ErrorResponse>";
    }

    private void stubCreate(String id) {
        wireMock.stubFor(post(urlPathMatching("/2020-05-31/distribution/[A-Z0-9]+/invalidation")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "text/xml").withHeader("Location", "https://cloudfront.amazonaws.com" + CREATE + "/" + id)
                .withBody(created(id, "InProgress"))));
    }

    private List<LoggedRequest> creates() {
        return wireMock.findAll(postRequestedFor(urlPathMatching("/2020-05-31/distribution/[A-Z0-9]+/invalidation")));
    }

    private static List<String> all(String xml, String element) {
        Matcher m = Pattern.compile("<" + element + ">([^<]*)</" + element + ">").matcher(xml);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    private InvalidateCdn invalidateCdn(boolean wait, Duration timeout) {
        return new InvalidateCdn(invalidator, log, pacer, wait, timeout);
    }

    @Test
    void createInvalidationSendsThePathsAndAUniqueCallerReferencePerRun() {
        stubCreate("I1");
        var batch = List.of(new PublishPlan.Invalidation(DIST, List.of("/maintenance.html", "/ja/maintenance.html")),
                new PublishPlan.Invalidation("E1OTHERDIST2", List.of("/maintenance.html", "/ja/maintenance.html")));

        Map<String, String> first = invalidateCdn(false, Duration.ofMinutes(1)).run(batch, "run-1");
        invalidateCdn(false, Duration.ofMinutes(1)).run(batch, "run-2");

        assertEquals(Map.of(DIST, "I1", "E1OTHERDIST2", "I1"), first);
        List<LoggedRequest> requests = creates();
        assertEquals(4, requests.size());
        assertEquals(CREATE, requests.get(0).getUrl());
        assertEquals("/2020-05-31/distribution/E1OTHERDIST2/invalidation", requests.get(1).getUrl());
        String body = requests.get(0).getBodyAsString();
        assertEquals(List.of("/maintenance.html", "/ja/maintenance.html"), all(body, "Path"));
        assertEquals(List.of("2"), all(body, "Quantity"));
        assertTrue(requests.get(0).getHeader("Authorization").startsWith("AWS4-HMAC-SHA256"), "signed by the SDK");
        var references = new HashSet<String>();
        requests.forEach(r -> references.addAll(all(r.getBodyAsString(), "CallerReference")));
        assertEquals(4, references.size(), "unique CallerReference per run and distribution: " + references);
    }

    @Test
    void tooManyInvalidationsInProgressBacksOffAndRetries() {
        String url = CREATE;
        wireMock.stubFor(post(urlEqualTo(url)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "text/xml").withBody(error("TooManyInvalidationsInProgress")))
                .willSetStateTo("still busy"));
        wireMock.stubFor(post(urlEqualTo(url)).inScenario("busy").whenScenarioStateIs("still busy")
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "text/xml").withBody(error("TooManyInvalidationsInProgress")))
                .willSetStateTo("free"));
        wireMock.stubFor(post(urlEqualTo(url)).inScenario("busy").whenScenarioStateIs("free")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "text/xml").withBody(created("I3", "InProgress"))));

        Map<String, String> ids = invalidateCdn(false, Duration.ofMinutes(1))
                .run(List.of(new PublishPlan.Invalidation(DIST, List.of("/maintenance.html"))), "run-1");

        assertEquals(Map.of(DIST, "I3"), ids);
        assertEquals(3, creates().size());
        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(10)), pacer.sleeps);
        assertTrue(log.text().contains("too many invalidations in progress; retrying in 5 s (attempt 2 of 8)"), log.text());
    }

    @Test
    void aDistributionThatStaysBusyFailsWithTheCommandToRunLater() {
        wireMock.stubFor(post(urlEqualTo(CREATE)).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "text/xml")
                .withBody(error("TooManyInvalidationsInProgress"))));

        InfrastructureException e = assertThrows(InfrastructureException.class, () -> invalidateCdn(false, Duration.ofMinutes(1))
                .run(List.of(new PublishPlan.Invalidation(DIST, List.of("/maintenance.html"))), "run-1"));

        assertEquals(8, creates().size());
        assertTrue(e.getMessage().contains("aws cloudfront create-invalidation --distribution-id " + DIST + " --paths '/maintenance.html'"),
                e.getMessage());
    }

    @Test
    void waitPollsGetInvalidationUntilCompleted() {
        stubCreate("I7");
        String url = CREATE + "/I7";
        wireMock.stubFor(get(urlEqualTo(url)).inScenario("wait").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withHeader("Content-Type", "text/xml").withBody(created("I7", "InProgress"))).willSetStateTo("2"));
        wireMock.stubFor(get(urlEqualTo(url)).inScenario("wait").whenScenarioStateIs("2")
                .willReturn(aResponse().withHeader("Content-Type", "text/xml").withBody(created("I7", "InProgress"))).willSetStateTo("3"));
        wireMock.stubFor(get(urlEqualTo(url)).inScenario("wait").whenScenarioStateIs("3")
                .willReturn(aResponse().withHeader("Content-Type", "text/xml").withBody(created("I7", "Completed"))));

        invalidateCdn(true, Duration.ofMinutes(5)).run(List.of(new PublishPlan.Invalidation(DIST, List.of("/maintenance.html"))), "run-1");

        assertEquals(3, wireMock.findAll(getRequestedFor(urlEqualTo(url))).size());
        assertEquals(List.of(Duration.ofSeconds(10), Duration.ofSeconds(10)), pacer.sleeps);
        assertTrue(log.text().contains("Invalidation I7 on " + DIST + ": InProgress (10 s of 300 s)"), log.text());
        assertTrue(log.text().contains("Invalidation I7 on " + DIST + ": Completed after 20 s"), log.text());
    }

    @Test
    void waitGivesUpAfterTheTimeout() {
        stubCreate("I8");
        wireMock.stubFor(get(urlEqualTo(CREATE + "/I8"))
                .willReturn(aResponse().withHeader("Content-Type", "text/xml").withBody(created("I8", "InProgress"))));

        InfrastructureException e = assertThrows(InfrastructureException.class, () -> invalidateCdn(true, Duration.ofSeconds(25))
                .run(List.of(new PublishPlan.Invalidation(DIST, List.of("/maintenance.html"))), "run-1"));

        assertEquals(3, wireMock.findAll(getRequestedFor(urlEqualTo(CREATE + "/I8"))).size());
        assertTrue(e.getMessage().contains("sorry.cloudfront.waitTimeout=25s"), e.getMessage());
    }

    @Test
    void anUnknownDistributionNamesTheParameter() {
        wireMock.stubFor(post(urlEqualTo(CREATE)).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "text/xml")
                .withBody(error("NoSuchDistribution"))));

        BadInputException e = assertThrows(BadInputException.class, () -> invalidator.invalidate(DIST, List.of("/a.html"), "ref"));

        assertEquals("sorry.cloudfront.distributionIds", e.where());
        assertTrue(e.getMessage().contains(DIST + " does not exist"), e.getMessage());
    }

    @Test
    void aFailedInvalidationSaysHowToInvalidateByHandAfterTheFix() {
        wireMock.stubFor(post(urlEqualTo(CREATE)).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "text/xml")
                .withBody(error("AccessDenied"))));

        BadInputException e = assertThrows(BadInputException.class, () -> invalidateCdn(false, Duration.ofMinutes(1))
                .run(List.of(new PublishPlan.Invalidation(DIST, List.of("/maintenance.html", "/ja/*"))), "run-1"));

        assertEquals("sorry.cloudfront.distributionIds", e.where());
        assertTrue(e.getMessage().contains("the upload is done, but /maintenance.html /ja/* was not invalidated; once fixed, run: "
                + "aws cloudfront create-invalidation --distribution-id " + DIST + " --paths '/maintenance.html' '/ja/*'"), e.getMessage());
        assertEquals(1, creates().size(), "access denied is not retried");
    }

    @Test
    void accessDeniedSaysWhichActionsToAllow() {
        wireMock.stubFor(post(urlEqualTo(CREATE)).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "text/xml")
                .withBody(error("AccessDenied"))));

        BadInputException e = assertThrows(BadInputException.class, () -> invalidator.invalidate(DIST, List.of("/a.html"), "ref"));

        assertTrue(e.getMessage().contains("cloudfront:CreateInvalidation"), e.getMessage());
    }

    @Test
    void publishingToAMirrorInvalidatesOnlyChangedPagesAndCollapsesToAWildcard() {
        stubCreate("I9");
        stubGetDistribution();
        SiteConfig site = TestSites.buildDefaultSite(project);
        PublishConfig config = config().maxPaths(1).pathPrefix("/sorry/").build();

        try (var store = new LocalDirectoryObjectStore(((PublishTarget.Directory) config.target()).directory())) {
            new Publisher(BuildOutput.of(site), config, store, invalidator, log, pacer).publish();
            new Publisher(BuildOutput.of(site), config, store, invalidator, log, pacer).publish();
        }

        List<LoggedRequest> requests = creates();
        assertEquals(1, requests.size(), "the re-publish invalidates nothing");
        assertEquals(List.of("/sorry/*"), all(requests.get(0).getBodyAsString(), "Path"));
        assertTrue(log.text().contains("Invalidation I9 created on CloudFront distribution " + DIST), log.text());
    }
}
