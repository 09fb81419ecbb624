package io.github.sorrysite.core.publish.plan;

import io.github.sorrysite.core.common.Hashes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file of the built site as it should be in the target.
 *
 * @param key path relative to the target root, e.g. {@code ja/maintenance.html}
 * @param md5 hex MD5 of the body: what S3 reports as the ETag of a single-part upload
 * @param sha256 hex SHA-256 of the body, from the same read as {@code md5}: what {@code report.json} records
 */
public record LocalObject(String key, Path file, long bytes, String md5, String sha256, ObjectHeaders headers, ObjectKind kind,
                          boolean fingerprinted) {
    public LocalObject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(md5, "md5");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * What is stored with the object as metadata: a digest of the body and the headers together,
     * so a changed Cache-Control or Content-Type shows up as a change although the ETag matches.
     */
    public String digest() {
        return digest(md5, headers);
    }

    public static String digest(String md5, ObjectHeaders headers) {
        String text = "sorry-publish/1\n" + md5 + "\n" + headers.contentType() + "\n" + headers.cacheControl();
        return Hashes.sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }
}
