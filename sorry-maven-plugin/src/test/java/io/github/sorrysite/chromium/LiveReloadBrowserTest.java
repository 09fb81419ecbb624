package io.github.sorrysite.chromium;

import io.github.sorrysite.core.inline.InlineConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.site.SiteConfig;
import io.github.sorrysite.core.preview.Viewport;
import io.github.sorrysite.serve.ServeConfig;
import io.github.sorrysite.serve.ServeSession;
import io.github.sorrysite.serve.TestSites;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a source file reloads the open page by itself, through the injected script. */
class LiveReloadBrowserTest {
    /** Only guards against a hang; nothing is asserted about how quickly the reload happens. */
    private static final long GUARD_MILLIS = 60_000;

    @TempDir
    Path project;

    @Test
    void anOpenPageReloadsAfterASaveAndShowsBuildErrors() throws Exception {
        Path executable = BrowserTests.chromiumOrSkip();
        SiteConfig config = TestSites.copyDefaultSite(project);
        try (ServeSession session = ServeSession.start(new ServeConfig(config, "127.0.0.1", 0,
                ServeConfig.defaultOutputDirectory(config), InlineConfig.defaults()), Events.SILENT);
             Chromium chromium = Chromium.launch(executable);
             ChromiumPage page = chromium.open(URI.create(session.url() + "/app/login"), Viewport.DESKTOP)) {
            assertEquals("We’ll be right back", heading(page));
            page.evaluate("window.sorryMarker = 'before reload'");

            Path source = project.resolve("site-src/pages/maintenance.md");
            String good = Files.readString(source);
            Files.writeString(source, good.replace("# We’ll be right back", "# Back at six"));
            awaitHeading(page, "Back at six");
            assertEquals("undefined", page.evaluate("typeof window.sorryMarker").asText(), "the page really reloaded");

            Files.writeString(source, good.replace("lang: en\n", "lang: en\nstatus: soon\n"));
            awaitHeading(page, "The sorry site failed to build");
            assertTrue(page.evaluate("document.getElementById('sorry-build-error').textContent").asText()
                    .contains("status 'soon' is not an HTTP status code"));

            Files.writeString(source, good);
            awaitHeading(page, "We’ll be right back");
            assertEquals(List.of(), page.visit().consoleErrors());
        }
    }

    private static String heading(ChromiumPage page) {
        return page.evaluate("(document.querySelector('h1') || {textContent: ''}).textContent.trim()").asText();
    }

    private static void awaitHeading(ChromiumPage page, String expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + GUARD_MILLIS;
        String seen = "";
        while (System.currentTimeMillis() < deadline) {
            try {
                seen = heading(page);
                if (seen.equals(expected)) {
                    return;
                }
            } catch (RuntimeException e) {
                // the page is between documents while it reloads
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the open page never showed '" + expected + "' (last seen '" + seen + "')");
    }
}
