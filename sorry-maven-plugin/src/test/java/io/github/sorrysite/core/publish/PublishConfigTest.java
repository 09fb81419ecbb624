package io.github.sorrysite.core.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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

        PublishTarget.S3 target = assertInstanceOf(PublishTarget.S3.class, config.target());
        assertEquals("my-bucket", target.bucket());
        assertEquals("sorry/", target.prefix());
        assertEquals("s3://my-bucket/sorry/", config.target().describe());
        assertEquals(List.of(), config.cdn().distributionIds());
        assertEquals("", config.cdn().pathPrefix());
        assertEquals(100, config.maxDeletes());
        assertEquals(16, config.concurrency(), "S3: a PUT and a read-back GET per page");
        assertEquals(Duration.ofMinutes(15), config.cdn().waitTimeout());
    }

    @Test
    void aDirectoryBucketIsRefusedWithItsReason() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> PublishConfig.builder().target("s3://sorry-site--use1-az4--x-s3/sorry").build());
        assertEquals("sorry.target", e.where());
        assertTrue(e.getMessage().contains("is a directory bucket (S3 Express One Zone)"), e.getMessage());
        assertTrue(e.getMessage().contains("general purpose bucket"), e.getMessage());
    }

    @Test
    void concurrencyDefaultsByTargetAndASettingWins() {
        assertEquals(10, PublishConfig.builder().target("netstorage://example-nsu.akamaihd.net/123456/sorry").build().concurrency());
        assertEquals(10, PublishConfig.builder().target("file:///tmp/sorry-mirror").build().concurrency());
        assertEquals(4, PublishConfig.builder().target("s3://my-bucket/sorry").concurrency(4).build().concurrency());
    }

    @Test
    void parsesEveryParameter() {
        PublishConfig config = PublishConfig.builder().target("s3://my-bucket").distributionIds("E1AAAAAAAAAA, E2BBBBBBBBBB,")
                .pathPrefix("/sorry/").waitTimeout("90s").build();

        assertEquals("", ((PublishTarget.S3) config.target()).prefix());
        assertEquals(List.of("E1AAAAAAAAAA", "E2BBBBBBBBBB"), config.cdn().distributionIds());
        assertEquals("/sorry", config.cdn().pathPrefix());
        assertEquals(Duration.ofSeconds(90), config.cdn().waitTimeout());
    }

    @Test
    void theSchemeChoosesTheKindOfTarget() {
        PublishTarget.Directory target = assertInstanceOf(PublishTarget.Directory.class, PublishTarget.parse("file:///tmp/sorry-mirror/"));
        assertEquals(Path.of("/tmp/sorry-mirror"), target.directory());
        assertInstanceOf(PublishTarget.S3.class, PublishTarget.parse("s3://bucket/x"));
        PublishTarget.NetStorage ns = assertInstanceOf(PublishTarget.NetStorage.class,
                PublishTarget.parse("netstorage://Example-nsu.akamaihd.net/123456/sorry/site/"));
        assertEquals("example-nsu.akamaihd.net", ns.host());
        assertEquals("123456", ns.cpCode());
        assertEquals("sorry/site/", ns.path());
        assertEquals("/123456/sorry/site", ns.root());
        assertEquals("netstorage://example-nsu.akamaihd.net/123456/sorry/site/", ns.describe());
        assertEquals("/123456", ((PublishTarget.NetStorage) PublishTarget.parse("netstorage://example-nsu.akamaihd.net/123456")).root());
    }

    @Test
    void aPurgeNetworkIsTheDistributionAndNeverCollapsesToAWildcard() {
        PublishConfig config = PublishConfig.builder().target("s3://bucket/x").purgeNetwork("Staging").build();
        assertEquals(java.util.List.of("staging"), config.cdn().distributionIds());
        assertEquals(io.github.sorrysite.core.publish.plan.CdnOptions.NO_WILDCARD, config.cdn().maxPaths());
        assertEquals("sorry.akamai.purge.network", assertThrows(BadInputException.class,
                () -> PublishConfig.builder().target("s3://bucket/x").purgeNetwork("prod").build()).where());
        assertEquals("sorry.akamai.purge.network", assertThrows(BadInputException.class,
                () -> PublishConfig.builder().target("s3://bucket/x").purgeNetwork("production").distributionIds("E2QWRUHAPOMQZL").build()).where());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|sorry.target",
            "https://bucket/x|sorry.target",
            "s3://Bad_Bucket/x|sorry.target",
            "s3://bucket/a/../b|sorry.target",
            "file://host/dir|sorry.target",
            "netstorage://example-nsu.akamaihd.net|sorry.target",
            "netstorage://example-nsu.akamaihd.net/abc/x|sorry.target",
            "netstorage://bad_host/123/x|sorry.target",
            "netstorage://example-nsu.akamaihd.net/123/a/../b|sorry.target"})
    void badTargetsNameTheParameter(String target, String where) {
        assertEquals(where, assertThrows(BadInputException.class, () -> PublishConfig.builder().target(target).build()).where());
    }

    @Test
    void badValuesNameTheirParameter() {
        assertEquals("sorry.cloudfront.distributionIds", where(PublishConfig.builder().target("s3://b-b").distributionIds("d111.cloudfront.net")));
        assertEquals("sorry.cloudfront.pathPrefix", where(PublishConfig.builder().target("s3://b-b").pathPrefix("sorry")));
        assertEquals("sorry.cloudfront.waitTimeout", where(PublishConfig.builder().target("s3://b-b").waitTimeout("soon")));
        assertEquals("sorry.publish.maxDeletes", where(PublishConfig.builder().target("s3://b-b").maxDeletes(-1)));
        assertEquals("sorry.publish.concurrency", where(PublishConfig.builder().target("s3://b-b").concurrency(0)));
    }

    private static String where(PublishConfig.Builder builder) {
        return assertThrows(BadInputException.class, builder::build).where();
    }
}
