package io.github.sorrysite.core.publish.planner;

import io.github.sorrysite.core.common.Parallel;
import io.github.sorrysite.core.publish.plan.LocalObject;
import io.github.sorrysite.core.publish.plan.PublishManifest;
import io.github.sorrysite.core.publish.plan.RemoteObject;
import io.github.sorrysite.core.publish.store.ObjectStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lists the target and finds the stored digest of each object that might be unchanged. Listing
 * does not return metadata; the digest comes from the {@link PublishManifest} when its entry still
 * describes the listed object exactly and names the local digest, otherwise from one HEAD per such
 * object, made in parallel. Objects whose size differs need neither. The ETag alone cannot rule an
 * object out: with SSE-KMS it is not the MD5.
 */
public final class RemoteInventory {
    private RemoteInventory() {
    }

    /** @param heads how many HEAD requests were made */
    public record Result(List<RemoteObject> objects, int heads) {
    }

    public static Result read(ObjectStore store, List<LocalObject> local, boolean force, int concurrency,
                       Map<String, PublishManifest.Entry> manifest) {
        return read(store, local, force, concurrency, manifest, Map.of());
    }

    /**
     * @param known objects read earlier in this run with their digests: one listed again with the same
     *              ETag, size and last-modified time is the same object, so its digest needs no second HEAD
     */
    public static Result read(ObjectStore store, List<LocalObject> local, boolean force, int concurrency,
                       Map<String, PublishManifest.Entry> manifest, Map<String, RemoteObject> known) {
        Map<String, LocalObject> localByKey = local.stream().collect(Collectors.toMap(LocalObject::key, Function.identity()));
        List<RemoteObject> listed = store.list();
        Map<String, String> digests = new java.util.concurrent.ConcurrentHashMap<>();
        List<RemoteObject> needDigest = new ArrayList<>();
        if (!force) {
            for (RemoteObject r : listed) {
                LocalObject l = localByKey.get(r.key());
                if (l == null || l.bytes() != r.bytes()) {
                    continue;
                }
                PublishManifest.Entry entry = manifest.get(r.key());
                RemoteObject before = known.get(r.key());
                if (before != null && before.digest() != null && r.lastModified() != null && r.lastModified().equals(before.lastModified())
                        && r.etag().equals(before.etag()) && r.bytes() == before.bytes()) {
                    digests.put(r.key(), before.digest());
                } else if (entry != null && entry.describes(r) && entry.digest().equals(l.digest())) {
                    digests.put(r.key(), entry.digest());
                } else {
                    needDigest.add(r);
                }
            }
        }
        try (Parallel parallel = new Parallel(concurrency)) {
            var failures = parallel.run(needDigest, r -> {
                String digest = store.digest(r, localByKey.get(r.key()));
                if (digest != null) {
                    digests.put(r.key(), digest);
                }
            });
            if (!failures.isEmpty()) {
                throw failures.get(0).error();
            }
        }
        List<RemoteObject> result = new ArrayList<>();
        for (RemoteObject r : listed) {
            result.add(r.withDigest(digests.get(r.key())));
        }
        return new Result(result, needDigest.size());
    }
}
