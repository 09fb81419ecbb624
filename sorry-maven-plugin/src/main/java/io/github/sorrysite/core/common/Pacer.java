package io.github.sorrysite.core.common;

import java.time.Duration;

/** Time, for code that waits: real in production, a fake in tests so no test waits or depends on timing. */
public interface Pacer {
    long nanoTime();

    void sleep(Duration duration) throws InterruptedException;

    Pacer SYSTEM = new Pacer() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(duration.toMillis());
        }
    };
}
