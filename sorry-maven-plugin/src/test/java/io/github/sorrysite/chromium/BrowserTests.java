package io.github.sorrysite.chromium;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Finds Chromium for browser tests, or skips them with a message that says how to get it. */
final class BrowserTests {
    private BrowserTests() {
    }

    static Path chromiumOrSkip() {
        String configured = System.getProperty("sorry.chromium");
        Optional<Path> found = configured != null && !configured.isBlank()
                ? Optional.of(Path.of(configured))
                : ChromiumLocator.search(System.getenv("PATH"));
        Assumptions.assumeTrue(found.isPresent(),
                "Chromium not found on PATH: browser tests skipped (apt-get install chromium, or -Dsorry.chromium=/path)");
        return found.get();
    }
}
