package io.github.sorrysite.core.publish.apply;

import io.github.sorrysite.core.common.Pacer;
import io.github.sorrysite.core.common.Parallel;
import io.github.sorrysite.core.publish.plan.LocalObject;
import io.github.sorrysite.core.publish.plan.PublishPlan;
import io.github.sorrysite.core.publish.planner.InvalidationPaths;
import io.github.sorrysite.core.publish.store.CdnInvalidator;
import io.github.sorrysite.core.publish.store.ObjectStore;
import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.SorryException;
import io.github.sorrysite.core.common.Sizes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Applies a {@link PublishPlan}: each upload group in order, the next only after the previous fully
 * succeeded; then the deletes; then the invalidations. When an upload fails nothing later runs,
 * so a page never points at an asset that is not there and nothing is deleted; the objects that did
 * go up are still invalidated, because a re-run will see them as unchanged.
 */
public final class PublishExecutor {
    private final ObjectStore store;
    private final CdnInvalidator cdn;
    private final ApplyOptions config;
    private final Events listener;
    private final Pacer pacer;
    private final Map<String, String> uploadedEtags = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<LocalObject> uploadedObjects = Collections.synchronizedList(new ArrayList<>());
    private PublishLock lock;

    /** @param cdn null when no distribution is configured */
    public PublishExecutor(ObjectStore store, CdnInvalidator cdn, ApplyOptions config, Events listener, Pacer pacer) {
        this.store = store;
        this.cdn = cdn;
        this.config = config;
        this.listener = listener;
        this.pacer = pacer;
    }

    /** The lock this run holds, checked again before anything is deleted. */
    public PublishExecutor withLock(PublishLock value) {
        lock = value;
        return this;
    }

    public PublishResult apply(PublishPlan plan) {
        long started = pacer.nanoTime();
        String runId = java.time.Instant.now().getEpochSecond() + "-" + UUID.randomUUID().toString().substring(0, 8);
        List<PublishPlan.Upload> uploaded = Collections.synchronizedList(new ArrayList<>());
        try (Parallel parallel = new Parallel(config.concurrency())) {
            List<PublishPlan.UploadGroup> groups = plan.groups();
            for (int g = 0; g < groups.size(); g++) {
                PublishPlan.UploadGroup group = groups.get(g);
                if (group.uploads().isEmpty()) {
                    continue;
                }
                int count = group.uploads().size();
                String noun = count == 1 ? group.name().replaceFirst("s$", "") : group.name();
                listener.info("Uploading " + count + " " + noun + " (" + Sizes.human(group.bytes()) + ")");
                Progress progress = new Progress(listener, group.name(), group.uploads().size(), group.bytes(), pacer);
                var failures = parallel.run(group.uploads(), upload -> {
                    LocalObject o = upload.object();
                    listener.debug("PUT " + o.key() + " (" + upload.reason().label() + ", " + o.headers().contentType() + ", "
                            + o.headers().cacheControl() + ")");
                    String etag = store.put(o.key(), o.file(), o.headers(), o.md5(), o.digest());
                    if (etag != null) {
                        uploadedEtags.put(o.key(), etag);
                    }
                    uploaded.add(upload);
                    uploadedObjects.add(o);
                    progress.done(o.bytes());
                });
                if (!failures.isEmpty()) {
                    List<String> later = groups.subList(g + 1, groups.size()).stream()
                            .filter(x -> !x.uploads().isEmpty()).map(PublishPlan.UploadGroup::name).toList();
                    String consequence = "stopped: " + (later.isEmpty() ? "" : "no " + String.join(" or ", later) + " uploaded, ")
                            + "nothing deleted; fix the cause and run sorry:publish again, it uploads only what is still missing";
                    String note = invalidatePartial(plan, List.copyOf(uploaded), runId);
                    throw failure(failures.get(0), group.name(), consequence + note);
                }
            }
        }

        List<PublishPlan.Delete> deletes = plan.deletes();
        if (!deletes.isEmpty()) {
            if (lock != null) {
                lock.verify();
            }
            java.util.Set<String> kept = StaleGuard.referenced(store, deletes.stream().map(PublishPlan.Delete::key)
                    .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
            if (!kept.isEmpty()) {
                listener.warn("Kept " + kept.size() + " stale object" + (kept.size() == 1 ? "" : "s") + " that a page now in "
                        + config.target() + " references: " + String.join(", ", kept.stream().limit(5).toList())
                        + (kept.size() > 5 ? " and " + (kept.size() - 5) + " more" : "") + "; a later publish deletes them once no page does");
                deletes = deletes.stream().filter(d -> !kept.contains(d.key())).toList();
            }
        }
        if (!deletes.isEmpty()) {
            listener.info("Deleting " + deletes.size() + " stale object" + (deletes.size() == 1 ? "" : "s"));
            deletes.forEach(d -> listener.debug("DELETE " + d.key() + " (" + d.reason().label() + ")"));
            try {
                store.delete(deletes.stream().map(PublishPlan.Delete::key).toList());
            } catch (SorryException e) {
                String consequence = "every upload is done, stale objects may remain; fix the cause and run sorry:publish again"
                        + invalidatePartial(plan, List.copyOf(uploaded), runId);
                throw withConsequence(e, "Deleting stale objects under " + config.target() + " failed", consequence);
            }
        }

        Map<String, String> ids = plan.invalidations().isEmpty() ? Map.of() : invalidator().run(plan.invalidations(), runId);
        long bytes = uploaded.stream().mapToLong(u -> u.object().bytes()).sum();
        return new PublishResult(uploaded.size(), bytes, plan.unchanged().size(), deletes.size(), ids,
                (pacer.nanoTime() - started) / 1_000_000, false);
    }

    /** The objects this run uploaded, for the read-back check. */
    public List<LocalObject> uploadedObjects() {
        return List.copyOf(uploadedObjects);
    }

    /** Key to the ETag each successful PUT of {@link #apply} returned, where the store said. */
    public Map<String, String> uploadedEtags() {
        return Map.copyOf(uploadedEtags);
    }

    private InvalidateCdn invalidator() {
        if (cdn == null) {
            throw new IllegalStateException("plan has invalidations but no CDN is configured");
        }
        return new InvalidateCdn(cdn, listener, pacer, config.cdn().waitForInvalidation(), config.cdn().waitTimeout());
    }

    /** After a failed upload: what did go up must still be invalidated, as a re-run would think it current. */
    private String invalidatePartial(PublishPlan plan, List<PublishPlan.Upload> uploaded, String runId) {
        List<String> keys = uploaded.stream().filter(PublishPlan.Upload::invalidate).map(PublishPlan.Upload::key).toList();
        if (keys.isEmpty() || plan.invalidations().isEmpty()) {
            return "";
        }
        List<String> paths = InvalidationPaths.of(keys, config.cdn().pathPrefix(), config.cdn().maxPaths());
        List<PublishPlan.Invalidation> partial = plan.invalidations().stream()
                .map(i -> new PublishPlan.Invalidation(i.distributionId(), paths)).toList();
        try {
            new InvalidateCdn(cdn, listener, pacer, false, config.cdn().waitTimeout()).run(partial, runId);
            return " (the " + keys.size() + " object(s) that were uploaded have been invalidated)";
        } catch (SorryException e) {
            return " (invalidating the " + keys.size() + " object(s) that were uploaded failed too: " + e.getMessage()
                    + "; run again with -Dsorry.force=true once fixed)";
        }
    }

    private SorryException failure(Parallel.Failure<PublishPlan.Upload> first, String group, String consequence) {
        return withConsequence(first.error(), "Uploading " + group + " failed at " + first.item().key() + " to "
                + config.target(), consequence);
    }

    /** Keeps a user mistake a user mistake (it names the parameter to fix), adding what was and was not done. */
    private static SorryException withConsequence(RuntimeException error, String what, String consequence) {
        if (error instanceof BadInputException bad) {
            return new BadInputException(bad.where(), bad.problem() + " (" + what + "; " + consequence + ")", bad.fix(), bad);
        }
        return new InfrastructureException(what + ": " + error.getMessage() + "; " + consequence, error);
    }
}
