package io.github.sorrysite.aws;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract against s3rver 3.7.1, which over http keeps the SDK's aws-chunked framing as the
 * object's bytes: the store's uploads are never framed, so its bytes are the build's with the
 * plugin's default settings.
 */
class S3rverStoreTest extends S3CompatibleStoreContract {
    @TempDir
    static Path work;
    private static ExternalServer server;

    @BeforeAll
    static void start() throws Exception {
        server = ExternalServer.s3rver(work).start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override boolean conditionalWrites() { return false; }
    @Override String endpoint() { return server.endpoint(); }
    @Override String accessKey() { return server.accessKey; }
    @Override String secretKey() { return server.secretKey; }

    /** s3rver's own log, printed only when a test fails, to tell its faults from ours. */
    @org.junit.jupiter.api.extension.RegisterExtension
    static final org.junit.jupiter.api.extension.TestWatcher LOG_ON_FAILURE = new org.junit.jupiter.api.extension.TestWatcher() {
        @Override
        public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
            System.out.println("s3rver log after " + context.getDisplayName() + ":\n" + (server == null ? "(not started)" : server.logTail()));
        }
    };

    /**
     * The finding, reproduced: an upload through the S3 client with its default settings is stored
     * with its framing (what publish used to do); the store's own uploads, default settings too, are
     * stored as sent, and no run needs to switch to anything.
     */
    @Test
    void theSdksFramedUploadIsKeptFramedButThePublishsUploadsAreNot() throws Exception {
        try (var framing = TestS3Clients.s3(aws(), 1, credentials(), false)) {
            framing.putObject(r -> r.bucket(bucket).key("framed.txt"), software.amazon.awssdk.core.sync.RequestBody.fromString("hello"));
            String stored = framing.getObjectAsBytes(r -> r.bucket(bucket).key("framed.txt")).asUtf8String();
            org.junit.jupiter.api.Assertions.assertTrue(stored.contains(";chunk-signature="), "s3rver kept the framing: " + stored);
        }
        publish(c -> c);
        assertBucketIsTheBuild();
    }

    /** With sorry.aws.checksums=when-required (no CRC32 header either) the bytes are the build's too. */
    @Test
    void whenRequiredChecksumsStoreTheBuildToo() throws Exception {
        var config = config().build();
        var aws = io.github.sorrysite.core.settings.AwsSettings.builder().endpoint(endpoint()).region("us-east-1").checksums("when-required").build();
        try (S3ObjectStore store = S3ObjectStore.create((io.github.sorrysite.core.publish.PublishTarget.S3) config.target(), aws, 4,
                credentials())) {
            new io.github.sorrysite.core.publish.Publisher(io.github.sorrysite.core.site.BuildOutput.of(site), config, store, cdn, log,
                    new io.github.sorrysite.core.publish.TestSites.FakePacer()).publish();
        }
        assertBucketIsTheBuild();
    }

    @Test
    void killedMidPublishThenRerunConverges() throws Exception {
        killedMidPublishThenRerunConverges(() -> {
            try {
                server.kill();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, () -> {
            try {
                server.start();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
