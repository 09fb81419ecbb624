package io.github.sorrysite.serve;

import io.github.sorrysite.core.inline.InlineConfig;
import io.github.sorrysite.core.RecordingListener;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.site.SiteConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeSessionTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Only guards against a hang; nothing is asserted about how long a rebuild takes. */
    private static final long GUARD_MILLIS = 60_000;

    @TempDir
    Path project;

    @Test
    void editingASourceOrTemplateRebuildsAndWakesOpenPages() throws Exception {
        SiteConfig config = TestSites.copyDefaultSite(project);
        RecordingListener log = new RecordingListener();
        try (ServeSession session = ServeSession.start(new ServeConfig(config, "127.0.0.1", 0,
                ServeConfig.defaultOutputDirectory(config), InlineConfig.defaults()), log)) {
            assertTrue(Files.isRegularFile(project.resolve("target/sorry-serve/site/maintenance.html")));
            long first = session.site().current().generation();

            Path page = project.resolve("site-src/pages/maintenance.md");
            Files.writeString(page, Files.readString(page).replace("# We’ll be right back", "# Back in five"));
            SiteState next = session.site().awaitChange(first, GUARD_MILLIS);
            assertTrue(next.generation() > first, "a rebuild after editing a page");
            assertEquals("Back in five", Jsoup.parse(fetch(session.url())).selectFirst("h1").text());

            Path template = project.resolve("templates/page.html");
            Files.writeString(template, Files.readString(template).replace("<main>", "<main class=\"edited\">"));
            SiteState third = awaitHtml(session, next.generation(), "main.edited");
            assertTrue(third.generation() > next.generation());

            // A new directory is watched too.
            Path de = project.resolve("site-src/pages/de");
            Files.createDirectories(de);
            SiteState afterDirectory = session.site().awaitChange(third.generation(), GUARD_MILLIS);
            Files.writeString(de.resolve("maintenance.md"), "# Wartung\n");
            awaitHtmlAt(session, afterDirectory.generation(), "/de/x", "h1:contains(Wartung)");
        }
        assertTrue(log.lines.stream().anyMatch(l -> l.matches("[A-Z]+ Changed: site-src/pages/maintenance\\.md.*")), log.text());
        assertTrue(log.lines.stream().anyMatch(l -> l.matches("[A-Z]+ Stopped the sorry preview server\\.")), log.text());
    }

    @Test
    void sourceAndOutputDirectoriesMustDiffer() {
        SiteConfig config = SiteConfig.defaults(project);
        BadInputException e = assertThrows(BadInputException.class,
                () -> new ServeConfig(config, "127.0.0.1", 0, config.outputDirectory(), InlineConfig.defaults()));
        assertEquals("sorry.serve.outputDirectory", e.where());
        assertEquals("sorry.serve.port", assertThrows(BadInputException.class,
                () -> new ServeConfig(config, "127.0.0.1", 70000, project.resolve("x"), InlineConfig.defaults())).where());
    }

    private static SiteState awaitHtml(ServeSession session, long after, String expected) throws Exception {
        return awaitHtmlAt(session, after, "/", expected);
    }

    /**
     * Waits through generations (a write may arrive as several events) until the page at
     * {@code path} has an element matching {@code selector}.
     */
    private static SiteState awaitHtmlAt(ServeSession session, long after, String path, String selector) throws Exception {
        SiteState state = session.site().awaitChange(after, GUARD_MILLIS);
        for (int i = 0; i < 5; i++) {
            if (!Jsoup.parse(fetch(URI.create(session.url() + path))).select(selector).isEmpty()) {
                return state;
            }
            SiteState next = session.site().awaitChange(state.generation(), GUARD_MILLIS);
            if (next.generation() == state.generation()) {
                break;
            }
            state = next;
        }
        throw new AssertionError("the page at " + path + " never matched " + selector + ": " + fetch(URI.create(session.url() + path)));
    }

    private static String fetch(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
