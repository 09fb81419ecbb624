package io.github.sorrysite.core.common;

import io.github.sorrysite.core.InfrastructureException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Runs one action per item on a fixed number of threads; after the first failure, items not yet started are skipped. */
public final class Parallel implements AutoCloseable {
    public record Failure<T>(T item, RuntimeException error) {
    }

    private final ExecutorService pool;

    public Parallel(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "sorry-publish-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        pool = Executors.newFixedThreadPool(threads, factory);
    }

    /** Returns the failures (empty when every item succeeded), in the order they happened. */
    public <T> List<Failure<T>> run(List<T> items, Consumer<T> action) {
        AtomicBoolean stop = new AtomicBoolean();
        List<Failure<T>> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(pool.submit(() -> {
                if (stop.get()) {
                    return;
                }
                try {
                    action.accept(item);
                } catch (RuntimeException e) {
                    stop.set(true);
                    failures.add(new Failure<>(item, e));
                }
            }));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                stop.set(true);
                futures.forEach(f -> f.cancel(true));
                Thread.currentThread().interrupt();
                throw new InfrastructureException("Interrupted while publishing", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("actions catch their own failures", e);
            }
        }
        return List.copyOf(failures);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
