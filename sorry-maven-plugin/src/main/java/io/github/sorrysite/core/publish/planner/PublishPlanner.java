package io.github.sorrysite.core.publish.planner;

import io.github.sorrysite.core.publish.plan.LocalObject;
import io.github.sorrysite.core.publish.plan.ObjectKind;
import io.github.sorrysite.core.publish.plan.PlanOptions;
import io.github.sorrysite.core.publish.plan.PublishPlan;
import io.github.sorrysite.core.publish.plan.Reason;
import io.github.sorrysite.core.publish.plan.RemoteObject;
import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.common.Sizes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares the built site with what the target holds and decides what to do. A pure function:
 * no I/O, so every rule here is tested from tables (see PublishPlannerTest).
 */
public final class PublishPlanner {
    private PublishPlanner() {
    }

    public static PublishPlan plan(String target, List<LocalObject> local, List<RemoteObject> remote, PlanOptions options) {
        Map<String, RemoteObject> remoteByKey = new LinkedHashMap<>();
        remote.forEach(r -> remoteByKey.put(r.key(), r));

        List<PublishPlan.Upload> assets = new ArrayList<>();
        List<PublishPlan.Upload> pages = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        java.util.Set<String> localKeys = new java.util.HashSet<>();
        for (LocalObject object : local.stream().sorted(Comparator.comparing(LocalObject::key)).toList()) {
            localKeys.add(object.key());
            Reason reason = reasonToUpload(object, remoteByKey.get(object.key()), options.force());
            if (reason == null) {
                unchanged.add(object.key());
                continue;
            }
            // A fingerprinted asset gets a new name when it changes, so no cache holds a stale copy.
            // New objects are invalidated too: CloudFront may have cached the error it got before they existed.
            boolean invalidate = !(object.kind() == ObjectKind.ASSET && object.fingerprinted());
            var upload = new PublishPlan.Upload(object, reason, invalidate);
            (object.kind() == ObjectKind.ASSET ? assets : pages).add(upload);
        }

        List<RemoteObject> stale = remote.stream()
                .filter(r -> !localKeys.contains(r.key()))
                .sorted(Comparator.comparing(RemoteObject::key))
                .toList();
        List<PublishPlan.Delete> deletes = new ArrayList<>();
        List<String> keptStale = new ArrayList<>();
        if (options.deleteStale()) {
            if (stale.size() > options.maxDeletes()) {
                throw new BadInputException("sorry.publish.maxDeletes",
                        stale.size() + " objects under " + target + " are not in the built site and would be deleted ("
                                + Sizes.human(stale.stream().mapToLong(RemoteObject::bytes).sum()) + ", e.g. "
                                + String.join(", ", stale.stream().limit(3).map(RemoteObject::key).toList())
                                + "), more than the limit of " + options.maxDeletes() + "; nothing was uploaded or deleted",
                        "check that sorry.target points at the sorry site's own prefix; if these deletes are intended, run with -Dsorry.publish.maxDeletes="
                                + stale.size());
            }
            for (RemoteObject r : stale) {
                // A removed page may still be cached; a removed asset is no longer referenced by any page.
                boolean invalidate = !r.key().startsWith(options.assetPrefix());
                deletes.add(new PublishPlan.Delete(r.key(), r.bytes(), Reason.STALE, invalidate));
            }
        } else {
            stale.forEach(r -> keptStale.add(r.key()));
        }

        List<String> changedKeys = new ArrayList<>();
        assets.stream().filter(PublishPlan.Upload::invalidate).forEach(u -> changedKeys.add(u.key()));
        pages.stream().filter(PublishPlan.Upload::invalidate).forEach(u -> changedKeys.add(u.key()));
        deletes.stream().filter(PublishPlan.Delete::invalidate).forEach(d -> changedKeys.add(d.key()));
        List<PublishPlan.Invalidation> invalidations = new ArrayList<>();
        if (!changedKeys.isEmpty()) {
            List<String> paths = InvalidationPaths.of(changedKeys, options.pathPrefix(), options.maxPaths());
            for (String id : options.distributionIds()) {
                invalidations.add(new PublishPlan.Invalidation(id, paths));
            }
        }

        return new PublishPlan(target,
                List.of(new PublishPlan.UploadGroup("assets", assets), new PublishPlan.UploadGroup("pages", pages)),
                deletes, invalidations, unchanged, keptStale);
    }

    /**
     * Null when the remote copy is up to date. Our digest, stored at upload, covers the body's MD5
     * and the headers, so when it matches nothing changed, whatever the ETag says: multipart and
     * SSE-KMS ETags are not MD5s. Without our digest (uploaded by something else), the ETag tells a
     * changed body from changed headers.
     */
    static Reason reasonToUpload(LocalObject local, RemoteObject remote, boolean force) {
        if (remote == null) {
            return Reason.NEW;
        }
        if (force) {
            return Reason.FORCED;
        }
        if (remote.bytes() != local.bytes()) {
            return Reason.CONTENT_CHANGED;
        }
        if (Objects.equals(local.digest(), remote.digest())) {
            return null;
        }
        return remote.etag().equalsIgnoreCase(local.md5()) ? Reason.HEADERS_CHANGED : Reason.CONTENT_CHANGED;
    }
}
