package io.github.sorrysite.core.publish;

import io.github.sorrysite.core.common.Background;
import io.github.sorrysite.core.common.Pacer;
import io.github.sorrysite.core.publish.apply.ApplyOptions;
import io.github.sorrysite.core.publish.apply.PublishExecutor;
import io.github.sorrysite.core.publish.apply.PublishLock;
import io.github.sorrysite.core.publish.apply.ReadBack;
import io.github.sorrysite.core.publish.apply.PublishResult;
import io.github.sorrysite.core.publish.plan.LocalObject;
import io.github.sorrysite.core.publish.plan.PublishManifest;
import io.github.sorrysite.core.publish.plan.PublishPlan;
import io.github.sorrysite.core.publish.plan.PublishPlanJson;
import io.github.sorrysite.core.publish.plan.PublishPlanText;
import io.github.sorrysite.core.publish.plan.RemoteObject;
import io.github.sorrysite.core.publish.planner.LocalInventory;
import io.github.sorrysite.core.publish.planner.PublishPlanner;
import io.github.sorrysite.core.publish.planner.RemoteInventory;
import io.github.sorrysite.core.publish.store.CdnInvalidator;
import io.github.sorrysite.core.publish.store.ObjectStore;
import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.SorryException;
import io.github.sorrysite.core.lint.Finding;
import io.github.sorrysite.core.site.BuildOutput;
import io.github.sorrysite.core.site.BuildReport;
import io.github.sorrysite.core.common.Sizes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code sorry:publish} from top to bottom: read the build, read the target, plan, write and print
 * the plan; then, unless this is a dry run, apply it and summarise.
 */
public final class Publisher {
    private final BuildOutput site;
    private final PublishConfig config;
    private final ObjectStore store;
    private final CdnInvalidator cdn;
    private final Events listener;
    private final Pacer pacer;

    /** @param cdn null when no distribution is configured */
    public Publisher(BuildOutput site, PublishConfig config, ObjectStore store, CdnInvalidator cdn, Events listener, Pacer pacer) {
        this.site = site;
        this.config = config;
        this.store = store;
        this.cdn = cdn;
        this.listener = listener;
        this.pacer = pacer;
    }

    /** Everything the plan was made from, kept to write the manifest after the apply. */
    private record Inputs(BuildReport report, List<LocalObject> local, Map<String, PublishManifest.Entry> manifest,
                          List<RemoteObject> remote, PublishPlan plan) {
    }

    /** The local side, checked: nothing here asks the target anything. */
    private record Local(BuildReport report, List<LocalObject> objects) {
    }

    private Local local(BuildReport report) {
        List<LocalObject> local = LocalInventory.read(site, report, config.cacheControl());
        for (LocalObject object : local) {
            if (object.key().startsWith(PublishManifest.PREFIX)) {
                throw new BadInputException(site.shown(object.file()), "is under " + PublishManifest.PREFIX
                        + ", which sorry:publish reserves for its manifest in the target", "rename or remove it");
            }
        }
        PublishGates.checkBuild(site, report, local, config.skipChecks(), listener);
        return new Local(report, local);
    }

    /** The read-only checks of the target and of the CDN, each running on its own thread. */
    private record Checks(Background<List<SorryException>> store, Background<List<SorryException>> cdn) {
        void cancel() {
            store.cancel();
            if (cdn != null) {
                cdn.cancel();
            }
        }
    }

    /**
     * Starts the read-only checks of the target and the CDN (in a dry run too): they only ask, so they run while the
     * local site is read and checked, and {@link #preflight} takes their answers after it.
     */
    private Checks startChecks() {
        Background<List<SorryException>> cdnChecks = cdn == null || config.cdn().distributionIds().isEmpty()
                ? null : Background.start("sorry-cdn-preflight", () -> {
                    cdn.ready();
                    return cdn.preflight(config.cdn().distributionIds());
                });
        Background<List<SorryException>> storeChecks = Background.start("sorry-publish-preflight", () -> {
            store.ready(); // a client that cannot be set up fails here, not as an unreadable manifest
            return store.preflight();
        });
        return new Checks(storeChecks, cdnChecks);
    }

    /** Every problem the checks found, one line each, in one failure. */
    private void preflight(Checks checks) {
        // A target whose client cannot be set up fails as itself (the caller cancels the CDN's checks).
        List<SorryException> problems = new java.util.ArrayList<>(checks.store().join());
        if (checks.cdn() != null) {
            try {
                problems.addAll(checks.cdn().join());
            } catch (SorryException e) {
                problems.add(e); // the CDN client's own failure is one more problem; the target's stay listed
            }
        }
        if (problems.size() == 1) {
            throw problems.get(0);
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> listener.error(p.getMessage()));
            throw new BadInputException(config.target().describe(), problems.size() + " problems with the target or the CDN, listed above;"
                    + " nothing was uploaded", "fix each as its line says");
        }
    }

    private Inputs inputs(Local checked) {
        return inputs(checked, null);
    }

    /** @param before the inputs of this run's first look at the target, or null */
    private Inputs inputs(Local checked, Inputs before) {
        BuildReport report = checked.report();
        List<LocalObject> local = checked.objects();
        Map<String, PublishManifest.Entry> manifest = readManifest();
        Map<String, RemoteObject> known = before == null ? Map.of() : before.remote().stream()
                .collect(java.util.stream.Collectors.toMap(RemoteObject::key, r -> r, (a, b) -> a));
        RemoteInventory.Result remote = RemoteInventory.read(store, local, config.force(), config.concurrency(), manifest, known);
        listener.debug("Read the digests of " + remote.heads() + " object(s) with HEAD requests"
                + (store.keepsManifest() ? ", the others' from the publish manifest" : ""));
        PublishPlan plan = PublishPlanner.plan(config.target().describe(), local, remote.objects(), config.planOptions(report.contentPrefix()));
        return new Inputs(report, local, manifest, remote.objects(), plan);
    }

    /** The manifest of the last publish; empty (so every digest is read with a HEAD) when missing or unreadable. */
    private Map<String, PublishManifest.Entry> readManifest() {
        if (!store.keepsManifest()) {
            return Map.of();
        }
        byte[] json;
        try {
            json = store.readManifest();
        } catch (BadInputException e) {
            throw e; // credentials, permissions: the HEADs would fail the same way, and this names the fix
        } catch (RuntimeException e) {
            listener.warn("Cannot read the publish manifest " + PublishManifest.KEY + " in " + config.target().describe()
                    + " (" + e.getMessage() + "); reading each object's digest with a HEAD request instead");
            return Map.of();
        }
        if (json == null) {
            return Map.of();
        }
        try {
            return PublishManifest.parse(json);
        } catch (IllegalArgumentException e) {
            listener.warn("Ignoring the publish manifest " + PublishManifest.KEY + " in " + config.target().describe()
                    + " (" + e.getMessage() + "); reading each object's digest with a HEAD request instead; it is rewritten after this publish");
            return Map.of();
        }
    }

    /**
     * The last step of a fully applied plan (never of a dry run or a failed apply): record what is
     * now verified in the target, so the next publish needs no HEAD for it. Not written when
     * nothing would change, so an up-to-date publish makes no PUT at all.
     */
    private void writeManifest(Inputs inputs, Map<String, String> uploadedEtags, Background<List<RemoteObject>> listedAfter) {
        if (!store.keepsManifest()) {
            return;
        }
        try {
            List<RemoteObject> after = listedAfter == null ? inputs.remote() : listedAfter.join();
            Map<String, PublishManifest.Entry> next = PublishManifest.after(inputs.local(), inputs.remote(), inputs.plan(), uploadedEtags, after);
            if (!next.equals(inputs.manifest())) {
                store.writeManifest(PublishManifest.write(next));
                listener.debug("Wrote the publish manifest " + PublishManifest.KEY + " (" + next.size() + " objects)");
            }
        } catch (RuntimeException e) {
            listener.warn("Everything is published, but writing the publish manifest " + PublishManifest.KEY + " failed ("
                    + e.getMessage() + "); the next publish reads each object's digest with a HEAD request instead");
        }
    }

    public PublishResult publish() {
        long started = pacer.nanoTime();
        // The lint rules only read the built pages: they run on every page while the files are hashed
        // and the target is asked what it holds; only the findings of the pages the plan uploads count.
        BuildReport report = site.report("sorry:publish");
        Background<Map<String, List<Finding>>> findings = config.skipChecks() ? null
                : Background.start("sorry-publish-lint", () -> PublishGates.lintPages(site, report));
        Checks checks = startChecks();
        try {
            Local local = local(report);
            listener.debug("Checked the " + local.objects().size() + " local files against the build record in " + millisSince(started) + " ms");
            preflight(checks);
            listener.debug("Preflight done " + millisSince(started) + " ms after the start");
            Inputs inputs = inputs(local);
            java.util.Set<String> linted = lint(inputs, java.util.Set.of(), findings);
            if (config.dryRun() || inputs.plan().isEmpty() || !store.locks()) {
                return publish(started, inputs, null);
            }
            // Something changes: take the lock, then plan again from the target as it is now, so the
            // plan applied is one no other publish can change under it.
            try (PublishLock lock = PublishLock.acquire(store, config.target().describe(), config.breakLock(), listener, pacer)) {
                Inputs now = inputs(local, inputs);
                lint(now, linted, findings); // what another publish changed meanwhile may add uploads
                return publish(started, now, lock);
            }
        } finally {
            checks.cancel(); // both done by now, unless the local checks failed first
            if (findings != null) {
                findings.cancel(); // done by now unless nothing needed it (or the publish failed first)
            }
        }
    }

    private PublishResult publish(long started, Inputs inputs, PublishLock lock) {
        PublishPlan plan = inputs.plan();
        Path planFile = site.outputDirectory().resolve("publish-plan.json");
        write(planFile, PublishPlanJson.write(plan, config.dryRun()));
        PublishPlanText.lines(plan).forEach(listener::info);
        if (config.dryRun()) {
            listener.info("Dry run: nothing was uploaded, deleted or invalidated; the plan is in " + site.shown(planFile));
            return new PublishResult(0, 0, plan.unchanged().size(), 0, Map.of(), millisSince(started), true);
        }
        if (plan.isEmpty()) {
            writeManifest(inputs, Map.of(), null);
            listener.info("Up to date: " + plan.unchanged().size() + " objects unchanged in " + plan.target()
                    + "; nothing uploaded, deleted or invalidated");
            return new PublishResult(0, 0, plan.unchanged().size(), 0, Map.of(), millisSince(started), false);
        }
        if (cdn != null && !plan.invalidations().isEmpty()) {
            cdn.ready(); // before the first upload, so a CDN client that cannot work stops nothing half-done
        }
        PublishExecutor executor = new PublishExecutor(store, cdn,
                new ApplyOptions(config.target().describe(), config.concurrency(), config.cdn()), listener, pacer).withLock(lock);
        PublishResult applied = executor.apply(plan);
        // The listing the manifest is made from is read while the read-back runs: both only read,
        // and both start after the last upload and delete.
        Background<List<RemoteObject>> listedAfter = store.keepsManifest() ? Background.start("sorry-publish-list", store::list) : null;
        try {
            readBack(inputs, executor.uploadedObjects());
        } catch (RuntimeException e) {
            if (listedAfter != null) {
                listedAfter.cancel();
            }
            throw e;
        }
        writeManifest(inputs, executor.uploadedEtags(), listedAfter);
        PublishResult result = new PublishResult(applied.uploaded(), applied.uploadedBytes(), applied.unchanged(), applied.deleted(),
                applied.invalidationIds(), millisSince(started), false);
        listener.info(String.format("Published to %s: %d uploaded (%s), %d unchanged, %d deleted, invalidations: %s, in %d ms",
                plan.target(), result.uploaded(), Sizes.human(result.uploadedBytes()), result.unchanged(), result.deleted(),
                result.invalidationIds().isEmpty() ? "none" : result.invalidationIds().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).sorted().reduce((a, b) -> a + ", " + b).orElse(""),
                result.millis()));
        return result;
    }

    /**
     * The lint gate on the plan's uploads not in {@code done}, before anything changes; returns the keys linted.
     *
     * @param findings every local page's findings, being made in the background; null when the checks are off
     */
    private java.util.Set<String> lint(Inputs inputs, java.util.Set<String> done, Background<Map<String, List<Finding>>> findings) {
        List<LocalObject> uploads = inputs.plan().groups().stream().flatMap(g -> g.uploads().stream())
                .map(PublishPlan.Upload::object).filter(o -> !done.contains(o.key())).toList();
        if (findings != null && !uploads.isEmpty()) {
            PublishGates.reportLint(uploads, findings.join(), listener);
        }
        java.util.Set<String> keys = new java.util.HashSet<>(done);
        uploads.forEach(o -> keys.add(o.key()));
        return keys;
    }

    /** Reads back what went up: the target serves what was built, or the run fails saying what differs. */
    private void readBack(Inputs inputs, List<LocalObject> uploaded) {
        try {
            ReadBack.verify(store, config.target().describe(), uploaded, config.concurrency(), listener);
        } catch (UnsupportedOperationException e) {
            listener.debug("This target cannot be read back: " + e.getMessage());
        }
    }

    private long millisSince(long started) {
        return (pacer.nanoTime() - started) / 1_000_000;
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new InfrastructureException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
