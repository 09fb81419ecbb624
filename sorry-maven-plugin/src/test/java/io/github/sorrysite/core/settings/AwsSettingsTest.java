package io.github.sorrysite.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.sorrysite.core.BadInputException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class AwsSettingsTest {
    @Test
    void defaultsAreTheSdkChain() {
        AwsSettings aws = AwsSettings.builder().build();
        assertNull(aws.region());
        assertNull(aws.profile());
        assertNull(aws.endpointFor("s3"));
        assertEquals(ChecksumMode.WHEN_SUPPORTED, aws.checksums());
    }

    @Test
    void oneEndpointServesEveryClientAndAServiceMayOverrideIt() {
        AwsSettings aws = AwsSettings.builder().region("ap-northeast-1").profile(" release ").endpoint("http://127.0.0.1:5000")
                .serviceEndpoint("cloudfront", "http://127.0.0.1:6000").serviceEndpoint("s3", " ").checksums("when-required").build();
        assertEquals("ap-northeast-1", aws.region());
        assertEquals("release", aws.profile());
        assertEquals(URI.create("http://127.0.0.1:5000"), aws.endpointFor("s3"));
        assertEquals(URI.create("http://127.0.0.1:5000"), aws.endpointFor("elbv2"));
        assertEquals(URI.create("http://127.0.0.1:6000"), aws.endpointFor("cloudfront"));
        assertEquals(ChecksumMode.WHEN_REQUIRED, aws.checksums());
    }

    @Test
    void badValuesNameTheirParameter() {
        assertEquals("sorry.aws.region", where(AwsSettings.builder().region("Tokyo")));
        assertEquals("sorry.aws.endpoint", where(AwsSettings.builder().endpoint("127.0.0.1:9000")));
        assertEquals("sorry.aws.cloudfront.endpoint", where(AwsSettings.builder().serviceEndpoint("cloudfront", "ftp://x")));
        assertEquals("sorry.aws.checksums", where(AwsSettings.builder().checksums("never")));
    }

    private static String where(AwsSettings.Builder builder) {
        return assertThrows(BadInputException.class, builder::build).where();
    }
}
