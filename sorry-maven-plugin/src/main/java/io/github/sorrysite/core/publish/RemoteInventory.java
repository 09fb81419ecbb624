package io.github.sorrysite.core.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lists the target and fetches the stored digest of each object that might be unchanged. Listing
 * does not return metadata, so this costs one HEAD per such object, made in parallel; objects whose
 * size differs need none. The ETag alone cannot rule an object out: with SSE-KMS it is not the MD5.
 */
final class RemoteInventory {
    private RemoteInventory() {
    }

    static List<RemoteObject> read(ObjectStore store, List<LocalObject> local, boolean force, int concurrency) {
        Map<String, LocalObject> localByKey = local.stream().collect(Collectors.toMap(LocalObject::key, Function.identity()));
        List<RemoteObject> listed = store.list();
        List<RemoteObject> needDigest = force ? List.of() : listed.stream().filter(r -> {
            LocalObject l = localByKey.get(r.key());
            return l != null && l.bytes() == r.bytes();
        }).toList();
        Map<String, String> digests = new java.util.concurrent.ConcurrentHashMap<>();
        try (Parallel parallel = new Parallel(concurrency)) {
            var failures = parallel.run(needDigest, r -> {
                String digest = store.digest(r.key());
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
        return result;
    }
}
