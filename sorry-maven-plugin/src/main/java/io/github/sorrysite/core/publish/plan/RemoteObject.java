package io.github.sorrysite.core.publish.plan;

import java.time.Instant;
import java.util.Objects;

/**
 * An object already in the target.
 *
 * @param key relative to the target root
 * @param etag the ETag without quotes; the body's MD5, except for multipart ({@code ...-N}) and SSE-KMS uploads
 * @param digest the body+headers digest we stored as metadata, or null when unknown (not ours, or not fetched)
 * @param lastModified as listed, or null when the store does not say; every write of the object changes it
 */
public record RemoteObject(String key, long bytes, String etag, String digest, Instant lastModified) {
    public RemoteObject {
        Objects.requireNonNull(key, "key");
        etag = etag == null ? "" : etag.replace("\"", "");
    }

    public RemoteObject(String key, long bytes, String etag, String digest) {
        this(key, bytes, etag, digest, null);
    }

    public RemoteObject withDigest(String value) {
        return new RemoteObject(key, bytes, etag, value, lastModified);
    }
}
