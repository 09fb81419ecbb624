package io.github.sorrysite.aws;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract against moto_server 5.2.1 (S3), which keeps in memory: killed, it comes back empty,
 * so the re-run starts from a new bucket.
 */
class MotoStoreTest extends S3CompatibleStoreContract {
    @TempDir
    static Path work;
    private static ExternalServer server;

    @BeforeAll
    static void start() throws Exception {
        server = ExternalServer.moto(work).start();
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
                s3.createBucket(b -> b.bucket(bucket));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
