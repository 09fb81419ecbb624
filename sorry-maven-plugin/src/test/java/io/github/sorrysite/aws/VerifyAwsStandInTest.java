package io.github.sorrysite.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.sorrysite.core.settings.AwsSettings;
import io.github.sorrysite.core.verify.AcmChecks;
import io.github.sorrysite.core.verify.Check;
import io.github.sorrysite.core.verify.CertificateFacts;
import io.github.sorrysite.core.verify.HealthFacts;
import io.github.sorrysite.core.verify.ReadDeniedException;
import io.github.sorrysite.core.verify.RecordFacts;
import io.github.sorrysite.core.verify.Route53Checks;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What moto cannot show: an EMAIL-validated certificate (moto always says DNS), a failing health
 * check (moto's are always healthy) and a denied read. A WireMock stand-in answers the documented
 * wire formats (ACM's JSON 1.1 DescribeCertificate, Route 53's REST XML GetHealthCheckStatus), and
 * the real SDK clients of the adapters read them.
 */
class VerifyAwsStandInTest {
    static final String ARN = "arn:aws:acm:us-east-1:123456789012:certificate/email-1";
    WireMockServer standIn;
    AwsSettings aws;

    @BeforeEach
    void start() {
        standIn = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        standIn.start();
        aws = AwsSettings.builder().region("us-east-1").endpoint("http://127.0.0.1:" + standIn.port()).checksums("when-supported").build();
    }

    @AfterEach
    void stop() {
        standIn.stop();
    }

    @Test
    void anEmailValidatedCertificateWarnsThatItWillNotRenewByItself() {
        long notAfter = Instant.now().plusSeconds(200L * 86400).getEpochSecond();
        standIn.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("CertificateManager.DescribeCertificate"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody("""
                        {"Certificate":{"CertificateArn":"%s","DomainName":"sorry.example.com","SubjectAlternativeNames":["sorry.example.com"],
                        "Status":"ISSUED","Type":"AMAZON_ISSUED","NotAfter":%d,"RenewalEligibility":"INELIGIBLE",
                        "DomainValidationOptions":[{"DomainName":"sorry.example.com","ValidationMethod":"EMAIL","ValidationStatus":"SUCCESS"}]}}
                        """.formatted(ARN, notAfter))));
        CertificateFacts facts;
        try (AcmCertificateView acm = MotoChain.acm(aws)) {
            facts = acm.certificate(ARN);
        }
        assertEquals("EMAIL", facts.validationMethod());
        List<Check> checks = AcmChecks.check(facts, "sorry.example.com", Instant.now(), 30);
        Check email = checks.stream().filter(c -> c.status() == Check.Status.WARNING).findFirst().orElseThrow();
        assertTrue(email.message().startsWith("validated by EMAIL: ACM does not renew it by itself"), email.message());
        assertTrue(email.fix().contains("DNS-validated certificate"), email.fix());
        assertTrue(checks.stream().noneMatch(c -> c.status() == Check.Status.ERROR), checks.toString());
    }

    @Test
    void aFailingHealthCheckSaysRoute53ServesTheSecondaryNow() {
        String observation = """
                <HealthCheckObservation><Region>%s</Region><IPAddress>15.177.%d.1</IPAddress><StatusReport>
                <Status>Failure: HTTP Status Code 503, Service Unavailable. Resolved IP: 10.0.0.1</Status>
                <CheckedTime>2026-12-01T20:00:00Z</CheckedTime></StatusReport></HealthCheckObservation>""";
        standIn.stubFor(get(urlEqualTo("/2013-04-01/healthcheck/hc-1/status")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml").withBody("<?xml version=\"1.0\"?><GetHealthCheckStatusResponse "
                        + "xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\"><HealthCheckObservations>"
                        + observation.formatted("us-east-1", 2) + observation.formatted("eu-west-1", 3) + observation.formatted("ap-southeast-1", 4)
                        + "</HealthCheckObservations></GetHealthCheckStatusResponse>")));
        HealthFacts health;
        try (Route53RecordView route53 = MotoChain.route53(aws)) {
            health = route53.health("hc-1");
        }
        assertEquals(3, health.checkers());
        assertEquals(0, health.healthy());
        List<RecordFacts> records = List.of(
                new RecordFacts("sorry.example.com.", "A", "primary", "PRIMARY", "app.elb.amazonaws.com", true, "hc-1"),
                new RecordFacts("sorry.example.com.", "A", "secondary", "SECONDARY", "d111.cloudfront.net", false, ""));
        List<Check> checks = Route53Checks.check("sorry.example.com", records, "d111.cloudfront.net", id -> health);
        Check failing = checks.stream().filter(c -> c.status() == Check.Status.WARNING).findFirst().orElseThrow();
        assertTrue(failing.message().startsWith("0 of 3 checkers see the primary healthy (Failure: HTTP Status Code 503"), failing.message());
        assertTrue(failing.message().endsWith("Route 53 serves the SECONDARY, the sorry page, now"), failing.message());
    }

    @Test
    void aDeniedReadNamesTheReadOnlyAction() {
        standIn.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\":\"AccessDeniedException\",\"message\":\"User: arn:aws:iam::123456789012:user/ci is not authorized "
                        + "to perform: acm:DescribeCertificate\"}")));
        try (AcmCertificateView acm = MotoChain.acm(aws)) {
            ReadDeniedException denied = assertThrows(ReadDeniedException.class, () -> acm.certificate(ARN));
            assertEquals("acm:DescribeCertificate", denied.action());
        }
    }
}
