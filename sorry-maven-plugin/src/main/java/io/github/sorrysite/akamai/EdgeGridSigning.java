package io.github.sorrysite.akamai;

import com.akamai.edgegrid.signer.ClientCredential;
import com.akamai.edgegrid.signer.EdgeGridV1Signer;
import com.akamai.edgegrid.signer.Request;
import com.akamai.edgegrid.signer.exceptions.RequestSigningException;
import io.github.sorrysite.core.InfrastructureException;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Signs API requests with EdgeGrid (EG1-HMAC-SHA256) through Akamai's own signer,
 * {@code edgegrid-signer-core}, which is HTTP-client agnostic: we build the {@link Request}, it
 * returns the {@code Authorization} value, and the JDK's HttpClient sends it.
 */
public final class EdgeGridSigning {
    static {
        // EdgeGridV1Signer logs each request's signature and content hash at debug, and `mvn -X`
        // turns every slf4j logger up to debug (seen in the publish-netstorage IT). A signature
        // authorises its request until the timestamp expires, so it stays out of the log. Maven's
        // slf4j provider reads a logger's level from this system property when the logger is made,
        // which is when the signer class loads, just after this. A user's own value is kept.
        String property = "org.slf4j.simpleLogger.log.com.akamai.edgegrid";
        if (System.getProperty(property) == null) {
            System.setProperty(property, "warn");
        }
    }

    private final ClientCredential credential;
    private final EdgeGridV1Signer signer;

    public EdgeGridSigning(EdgeRc edgeRc) {
        this(credential(edgeRc, Set.of()), null, null);
    }

    /** With a fixed clock and nonce, for Akamai's published test vectors. */
    EdgeGridSigning(ClientCredential credential, LongSupplier millis, Supplier<String> nonce) {
        this.credential = credential;
        this.signer = millis == null ? new EdgeGridV1Signer() : new EdgeGridV1Signer() {
            @Override
            protected long getTimestamp() {
                return millis.getAsLong();
            }

            @Override
            protected String getNonce() {
                return nonce.get();
            }
        };
    }

    static ClientCredential credential(EdgeRc edgeRc, Set<String> headersToSign) {
        return ClientCredential.builder().host(edgeRc.host()).clientToken(edgeRc.clientToken()).clientSecret(edgeRc.clientSecret())
                .accessToken(edgeRc.accessToken()).maxBodySize(edgeRc.maxBody()).headersToSign(headersToSign).build();
    }

    /** The API host requests are signed for: the {@code host} of the .edgerc section. */
    public String host() {
        return credential.getHost();
    }

    /**
     * @param pathAndQuery as sent, e.g. {@code /ccu/v3/invalidate/url/production}
     * @return the {@code Authorization} header value
     */
    public String authorization(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        Request.RequestBuilder request = Request.builder().method(method).uri(URI.create("https://" + credential.getHost() + pathAndQuery));
        headers.forEach(request::header);
        if (body != null) {
            request.body(body);
        }
        try {
            return signer.getSignature(request.build(), credential);
        } catch (RequestSigningException e) {
            throw new InfrastructureException("Cannot sign the Fast Purge request: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "EdgeGridSigning"; // never the credential: ClientCredential#toString prints the secret
    }
}
