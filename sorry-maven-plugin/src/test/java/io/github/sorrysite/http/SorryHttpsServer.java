package io.github.sorrysite.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.github.sorrysite.core.common.ContentTypes;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * The JDK's HttpsServer on 127.0.0.1 answering as a well-configured failover chain would: assets
 * under the content prefix from the built site with their type and cache, and the locale's sorry
 * page with 503 for every other path. Tests change what it answers with the public fields.
 */
final class SorryHttpsServer implements AutoCloseable {
    final HttpsServer server;
    final Path site;
    /** Extra headers on every asset, e.g. Access-Control-Allow-Origin. */
    final Map<String, String> assetHeaders = new LinkedHashMap<>();
    /** The status of page answers; S3's 403 when CloudFront has no custom error response. */
    volatile int pageStatus = 503;
    /** When false, every page path gets the root page (a custom error response's one page). */
    volatile boolean localePages = true;
    volatile String pageCacheControl = "max-age=60";
    volatile String assetCacheControl = "max-age=31536000, immutable";

    SorryHttpsServer(SSLContext ssl, Path site) throws IOException {
        this.site = site;
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(ssl));
        server.createContext("/", this::handle);
        server.start();
    }

    String origin() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if (path.startsWith("/sorrycontent/") && Files.isRegularFile(site.resolve(path.substring(1)))) {
                assetHeaders.forEach(exchange.getResponseHeaders()::add);
                exchange.getResponseHeaders().add("Content-Type", ContentTypes.forKey(path));
                exchange.getResponseHeaders().add("Cache-Control", assetCacheControl);
                send(exchange, 200, Files.readAllBytes(site.resolve(path.substring(1))));
                return;
            }
            String page = localePages && path.startsWith("/ja/") ? "ja/maintenance.html" : "maintenance.html";
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            if (pageCacheControl != null) {
                exchange.getResponseHeaders().add("Cache-Control", pageCacheControl);
            }
            send(exchange, pageStatus, Files.readAllBytes(site.resolve(page)));
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
