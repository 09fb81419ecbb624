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

    @Override String endpoint() { return server.endpoint(); }
    @Override String accessKey() { return server.accessKey; }
    @Override String secretKey() { return server.secretKey; }
    @Override boolean keepsFraming() { return true; }

    @org.junit.jupiter.api.AfterEach
    void showLogOnFailure(org.junit.jupiter.api.TestInfo info) {
        System.out.println("s3rver log after " + info.getDisplayName() + ":\n" + server.logTail());
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
