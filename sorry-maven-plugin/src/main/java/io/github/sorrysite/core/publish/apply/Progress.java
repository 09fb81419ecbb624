package io.github.sorrysite.core.publish.apply;

import io.github.sorrysite.core.common.Pacer;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.common.Sizes;
import java.time.Duration;

/** Counts objects and bytes done out of a total and reports at most once per interval, plus once at the end. */
final class Progress {
    static final Duration INTERVAL = Duration.ofSeconds(2);

    private final Events listener;
    private final String label;
    private final int totalObjects;
    private final long totalBytes;
    private final Pacer pacer;
    private int objects;
    private long bytes;
    private long lastReport;

    Progress(Events listener, String label, int totalObjects, long totalBytes, Pacer pacer) {
        this.listener = listener;
        this.label = label;
        this.totalObjects = totalObjects;
        this.totalBytes = totalBytes;
        this.pacer = pacer;
        this.lastReport = pacer.nanoTime();
    }

    synchronized void done(long objectBytes) {
        objects++;
        bytes += objectBytes;
        long now = pacer.nanoTime();
        if (objects == totalObjects || now - lastReport >= INTERVAL.toNanos()) {
            lastReport = now;
            listener.info(String.format("  %s: %d/%d objects, %s/%s", label, objects, totalObjects,
                    Sizes.human(bytes), Sizes.human(totalBytes)));
        }
    }
}
