package io.github.sorrysite.core.publish;

import java.util.Objects;

/**
 * An object already in the target.
 *
 * @param key relative to the target root
 * @param etag the ETag without quotes; the body's MD5, except for multipart ({@code ...-N}) and SSE-KMS uploads
 * @param digest the body+headers digest we stored as metadata, or null when unknown (not ours, or not fetched)
 */
public record RemoteObject(String key, long bytes, String etag, String digest) {
    public RemoteObject {
        Objects.requireNonNull(key, "key");
        etag = etag == null ? "" : etag.replace("\"", "");
    }

    public RemoteObject withDigest(String value) {
        return new RemoteObject(key, bytes, etag, value);
    }
}
