package io.github.sorrysite.core.publish.plan;

import java.util.List;
import java.util.Objects;

/**
 * Everything a publish will do, decided before anything is done: upload groups in order (assets,
 * then pages), then deletes, then one invalidation per distribution. Every action says why.
 * A dry run prints this value and stops; a real run hands it to the executor ({@code core.publish.apply}), which depends on it and not the other way round.
 *
 * @param target where it goes, e.g. {@code s3://bucket/sorry/}
 * @param unchanged keys already up to date
 * @param keptStale keys in the target that the site no longer has, kept because deleteStale is off
 */
public record PublishPlan(String target, List<UploadGroup> groups, List<Delete> deletes, List<Invalidation> invalidations,
                          List<String> unchanged, List<String> keptStale) {
    public PublishPlan {
        Objects.requireNonNull(target, "target");
        groups = List.copyOf(groups);
        deletes = List.copyOf(deletes);
        invalidations = List.copyOf(invalidations);
        unchanged = List.copyOf(unchanged);
        keptStale = List.copyOf(keptStale);
    }

    /** @param invalidate whether the CDN should forget this key once it is uploaded */
    public record Upload(LocalObject object, Reason reason, boolean invalidate) {
        public Upload {
            Objects.requireNonNull(object, "object");
            Objects.requireNonNull(reason, "reason");
        }

        public String key() {
            return object.key();
        }
    }

    /** Uploads that may run in parallel; the next group starts only when this one has fully succeeded. */
    public record UploadGroup(String name, List<Upload> uploads) {
        public UploadGroup {
            Objects.requireNonNull(name, "name");
            uploads = List.copyOf(uploads);
        }

        public long bytes() {
            return uploads.stream().mapToLong(u -> u.object().bytes()).sum();
        }
    }

    public record Delete(String key, long bytes, Reason reason, boolean invalidate) {
        public Delete {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** @param paths URL paths as CloudFront wants them: absolute, percent-encoded, possibly ending in {@code *} */
    public record Invalidation(String distributionId, List<String> paths) {
        public Invalidation {
            Objects.requireNonNull(distributionId, "distributionId");
            paths = List.copyOf(paths);
        }
    }

    public List<Upload> uploads() {
        return groups.stream().flatMap(g -> g.uploads().stream()).toList();
    }

    public long uploadBytes() {
        return groups.stream().mapToLong(UploadGroup::bytes).sum();
    }

    /** True when applying the plan would change nothing at all. */
    public boolean isEmpty() {
        return uploads().isEmpty() && deletes.isEmpty() && invalidations.isEmpty();
    }
}
