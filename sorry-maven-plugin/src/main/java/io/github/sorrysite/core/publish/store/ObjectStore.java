package io.github.sorrysite.core.publish.store;

import io.github.sorrysite.core.publish.plan.LocalObject;
import io.github.sorrysite.core.publish.plan.ObjectHeaders;
import io.github.sorrysite.core.publish.plan.PublishManifest;
import io.github.sorrysite.core.publish.plan.RemoteObject;
import java.nio.file.Path;
import java.util.List;

/**
 * The publish target as the core sees it: a flat set of keys relative to the target root. An
 * implementation never touches anything outside its root (S3: outside the key prefix).
 * Methods are called from several threads at once.
 */
public interface ObjectStore extends AutoCloseable {
    /** Every object under the root, without digests (listing does not return metadata). */
    List<RemoteObject> list();

    /** The digest stored with {@code key} at upload, or null when it has none. */
    String digest(String key);

    /**
     * The digest to compare with {@code local}'s for a listed object of the same size that the
     * manifest does not vouch for. By default the one stored at upload ({@link #digest(String)}). A
     * store that keeps no headers with its objects (NetStorage: the CDN property sets Content-Type
     * and Cache-Control) overrides this to compare by content: when the stored body's MD5 is the
     * local one, the object is what this publish would upload, so it answers {@code local}'s digest.
     */
    default String digest(RemoteObject listed, LocalObject local) {
        return digest(listed.key());
    }

    /**
     * Uploads {@code file} as {@code key} with the given headers, storing {@code digest} as metadata.
     *
     * @param md5 hex MD5 of the file, for the store to verify the body
     * @return the ETag the store gave the object, or null when it did not say
     */
    String put(String key, Path file, ObjectHeaders headers, String md5, String digest);

    void delete(List<String> keys);

    /**
     * Whether this store keeps a {@link PublishManifest} (as {@value PublishManifest#KEY}, hidden
     * from {@link #list()}). A store that does not need not implement the two methods below.
     */
    default boolean keepsManifest() {
        return false;
    }

    /** Whether this store keeps a {@link io.github.sorrysite.core.publish.apply.PublishLock} in its control objects. */
    default boolean locks() {
        return false;
    }

    /**
     * Returns once the store can take requests; throws what stops it from ever doing so (no region,
     * no credentials), so that is reported as itself and not as the first request's failure.
     */
    default void ready() {
    }

    /**
     * Read-only checks before the plan, made in a dry run too: the credentials work, the target
     * exists and is where the settings say. Each problem is one line that says what to fix.
     */
    default List<io.github.sorrysite.core.SorryException> preflight() {
        return List.of();
    }

    /** The stored manifest, or null when there is none. */
    default byte[] readManifest() {
        return readControl(PublishManifest.KEY);
    }

    default void writeManifest(byte[] json) {
        writeControl(PublishManifest.KEY, json, false);
    }

    /**
     * What the store serves for {@code key} (a HEAD), or null when there is no such object: for the
     * read-back check after a publish.
     */
    default StoredObject head(String key) {
        throw new UnsupportedOperationException("this store cannot read objects back");
    }

    /** The body of {@code key}, or null when there is no such object. */
    default byte[] read(String key) {
        throw new UnsupportedOperationException("this store cannot read objects back");
    }

    /**
     * A control object under {@value PublishManifest#PREFIX} (the manifest, the publish lock), hidden
     * from {@link #list()}; null when absent.
     */
    default byte[] readControl(String key) {
        return null;
    }

    /**
     * Writes a control object.
     *
     * @param onlyIfAbsent write only when no object has the key (S3: {@code If-None-Match: *})
     * @return false when {@code onlyIfAbsent} and the key exists (the store refused the write); a store
     *         that ignores the condition overwrites and returns true, which {@link #deleteControl} callers
     *         must allow for
     */
    default boolean writeControl(String key, byte[] body, boolean onlyIfAbsent) {
        throw new UnsupportedOperationException("this store keeps no control objects");
    }

    default void deleteControl(String key) {
        throw new UnsupportedOperationException("this store keeps no control objects");
    }

    /** A GET: the headers a HEAD would give and the body, in one request; null when there is no such object. */
    default Fetched fetch(String key) {
        StoredObject head = head(key);
        return head == null ? null : new Fetched(head, read(key));
    }

    record Fetched(StoredObject object, byte[] body) {
    }

    /** What a HEAD of one object says; a null field is one the store did not send. */
    record StoredObject(long bytes, String contentType, String cacheControl, String digest, String etag) {
    }

    @Override
    default void close() {
    }
}
