package io.github.sorrysite.http;

import io.github.sorrysite.core.verify.HttpAnswer;
import io.github.sorrysite.core.verify.HttpFetcher;
import io.github.sorrysite.core.verify.UnreachableException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;

/**
 * {@link HttpFetcher} on the JDK's HttpClient: the JDK's default trust store (so
 * {@code -Djavax.net.ssl.trustStore} in MAVEN_OPTS works), host name verification on, no
 * redirects followed (a redirect is an answer to check), no Accept-Encoding (bodies compare by digest).
 */
public final class JdkHttpFetcher implements HttpFetcher {
    private final HttpClient client;
    private final Duration timeout;

    public JdkHttpFetcher(SSLContext ssl, Duration timeout) {
        this.client = HttpClient.newBuilder().sslContext(ssl).followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
        this.timeout = timeout;
    }

    /** With the JDK's default SSL context. */
    public static JdkHttpFetcher withDefaultTrust(Duration timeout) {
        try {
            return new JdkHttpFetcher(SSLContext.getDefault(), timeout);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no default SSL context", e);
        }
    }

    @Override
    public HttpAnswer get(URI url, String origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET().timeout(timeout).header("User-Agent", "sorry-maven-plugin verify");
        if (origin != null) {
            request.header("Origin", origin);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new HttpAnswer(response.statusCode(), response.headers().map(), response.body());
        } catch (HttpTimeoutException e) {
            throw new UnreachableException("timed out after " + timeout.toSeconds() + " s", e);
        } catch (SSLHandshakeException e) {
            throw new UnreachableException("TLS handshake failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UnreachableException(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreachableException("interrupted", e);
        }
    }
}
