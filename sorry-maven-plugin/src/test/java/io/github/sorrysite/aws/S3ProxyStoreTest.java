package io.github.sorrysite.aws;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract against s3proxy 4.1 in-process (an in-memory blob store). */
class S3ProxyStoreTest extends S3CompatibleStoreContract {
    private static S3ProxyServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new S3ProxyServer();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Override boolean conditionalWrites() { return true; }
    @Override String endpoint() { return server.endpoint(); }
    @Override String accessKey() { return S3ProxyServer.ACCESS_KEY; }
    @Override String secretKey() { return S3ProxyServer.SECRET_KEY; }

    /** s3proxy stays up; the failure is every PUT from the fourth on answering 503, as an outage would. */
    @Test
    void killedMidPublishThenRerunConverges() throws Exception {
        killedMidPublishThenRerunConverges(() -> server.failPut = key -> true, () -> server.failPut = key -> false);
    }
}
