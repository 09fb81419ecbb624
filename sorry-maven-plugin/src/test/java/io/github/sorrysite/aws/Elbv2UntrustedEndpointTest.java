package io.github.sorrysite.aws;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.albswitch.ListenerRef;
import io.github.sorrysite.core.settings.AwsSettings;
import io.github.sorrysite.http.TestCertificates;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ELBv2 endpoint whose certificate this JVM does not trust (a TLS-inspecting proxy's, here one
 * signed by a CA of the test's own, served by the JDK's HttpsServer on 127.0.0.1) fails in one line
 * that says how to trust it.
 */
class Elbv2UntrustedEndpointTest {
    @Test
    void anUntrustedCertificateSaysHowToTrustIt(@TempDir Path dir) throws Exception {
        TestCertificates certs = TestCertificates.ca(dir);
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(TestCertificates.serverContext(certs.server("proxy", 30))));
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.start();
        String keyId = System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
        String secret = System.setProperty("aws.secretAccessKey", "example-secret");
        try (Elbv2ListenerRules rules = Elbv2ListenerRules.create(AwsSettings.builder().region("us-east-1")
                .endpoint("https://127.0.0.1:" + server.getAddress().getPort()).build())) {
            InfrastructureException e = assertThrows(InfrastructureException.class, () -> rules.read(new ListenerRef(
                    "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2", null, 0)));
            assertTrue(e.getMessage().contains("not trusted") && e.getMessage().contains("-Djavax.net.ssl.trustStore=")
                    && !e.getMessage().contains("\n"), e.getMessage());
        } finally {
            restore("aws.accessKeyId", keyId);
            restore("aws.secretAccessKey", secret);
            server.stop(0);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
