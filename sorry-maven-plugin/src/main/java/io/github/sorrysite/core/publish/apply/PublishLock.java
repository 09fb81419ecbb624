package io.github.sorrysite.core.publish.apply;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.common.JsonFields;
import io.github.sorrysite.core.common.JsonText;
import io.github.sorrysite.core.common.Pacer;
import io.github.sorrysite.core.publish.plan.PublishManifest;
import io.github.sorrysite.core.publish.store.ObjectStore;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One publish at a time per target: a lock object ({@value #KEY}) under the target prefix, written
 * with a conditional write ({@code If-None-Match: *}) so that of two publishes only one can create
 * it. A store that ignores the condition is found out by writing the lock a second time (a store
 * that honours it refuses that); there the lock is written only when none is there, and read back
 * after {@link #SETTLE} to see which run's lock stayed. A publish that dies leaves its lock, which
 * {@code -Dsorry.publish.breakLock=true} clears.
 */
public final class PublishLock implements AutoCloseable {
    public static final String KEY = PublishManifest.PREFIX + "lock.json";
    public static final String BREAK_PROPERTY = "sorry.publish.breakLock";
    static final Duration SETTLE = Duration.ofSeconds(2);

    private final ObjectStore store;
    private final String target;
    private final String runId;
    private final Events listener;
    private boolean held;

    private PublishLock(ObjectStore store, String target, String runId, Events listener) {
        this.store = store;
        this.target = target;
        this.runId = runId;
        this.listener = listener;
    }

    /** Takes the lock, or fails naming the run that holds it. */
    public static PublishLock acquire(ObjectStore store, String target, boolean breakLock, Events listener, Pacer pacer) {
        String runId = Instant.now().getEpochSecond() + "-" + UUID.randomUUID().toString().substring(0, 8);
        PublishLock lock = new PublishLock(store, target, runId, listener);
        byte[] existing = store.readControl(KEY);
        if (existing != null) {
            if (!breakLock) {
                throw held(target, existing);
            }
            listener.warn(BREAK_PROPERTY + "=true: clearing the lock of " + describe(existing) + " on " + target);
            store.deleteControl(KEY);
        }
        byte[] body = lock.body();
        if (!store.writeControl(KEY, body, true)) {
            throw held(target, store.readControl(KEY));
        }
        lock.held = true;
        if (store.writeControl(KEY, body, true)) {
            // The store ignored If-None-Match: see whose lock stays once concurrent writes settled.
            listener.debug("The store does not honour If-None-Match; checking the publish lock by reading it back after "
                    + SETTLE.toSeconds() + " s");
            try {
                pacer.sleep(SETTLE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InfrastructureException("Interrupted while taking the publish lock", e);
            }
            lock.verify();
        }
        listener.debug("Took the publish lock " + KEY + " on " + target + " (run " + runId + ")");
        return lock;
    }

    public String runId() {
        return runId;
    }

    /** Fails when the lock is no longer this run's (cleared, or taken over by another run). */
    public void verify() {
        byte[] now = store.readControl(KEY);
        if (now == null || !runId.equals(runIdOf(now))) {
            held = false;
            throw now == null
                    ? new InfrastructureException("The publish lock " + KEY + " on " + target + " was removed while this publish ran (run "
                    + runId + "); stopped before deleting anything; run sorry:publish again once no other publish runs", null)
                    : held(target, now);
        }
    }

    /** Releases the lock if it is still this run's. */
    @Override
    public void close() {
        if (!held) {
            return;
        }
        held = false;
        try {
            byte[] now = store.readControl(KEY);
            if (now != null && runId.equals(runIdOf(now))) {
                store.deleteControl(KEY);
            }
        } catch (RuntimeException e) {
            listener.warn("Could not remove the publish lock " + KEY + " on " + target + " (" + e.getMessage()
                    + "); the next publish fails until it is cleared with -D" + BREAK_PROPERTY + "=true");
        }
    }

    private byte[] body() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("runId", runId);
        json.put("user", System.getProperty("user.name", "?"));
        json.put("host", host());
        json.put("pid", ProcessHandle.current().pid());
        json.put("started", Instant.now().toString());
        return JsonText.pretty(json).getBytes(StandardCharsets.UTF_8);
    }

    private static BadInputException held(String target, byte[] lock) {
        return new BadInputException(BREAK_PROPERTY, "another publish to " + target + " holds the lock " + KEY + ": " + describe(lock)
                + "; nothing was uploaded or deleted",
                "wait for that publish to finish and run again; if it died, run once with -D" + BREAK_PROPERTY + "=true");
    }

    static String describe(byte[] lock) {
        if (lock == null) {
            return "a run that has just finished";
        }
        try {
            JsonFields f = JsonFields.of(JsonText.parse(lock), "the lock");
            return "run " + f.string("runId") + " by " + f.string("user") + "@" + f.string("host") + " (pid " + f.number("pid")
                    + "), started " + f.string("started");
        } catch (RuntimeException e) {
            return "an unreadable lock (" + lock.length + " bytes)";
        }
    }

    private static String runIdOf(byte[] lock) {
        try {
            return JsonFields.of(JsonText.parse(lock), "the lock").string("runId");
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "unknown-host";
        }
    }
}
