package io.github.sorrysite.netstorage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The NetStorage HTTP API's request signature, version 5 (HMAC-SHA256), as Akamai's NetStorage
 * Usage API documentation defines it ("Each call needs signature header authentication"):
 * <pre>
 * X-Akamai-ACS-Auth-Data: 5, 0.0.0.0, 0.0.0.0, [time], [unique-id], [key-name]
 * X-Akamai-ACS-Auth-Sign: base64(HMAC-SHA256([key], [auth-data] + [path] + "\n" + "x-akamai-acs-action:" + [action] + "\n"))
 * </pre>
 * where {@code [path]} is the request path exactly as sent and {@code [action]} the value of the
 * {@code X-Akamai-ACS-Action} header. Holds the key; never shows it.
 */
public final class NetStorageSigner {
    public static final String AUTH_DATA = "X-Akamai-ACS-Auth-Data";
    public static final String AUTH_SIGN = "X-Akamai-ACS-Auth-Sign";
    public static final String ACTION = "X-Akamai-ACS-Action";
    static final int VERSION = 5;

    private final String keyName;
    private final byte[] key;

    public NetStorageSigner(String keyName, String key) {
        this.keyName = keyName;
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    /** The two authentication headers of one request. */
    public record Signature(String authData, String authSign) {
        @Override
        public String toString() {
            return "NetStorage signature"; // the values identify the account: never printed
        }
    }

    /**
     * @param path the request path as sent, percent-encoded, e.g. {@code /123456/sorry/maintenance.html}
     * @param action the {@code X-Akamai-ACS-Action} value, e.g. {@code version=1&action=stat&format=xml}
     * @param epochSeconds the request time; NetStorage refuses one more than about a minute off its clock
     * @param uniqueId random per request, so two requests in the same second differ
     */
    public Signature sign(String path, String action, long epochSeconds, String uniqueId) {
        String authData = VERSION + ", 0.0.0.0, 0.0.0.0, " + epochSeconds + ", " + uniqueId + ", " + keyName;
        String signed = authData + path + "\n" + "x-akamai-acs-action:" + action.strip() + "\n";
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return new Signature(authData, Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "NetStorageSigner"; // never the key name or key
    }
}
