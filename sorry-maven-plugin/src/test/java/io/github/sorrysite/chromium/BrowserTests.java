package io.github.sorrysite.chromium;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Finds Chromium for browser tests, or skips them with a message that says how to get it. */
final class BrowserTests {
    private BrowserTests() {
    }

    static final String SKIPPED = "Chromium not found on PATH: browser tests skipped (apt-get install chromium, or -Dsorry.chromium=/path)";

    static Optional<Path> chromium() {
        String configured = System.getProperty("sorry.chromium");
        return configured != null && !configured.isBlank()
                ? Optional.of(Path.of(configured))
                : ChromiumLocator.search(System.getenv("PATH"));
    }

    static Path chromiumOrSkip() {
        Optional<Path> found = chromium();
        Assumptions.assumeTrue(found.isPresent(), SKIPPED);
        return found.get();
    }
}
