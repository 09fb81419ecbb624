package io.github.sorrysite.aws;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract against s3rver 3.7.1, which over http keeps the SDK's aws-chunked framing as the
 * object's bytes: the first PUT finds that out and the run switches to plain uploads.
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
    @Override boolean keepsFraming() { return true; }

    /** s3rver's own log, printed only when a test fails, to tell its faults from ours. */
    @org.junit.jupiter.api.extension.RegisterExtension
    static final org.junit.jupiter.api.extension.TestWatcher LOG_ON_FAILURE = new org.junit.jupiter.api.extension.TestWatcher() {
        @Override
        public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
            System.out.println("s3rver log after " + context.getDisplayName() + ":\n" + (server == null ? "(not started)" : server.logTail()));
        }
    };

    /** The README's fix for such a store, which works over plain http: no framing from the first upload on, so no switch. */
    @Test
    void whenRequiredChecksumsUploadPlainlyFromTheStart() throws Exception {
        var config = config().build();
        var aws = io.github.sorrysite.core.settings.AwsSettings.builder().endpoint(endpoint()).region("us-east-1").checksums("when-required").build();
        try (S3ObjectStore store = S3ObjectStore.create((io.github.sorrysite.core.publish.PublishTarget.S3) config.target(), aws, 4,
                credentials(), log)) {
            new io.github.sorrysite.core.publish.Publisher(io.github.sorrysite.core.site.BuildOutput.of(site), config, store, cdn, log,
                    new io.github.sorrysite.core.publish.TestSites.FakePacer()).publish();
        }
        org.junit.jupiter.api.Assertions.assertFalse(log.text().contains("uploads plainly instead"), log.text());
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
