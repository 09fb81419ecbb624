package io.github.sorrysite.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.common.Md5;
import io.github.sorrysite.core.publish.PublishTarget;
import io.github.sorrysite.core.settings.AwsSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * What the publish's object requests put on the wire, and how they read S3's answers, from a
 * WireMock stand-in that records each request and answers as S3's REST API documents (PutObject,
 * GetObject, HeadObject, the error document). That the signature is right is checked by the
 * servers that verify it (s3proxy in {@link S3PublishTest} and {@link S3ProxyStoreTest}).
 */
class S3ObjectRequestsTest {
    private static final byte[] BODY = "<!doctype html><title>Sorry</title>".getBytes(StandardCharsets.UTF_8);
    private WireMockServer wireMock;
    private S3Client s3;

    @BeforeEach
    void start() {
        wireMock = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        wireMock.start();
        AwsSettings aws = AwsSettings.builder().region("eu-west-1").endpoint("http://127.0.0.1:" + wireMock.port()).build();
        s3 = TestS3Clients.s3(aws, 4, StaticCredentialsProvider.create(AwsSessionCredentials.create("AKIDEXAMPLE", "secret", "the-token")));
    }

    @AfterEach
    void stop() {
        s3.close();
        wireMock.stop();
    }

    private S3ObjectRequests requests(boolean crc32) {
        return S3ObjectRequests.of(s3, "sorry-bucket", AwsClients.objectRequestsHttp(4), crc32);
    }

    private S3Exchange.Response put(S3ObjectRequests requests, String key) {
        return requests.put(key, ContentStreamProvider.fromByteArray(BODY), BODY.length, Md5.base64(Md5.hex(BODY)),
                Map.of("Content-Type", "text/html; charset=utf-8", "Cache-Control", "max-age=60", "x-amz-meta-sorry-digest", "d1"));
    }

    private List<LoggedRequest> requests() {
        return wireMock.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl()));
    }

    @Test
    void aPutIsAPlainSignedUploadWithItsMd5AndCrc32() throws Exception {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("ETag", "\"" + Md5.hex(BODY) + "\"")));

        try (S3ObjectRequests requests = requests(true)) {
            S3Exchange.Response response = put(requests, "site/a b+c/é.html");
            assertEquals("\"" + Md5.hex(BODY) + "\"", response.header("etag").orElseThrow(), "headers are read case-insensitively");
        }

        LoggedRequest put = requests().get(0);
        assertEquals("PUT", put.getMethod().getName());
        assertEquals("/sorry-bucket/site/a%20b%2Bc/%C3%A9.html", put.getUrl(), "path-style, each key character encoded once");
        assertArrayEquals(BODY, put.getBody(), "the body as sent, no aws-chunked framing");
        assertEquals(String.valueOf(BODY.length), put.getHeader("Content-Length"));
        assertFalse(put.containsHeader("Content-Encoding"), "no aws-chunked content encoding");
        assertEquals(Md5.base64(Md5.hex(BODY)), put.getHeader("Content-MD5"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(BODY)), put.getHeader("x-amz-content-sha256"),
                "the payload's hash is signed");
        CRC32 crc = new CRC32();
        crc.update(BODY);
        assertEquals(java.util.Base64.getEncoder().encodeToString(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array()),
                put.getHeader("x-amz-checksum-crc32"));
        assertEquals("text/html; charset=utf-8", put.getHeader("Content-Type").toLowerCase(java.util.Locale.ROOT), "(Jetty upper-cases the charset)");
        assertEquals("max-age=60", put.getHeader("Cache-Control"));
        assertEquals("d1", put.getHeader("x-amz-meta-sorry-digest"));
        assertEquals("the-token", put.getHeader("x-amz-security-token"));
        String authorization = put.getHeader("Authorization");
        assertTrue(authorization.startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/") && authorization.contains("/eu-west-1/s3/aws4_request"),
                authorization);
        assertTrue(authorization.contains("content-md5") && authorization.contains("x-amz-meta-sorry-digest"), "signed: " + authorization);
    }

    @Test
    void withoutCrc32TheUploadCarriesOnlyItsMd5() {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));

        try (S3ObjectRequests requests = requests(false)) {
            put(requests, "site/x.html");
        }

        assertFalse(requests().get(0).containsHeader("x-amz-checksum-crc32"));
        assertTrue(requests().get(0).containsHeader("Content-MD5"));
    }

    @Test
    void aSlowDownIsRetriedAsTheS3ClientWouldRetryIt() {
        wireMock.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("again")
                .willReturn(aResponse().withStatus(503).withBody("<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>")));
        wireMock.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs("again").willSetStateTo("ok")
                .willReturn(aResponse().withStatus(500).withBody("<Error><Code>InternalError</Code><Message>We encountered an internal error.</Message></Error>")));
        wireMock.stubFor(any(anyUrl()).inScenario("s").whenScenarioStateIs("ok").willReturn(aResponse().withStatus(200)));

        try (S3ObjectRequests requests = requests(true)) {
            put(requests, "site/x.html");
        }

        assertEquals(3, requests().size());
        assertTrue(requests().stream().allMatch(r -> java.util.Arrays.equals(BODY, r.getBody())), "the whole body each time");
    }

    @Test
    void aRefusalIsTheServicesErrorAndIsNotRetried() {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(403).withHeader("x-amz-request-id", "R1")
                .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>")));

        S3Exception e;
        try (S3ObjectRequests requests = requests(true)) {
            e = assertThrows(S3Exception.class, () -> put(requests, "site/x.html"));
        }

        assertEquals(403, e.statusCode());
        assertEquals("AccessDenied", e.awsErrorDetails().errorCode());
        assertEquals("Access Denied", e.awsErrorDetails().errorMessage());
        assertEquals("R1", e.requestId());
        assertEquals(1, requests().size());
    }

    @Test
    void aMissingObjectIsNullAndAnObjectIsItsHeadersAndBody() {
        wireMock.stubFor(any(com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/sorry-bucket/site/gone.html"))
                .willReturn(aResponse().withStatus(404)));
        wireMock.stubFor(any(com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/sorry-bucket/site/here.html"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withHeader("Cache-Control", "no-cache")
                        .withHeader("x-amz-meta-sorry-digest", "d1").withBody(BODY)));

        try (S3ObjectRequests requests = requests(true)) {
            assertNull(requests.head("site/gone.html"));
            assertNull(requests.get("site/gone.html"));
            S3Exchange.Response got = requests.get("site/here.html");
            assertArrayEquals(BODY, got.body());
            assertEquals("no-cache", got.header("Cache-Control").orElseThrow());
            S3Exchange.Response head = requests.head("site/here.html");
            assertEquals(0, head.body().length);
            assertEquals("d1", head.header("X-Amz-Meta-Sorry-Digest").orElseThrow());
        }
    }

    @Test
    void anUnreachableStoreIsRetriedThenReportedInOneLine() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        AwsSettings aws = AwsSettings.builder().region("us-east-1").endpoint("http://127.0.0.1:" + port).build();
        try (S3ObjectStore store = new S3ObjectStore(TestS3Clients.s3(aws, 4, S3ProxyServer.credentials()), new PublishTarget.S3("b", "site/"),
                "us-east-1", null)) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> store.fetch("x.html"));
            assertTrue(e instanceof InfrastructureException || e instanceof BadInputException, String.valueOf(e));
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertTrue(e.getMessage().contains("reading s3://b/site/x.html"), e.getMessage());
            assertTrue(e.getCause() == null || e.getCause() instanceof SdkClientException, String.valueOf(e.getCause()));
        }
    }

    @Test
    void aListingFollowsItsContinuationTokenAndDecodesKeys() {
        wireMock.stubFor(any(anyUrl()).withQueryParam("continuation-token", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .willReturn(aResponse().withStatus(200).withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>sorry-bucket</Name><Prefix>site%2F</Prefix>"
                        + "<KeyCount>1</KeyCount><MaxKeys>1</MaxKeys><EncodingType>url</EncodingType><IsTruncated>true</IsTruncated>"
                        + "<Contents><Key>site/a+b%2Bc/%C3%A9.html</Key><LastModified>2026-12-01T10:00:00.000Z</LastModified>"
                        + "<ETag>&quot;0cc175b9c0f1b6a831c399e269772661&quot;</ETag><Size>1</Size><StorageClass>STANDARD</StorageClass></Contents>"
                        + "<NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken></ListBucketResult>")));
        wireMock.stubFor(any(anyUrl()).withQueryParam("continuation-token",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM="))
                .willReturn(aResponse().withStatus(200).withBody("<ListBucketResult><EncodingType>url</EncodingType><IsTruncated>false</IsTruncated>"
                        + "<Contents><Key>site/z.html</Key><LastModified>2026-12-01T10:00:01.000Z</LastModified><ETag>\"e\"</ETag><Size>22</Size>"
                        + "</Contents></ListBucketResult>")));

        List<S3Listing.Entry> listed;
        try (S3ObjectRequests requests = requests(true)) {
            listed = requests.list("site/");
        }

        assertEquals(List.of(new S3Listing.Entry("site/a b+c/é.html", 1, "\"0cc175b9c0f1b6a831c399e269772661\"",
                java.time.Instant.parse("2026-12-01T10:00:00Z")), new S3Listing.Entry("site/z.html", 22, "\"e\"",
                java.time.Instant.parse("2026-12-01T10:00:01Z"))), listed);
        assertEquals(2, requests().size());
        LoggedRequest first = requests().get(0);
        assertEquals("/sorry-bucket", first.getUrl().substring(0, first.getUrl().indexOf('?')), "the bucket, path-style");
        assertEquals("2", first.queryParameter("list-type").firstValue());
        assertEquals("site/", first.queryParameter("prefix").firstValue());
        assertEquals("url", first.queryParameter("encoding-type").firstValue());
    }

    @Test
    void deleteObjectsSendsQuietXmlWithItsMd5AndReturnsTheKeysItCouldNotDelete() throws Exception {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<DeleteResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Error><Key>site/b&amp;c.html</Key><Code>AccessDenied</Code>"
                + "<Message>Access Denied</Message></Error></DeleteResult>")));

        List<S3Listing.Failure> failures;
        try (S3ObjectRequests requests = requests(true)) {
            failures = requests.deleteObjects(List.of("site/a.html", "site/b&c.html"));
        }

        assertEquals(List.of(new S3Listing.Failure("site/b&c.html", "AccessDenied", "Access Denied")), failures);
        LoggedRequest post = requests().get(0);
        assertEquals("POST", post.getMethod().getName());
        assertEquals("/sorry-bucket?delete", post.getUrl());
        String body = post.getBodyAsString();
        assertTrue(body.contains("<Quiet>true</Quiet><Object><Key>site/a.html</Key></Object><Object><Key>site/b&amp;c.html</Key></Object>"), body);
        assertEquals(Md5.base64(Md5.hex(post.getBody())), post.getHeader("Content-MD5"));
    }

    /** An endpoint override's URLs are the ones the S3 client's endpoint rules make with forcePathStyle, key by key. */
    @Test
    void pathStyleUrlsAreTheSdksOwn() {
        for (String endpoint : List.of("http://127.0.0.1:9000", "http://127.0.0.1:9000/", "https://minio.example.com/s3", "https://s3.example.com:8443/a/b/")) {
            for (String bucket : List.of("sorry-bucket", "my.dotted.bucket")) {
                var sdk = software.amazon.awssdk.services.s3.S3Utilities.builder().region(software.amazon.awssdk.regions.Region.EU_WEST_1)
                        .endpoint(java.net.URI.create(endpoint))
                        .s3Configuration(software.amazon.awssdk.services.s3.S3Configuration.builder().pathStyleAccessEnabled(true).build()).build();
                for (String key : List.of("site/maintenance.html", "site/a b+c/é&x.html")) {
                    String expected = sdk.getUrl(r -> r.bucket(bucket).key(key)).toString();
                    String ours = S3ObjectRequests.pathStyleBase(java.net.URI.create(endpoint), bucket)
                            + software.amazon.awssdk.utils.http.SdkHttpUtils.urlEncodeIgnoreSlashes(key);
                    assertEquals(expected, ours, endpoint + " " + bucket + " " + key);
                }
            }
        }
    }

    /** A machine whose clock is an hour behind: S3 says so (with its Date), and the request is signed again with S3's time. */
    @Test
    void aSkewedClockIsCorrectedFromTheStoresDate() {
        java.time.ZonedDateTime storeTime = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusHours(1);
        wireMock.stubFor(any(anyUrl()).inScenario("skew").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("ok")
                .willReturn(aResponse().withStatus(403).withHeader("Date", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(storeTime))
                        .withBody("<Error><Code>RequestTimeTooSkewed</Code><Message>The difference between the request time and the current"
                                + " time is too large.</Message></Error>")));
        wireMock.stubFor(any(anyUrl()).inScenario("skew").whenScenarioStateIs("ok").willReturn(aResponse().withStatus(200)));

        try (S3ObjectRequests requests = requests(true)) {
            put(requests, "site/x.html");
        }

        assertEquals(2, requests().size());
        java.time.Instant signedAt = java.time.LocalDateTime.parse(requests().get(1).getHeader("X-Amz-Date"),
                java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")).toInstant(java.time.ZoneOffset.UTC);
        assertTrue(Math.abs(java.time.Duration.between(storeTime.toInstant(), signedAt).toMinutes()) < 2, "signed at " + signedAt);
    }
}
