package io.github.sorrysite.core.common;

import io.github.sorrysite.core.BadInputException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

class BackgroundTest {
    @Test
    void joinGivesTheResultComputedOnAnotherThread() {
        Background<String> work = Background.start("test-work", () -> Thread.currentThread().getName());
        assertEquals("test-work", work.join());
    }

    @Test
    void aFailureIsThrownOnTheJoiningThreadUnwrapped() {
        BadInputException failure = new BadInputException("pages/x.md", "is broken", "fix it");
        Background<String> work = Background.start("test-fail", () -> {
            throw failure;
        });
        assertSame(failure, assertThrows(BadInputException.class, work::join));
        assertNull(work.joinQuietly());
        assertThrows(StackOverflowError.class, Background.start("test-error", () -> {
            throw new StackOverflowError();
        })::join);
    }

    @Test
    void theWorkSeesTheCallersContextClassLoaderAsMavenPluginsNeed() throws Exception {
        Thread current = Thread.currentThread();
        ClassLoader before = current.getContextClassLoader();
        try (URLClassLoader realm = new URLClassLoader(new URL[0], before)) {
            current.setContextClassLoader(realm);
            assertSame(realm, Background.start("test-tccl", () -> Thread.currentThread().getContextClassLoader()).join());
        } finally {
            current.setContextClassLoader(before);
        }
    }

    @Test
    void doneIsAlreadyThere() {
        assertEquals("x", Background.done("x").join());
    }
}
