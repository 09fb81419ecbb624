package io.github.sorrysite.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.publish.PublishTarget;
import io.github.sorrysite.core.settings.AwsSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers that s3proxy cannot give (a bucket in another region), from a WireMock stand-in
 * replaying what S3 sends, read by the real SDK.
 */
class S3ErrorsTest {
    private WireMockServer wireMock;
    private S3ObjectStore store;

    @BeforeEach
    void start() {
        wireMock = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        wireMock.start();
        AwsSettings aws = AwsSettings.builder().region("us-east-1").endpoint("http://127.0.0.1:" + wireMock.port()).build();
        store = new S3ObjectStore(TestS3Clients.s3(aws, 8, S3ProxyServer.credentials()), new PublishTarget.S3("sorry-bucket", "site/"),
                aws.region(), null);
    }

    @AfterEach
    void stop() {
        store.close();
        wireMock.stop();
    }

    @Test
    void permanentRedirectNamesTheBucketsRegion() {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(301).withHeader("x-amz-bucket-region", "ap-northeast-1")
                .withHeader("Content-Type", "application/xml")
                .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>PermanentRedirect</Code><Message>The bucket you are attempting "
                        + "to access must be addressed using the specified endpoint.</Message><Endpoint>sorry-bucket.s3.ap-northeast-1.amazonaws.com"
                        + "</Endpoint><Bucket>sorry-bucket</Bucket></Error>")));

        BadInputException e = assertThrows(BadInputException.class, store::list);

        assertEquals("sorry.aws.region", e.where());
        assertEquals("sorry.aws.region: bucket 'sorry-bucket' is in ap-northeast-1, not in us-east-1 (listing s3://sorry-bucket/site/)"
                + " (fix: set -Dsorry.aws.region=ap-northeast-1 or <region>ap-northeast-1</region>)", e.getMessage());
    }

    @Test
    void authorizationHeaderMalformedNamesTheExpectedRegion() {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/xml")
                .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AuthorizationHeaderMalformed</Code><Message>The authorization "
                        + "header is malformed; the region 'us-east-1' is wrong; expecting 'eu-west-1'</Message><Region>eu-west-1</Region></Error>")));

        BadInputException e = assertThrows(BadInputException.class, store::list);

        assertEquals("sorry.aws.region", e.where());
        assertTrue(e.getMessage().contains("is in eu-west-1, not in us-east-1"), e.getMessage());
    }

    @Test
    void aDeleteDeniedPerKeySaysToAllowDeleteObject() {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/xml")
                .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><DeleteResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                        + "<Error><Key>site/old.html</Key><Code>AccessDenied</Code><Message>Access Denied</Message></Error></DeleteResult>")));

        BadInputException e = assertThrows(BadInputException.class, () -> store.delete(java.util.List.of("old.html")));

        assertEquals("sorry.target: access denied deleting 1 stale object(s) under s3://sorry-bucket/site/, e.g. site/old.html "
                + "(fix: allow s3:DeleteObject on the prefix for these credentials, or publish without sorry.deleteStale)", e.getMessage());
        String body = wireMock.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertTrue(body.contains("<Key>site/old.html</Key>") && body.contains("<Quiet>true</Quiet>"), body);
    }

    @Test
    void accessDeniedOnListingSaysWhatToAllow() {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/xml")
                .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>")));

        BadInputException e = assertThrows(BadInputException.class, store::list);

        assertEquals("sorry.target", e.where());
        assertTrue(e.getMessage().contains("access denied listing s3://sorry-bucket/site/ (AccessDenied)"), e.getMessage());
        assertTrue(e.getMessage().contains("s3:ListBucket"), e.getMessage());
    }
}
