package io.github.sorrysite.core.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.BadInputException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublishConfigTest {
    @Test
    void defaults() {
        PublishConfig config = PublishConfig.builder().target("s3://my-bucket/sorry/").build();

        assertEquals("my-bucket", config.target().bucket());
        assertEquals("sorry/", config.target().prefix());
        assertEquals("s3://my-bucket/sorry/", config.target().describe());
        assertNull(config.region());
        assertNull(config.endpoint());
        assertEquals(ChecksumMode.WHEN_SUPPORTED, config.checksums());
        assertEquals(List.of(), config.distributionIds());
        assertEquals("", config.pathPrefix());
        assertEquals(100, config.maxDeletes());
        assertEquals(8, config.concurrency());
        assertEquals(Duration.ofMinutes(15), config.waitTimeout());
    }

    @Test
    void parsesEveryParameter() {
        PublishConfig config = PublishConfig.builder().target("s3://my-bucket").region("ap-northeast-1").profile("release")
                .endpoint("http://127.0.0.1:9000").checksums("when-required").distributionIds("E1AAAAAAAAAA, E2BBBBBBBBBB,")
                .pathPrefix("/sorry/").waitTimeout("90s").build();

        assertEquals("", config.target().prefix());
        assertEquals("ap-northeast-1", config.region());
        assertEquals("release", config.profile());
        assertEquals("127.0.0.1", config.endpoint().getHost());
        assertEquals(ChecksumMode.WHEN_REQUIRED, config.checksums());
        assertEquals(List.of("E1AAAAAAAAAA", "E2BBBBBBBBBB"), config.distributionIds());
        assertEquals("/sorry", config.pathPrefix());
        assertEquals(Duration.ofSeconds(90), config.waitTimeout());
    }

    @Test
    void aFileTargetIsALocalDirectory() {
        PublishTarget target = PublishTarget.parse("file:///tmp/sorry-mirror/");
        assertTrue(target.isLocal());
        assertEquals(Path.of("/tmp/sorry-mirror"), target.directory());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|sorry.target",
            "https://bucket/x|sorry.target",
            "s3://Bad_Bucket/x|sorry.target",
            "s3://bucket/a/../b|sorry.target",
            "file://host/dir|sorry.target"})
    void badTargetsNameTheParameter(String target, String where) {
        assertEquals(where, assertThrows(BadInputException.class, () -> PublishConfig.builder().target(target).build()).where());
    }

    @Test
    void badValuesNameTheirParameter() {
        assertEquals("sorry.aws.region", where(PublishConfig.builder().target("s3://b-b").region("Tokyo")));
        assertEquals("sorry.aws.endpoint", where(PublishConfig.builder().target("s3://b-b").endpoint("127.0.0.1:9000")));
        assertEquals("sorry.aws.checksums", where(PublishConfig.builder().target("s3://b-b").checksums("never")));
        assertEquals("sorry.cloudfront.distributionId", where(PublishConfig.builder().target("s3://b-b").distributionIds("d111.cloudfront.net")));
        assertEquals("sorry.cloudfront.pathPrefix", where(PublishConfig.builder().target("s3://b-b").pathPrefix("sorry")));
        assertEquals("sorry.cloudfront.waitTimeout", where(PublishConfig.builder().target("s3://b-b").waitTimeout("soon")));
        assertEquals("sorry.maxDeletes", where(PublishConfig.builder().target("s3://b-b").maxDeletes(-1)));
        assertEquals("sorry.concurrency", where(PublishConfig.builder().target("s3://b-b").concurrency(0)));
    }

    private static String where(PublishConfig.Builder builder) {
        return assertThrows(BadInputException.class, builder::build).where();
    }
}
