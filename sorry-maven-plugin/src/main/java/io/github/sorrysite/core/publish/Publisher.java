package io.github.sorrysite.core.publish;

import io.github.sorrysite.core.BuildListener;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.build.SiteConfig;
import io.github.sorrysite.core.build.Sizes;
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
    private final SiteConfig site;
    private final PublishConfig config;
    private final ObjectStore store;
    private final CdnInvalidator cdn;
    private final BuildListener listener;
    private final Pacer pacer;

    /** @param cdn null when no distribution is configured */
    public Publisher(SiteConfig site, PublishConfig config, ObjectStore store, CdnInvalidator cdn, BuildListener listener, Pacer pacer) {
        this.site = site;
        this.config = config;
        this.store = store;
        this.cdn = cdn;
        this.listener = listener;
        this.pacer = pacer;
    }

    public PublishPlan plan() {
        List<LocalObject> local = LocalInventory.read(site, config.cacheControl());
        List<RemoteObject> remote = RemoteInventory.read(store, local, config.force(), config.concurrency());
        return PublishPlanner.plan(config.target().describe(), local, remote, config.planOptions(site.contentPrefix()));
    }

    public PublishResult publish() {
        long started = pacer.nanoTime();
        PublishPlan plan = plan();
        Path planFile = site.outputDirectory().resolve("publish-plan.json");
        write(planFile, PublishPlanJson.write(plan, config.dryRun()));
        PublishPlanText.lines(plan).forEach(listener::info);
        if (config.dryRun()) {
            listener.info("Dry run: nothing was uploaded, deleted or invalidated; the plan is in " + site.shown(planFile));
            return new PublishResult(0, 0, plan.unchanged().size(), 0, Map.of(), millisSince(started), true);
        }
        if (plan.isEmpty()) {
            listener.info("Up to date: " + plan.unchanged().size() + " objects unchanged in " + plan.target()
                    + "; nothing uploaded, deleted or invalidated");
            return new PublishResult(0, 0, plan.unchanged().size(), 0, Map.of(), millisSince(started), false);
        }
        PublishResult applied = new PublishExecutor(store, cdn, config, listener, pacer).apply(plan);
        PublishResult result = new PublishResult(applied.uploaded(), applied.uploadedBytes(), applied.unchanged(), applied.deleted(),
                applied.invalidationIds(), millisSince(started), false);
        listener.info(String.format("Published to %s: %d uploaded (%s), %d unchanged, %d deleted, invalidations: %s, in %d ms",
                plan.target(), result.uploaded(), Sizes.human(result.uploadedBytes()), result.unchanged(), result.deleted(),
                result.invalidationIds().isEmpty() ? "none" : result.invalidationIds().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).sorted().reduce((a, b) -> a + ", " + b).orElse(""),
                result.millis()));
        return result;
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
