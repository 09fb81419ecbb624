package io.github.sorrysite.core.albswitch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.RecordingListener;
import io.github.sorrysite.core.alb.FixedResponse;
import io.github.sorrysite.core.common.Pacer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The live check against a real local HTTP server that starts answering with the sorry page on its third request. */
class LiveCheckTest {
    static final FixedResponse SORRY = FixedResponse.html(503, "<p>メンテナンス中");

    @Test
    void pollsUntilTheSorryPageAnswersThenUntilItStops() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            int n = requests.incrementAndGet();
            boolean sorry = n >= 3 && n < 6;
            byte[] body = (sorry ? SORRY.messageBody() : "<p>app").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(sorry ? 503 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            RecordingListener log = new RecordingListener();
            LiveCheck check = new LiveCheck(LiveCheck.http(), Pacer.SYSTEM, log);
            check.await(url, SORRY, true, Duration.ofSeconds(10), Duration.ofMillis(10));
            assertEquals(3, requests.get());
            assertTrue(log.text().contains("answers with the sorry page") && log.text().contains("3 requests"), log.text());
            check.await(url, SORRY, false, Duration.ofSeconds(10), Duration.ofMillis(10));
            assertEquals(6, requests.get());
            InfrastructureException e = assertThrows(InfrastructureException.class,
                    () -> check.await(url, SORRY, true, Duration.ofMillis(50), Duration.ofMillis(10)));
            assertTrue(e.getMessage().contains("did not answer with the sorry page") && e.getMessage().contains("HTTP 200"), e.getMessage());
        } finally {
            server.stop(0);
        }
    }
}
