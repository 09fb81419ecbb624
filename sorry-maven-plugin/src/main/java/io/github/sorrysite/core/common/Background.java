package io.github.sorrysite.core.common;

import io.github.sorrysite.core.InfrastructureException;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work started on its own daemon thread and joined later, failing on the joining thread as if it
 * had run there. Used to overlap the slow first steps of a cold JVM (loading a library's classes)
 * on the second core. The thread inherits the caller's context class loader (Maven's plugin realm).
 */
public final class Background<T> {
    private final FutureTask<T> task;

    private Background(FutureTask<T> task) {
        this.task = task;
    }

    public static <T> Background<T> start(String threadName, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true);
        thread.start();
        return new Background<>(task);
    }

    /** Already done, on this thread. */
    public static <T> Background<T> done(T value) {
        FutureTask<T> task = new FutureTask<>(() -> value);
        task.run();
        return new Background<>(task);
    }

    /**
     * Waits for the result.
     *
     * @throws RuntimeException what the work threw, unwrapped
     */
    public T join() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("Interrupted while waiting for background work", e);
        } catch (CancellationException e) {
            throw new InfrastructureException("Background work was cancelled", e);
        }
    }

    /** The result once the work is done, or null when it failed or was cancelled. Waits. */
    public T joinQuietly() {
        try {
            return task.get();
        } catch (ExecutionException | CancellationException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Stops waiting for work whose result is no longer wanted. */
    public void cancel() {
        task.cancel(true);
    }
}
