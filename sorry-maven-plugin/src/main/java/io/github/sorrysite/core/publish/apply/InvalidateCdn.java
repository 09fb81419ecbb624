package io.github.sorrysite.core.publish.apply;

import io.github.sorrysite.core.common.Pacer;
import io.github.sorrysite.core.publish.plan.PublishPlan;
import io.github.sorrysite.core.publish.store.CdnBusyException;
import io.github.sorrysite.core.publish.store.CdnInvalidator;
import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.InfrastructureException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates one invalidation per distribution, backing off while the distribution has too many in
 * progress, and optionally waits until each is Completed.
 */
public final class InvalidateCdn {
    static final int MAX_ATTEMPTS = 8;
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(5);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(60);
    static final Duration POLL_INTERVAL = Duration.ofSeconds(10);

    private final CdnInvalidator cdn;
    private final Events listener;
    private final Pacer pacer;
    private final boolean waitForCompletion;
    private final Duration waitTimeout;

    public InvalidateCdn(CdnInvalidator cdn, Events listener, Pacer pacer, boolean waitForCompletion, Duration waitTimeout) {
        this.cdn = cdn;
        this.listener = listener;
        this.pacer = pacer;
        this.waitForCompletion = waitForCompletion;
        this.waitTimeout = waitTimeout;
    }

    /**
     * @param runId unique per publish run; each distribution's CallerReference is derived from it
     * @return distribution id to invalidation id
     */
    public Map<String, String> run(List<PublishPlan.Invalidation> invalidations, String runId) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (PublishPlan.Invalidation invalidation : invalidations) {
            String id = create(invalidation, "sorry-publish-" + runId + "-" + invalidation.distributionId());
            listener.info("Invalidation " + id + " created on " + cdn.describe(invalidation.distributionId()) + " for "
                    + describe(invalidation.paths()));
            ids.put(invalidation.distributionId(), id);
        }
        if (waitForCompletion) {
            ids.forEach(this::awaitCompleted);
        }
        return ids;
    }

    private String create(PublishPlan.Invalidation invalidation, String callerReference) {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            try {
                return cdn.invalidate(invalidation.distributionId(), invalidation.paths(), callerReference);
            } catch (CdnBusyException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw new InfrastructureException(capitalised(cdn.describe(invalidation.distributionId()))
                            + " still has too many invalidations in progress after " + MAX_ATTEMPTS + " attempts; " + notInvalidated(invalidation), e);
                }
                listener.warn(capitalised(cdn.describe(invalidation.distributionId())) + " has too many invalidations in progress; retrying in "
                        + backoff.toSeconds() + " s (attempt " + (attempt + 1) + " of " + MAX_ATTEMPTS + ")");
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            } catch (BadInputException e) {
                // A re-run after the fix would find nothing changed, so say how to invalidate by hand.
                throw new BadInputException(e.where(), e.problem() + "; " + notInvalidated(invalidation), e.fix(), e);
            } catch (InfrastructureException e) {
                throw new InfrastructureException(e.getMessage() + "; " + notInvalidated(invalidation), e);
            }
        }
    }

    private void awaitCompleted(String distributionId, String invalidationId) {
        long started = pacer.nanoTime();
        while (true) {
            String status = cdn.status(distributionId, invalidationId);
            long elapsed = Duration.ofNanos(pacer.nanoTime() - started).toSeconds();
            if (status != null && status.equalsIgnoreCase("Completed")) {
                listener.info("Invalidation " + invalidationId + " on " + distributionId + ": " + status + " after " + elapsed + " s");
                return;
            }
            if (status == null || !status.equalsIgnoreCase("InProgress")) {
                listener.warn("Invalidation " + invalidationId + " on " + distributionId + " has the unknown status '" + status
                        + "' (expected InProgress or Completed); waiting on");
            }
            listener.info("Invalidation " + invalidationId + " on " + distributionId + ": " + status + " (" + elapsed + " s of "
                    + waitTimeout.toSeconds() + " s)");
            if (Duration.ofNanos(pacer.nanoTime() - started).plus(POLL_INTERVAL).compareTo(waitTimeout) > 0) {
                throw new InfrastructureException("Invalidation " + invalidationId + " on " + cdn.describe(distributionId)
                        + " was still " + status + " after " + elapsed + " s (sorry.cloudfront.waitTimeout=" + waitTimeout.toSeconds()
                        + "s); the upload is done and the CDN keeps invalidating; raise the timeout or turn off sorry.cloudfront.wait", null);
            }
            sleep(POLL_INTERVAL);
        }
    }

    private void sleep(Duration duration) {
        try {
            pacer.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("Interrupted while waiting for the CDN", e);
        }
    }

    private String notInvalidated(PublishPlan.Invalidation invalidation) {
        String command = cdn.manualInvalidation(invalidation.distributionId(), invalidation.paths());
        return "the upload is done, but " + describe(invalidation.paths()) + " was not invalidated; once fixed, "
                + (command == null ? "invalidate it by hand" : "run: " + command);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String describe(List<String> paths) {
        return paths.size() <= 5 ? String.join(" ", paths) : paths.size() + " paths";
    }
}
