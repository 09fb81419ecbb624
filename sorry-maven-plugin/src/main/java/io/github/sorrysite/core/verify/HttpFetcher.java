package io.github.sorrysite.core.verify;

import java.net.URI;

/**
 * Port: one GET, no redirects followed, the JDK's default trust. An answer of any status is an
 * answer; only a failure to get one (DNS, connect, TLS handshake, timeout) throws.
 */
public interface HttpFetcher {
    /**
     * @param origin the {@code Origin} header to send (for a CORS check), or null for none
     * @throws UnreachableException when no answer came
     */
    HttpAnswer get(URI url, String origin);
}
