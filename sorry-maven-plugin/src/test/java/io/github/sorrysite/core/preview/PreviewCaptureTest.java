package io.github.sorrysite.core.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.lint.Finding;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewCaptureTest {
    @TempDir
    Path output;
    private final List<String> requested = new ArrayList<>();

    /** Draws a blank picture of the viewport's size and records what was asked. */
    private final Screenshotter fake = (url, viewport) -> {
        requested.add(url + " " + viewport.name());
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(viewport.width(), viewport.height(), BufferedImage.TYPE_INT_RGB), "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    @Test
    void everyPageAndViewportGetsAFullShotAndAnInlineOneWhenBuilt() throws IOException {
        InlineBudget budget = InlineBudget.of("<h1>ただいま</h1>".getBytes(StandardCharsets.UTF_8));
        List<PreviewCapture.Target> targets = List.of(
                new PreviewCapture.Target("maintenance.html", "Back soon", "en", 503, URI.create("http://h/maintenance.html"),
                        Optional.of(URI.create("http://h/__alb/maintenance.html")), Optional.of(budget)),
                new PreviewCapture.Target("ja/maintenance.html", "ただいま", "ja", 503, URI.create("http://h/ja/maintenance.html"),
                        Optional.empty(), Optional.empty()));

        PreviewReport report = new PreviewCapture(fake, Viewport.ALL, Events.SILENT)
                .capture(targets, output, List.of(), "lint.json");

        assertEquals(List.of("http://h/maintenance.html desktop", "http://h/__alb/maintenance.html desktop",
                "http://h/maintenance.html phone", "http://h/__alb/maintenance.html phone",
                "http://h/ja/maintenance.html desktop", "http://h/ja/maintenance.html phone"), requested);
        Path preview = output.resolve("preview");
        for (String png : List.of("maintenance-full-desktop.png", "maintenance-inline-desktop.png", "maintenance-full-phone.png",
                "maintenance-inline-phone.png", "ja/maintenance-full-desktop.png", "ja/maintenance-full-phone.png")) {
            assertTrue(Files.isRegularFile(preview.resolve(png)), png);
        }
        assertEquals(390, ImageIO.read(preview.resolve("ja/maintenance-full-phone.png").toFile()).getWidth());
        assertEquals(4, report.pages().get(0).shots().size());

        Document html = Jsoup.parse(preview.resolve("report.html").toFile(), "UTF-8");
        Element en = html.getElementById("page-maintenance.html");
        assertEquals(List.of("maintenance-full-desktop.png", "maintenance-inline-desktop.png", "maintenance-full-phone.png",
                "maintenance-inline-phone.png"), en.select("figure img").eachAttr("src"));
        assertTrue(en.selectFirst(".budget").text().contains(budget.characters() + " of 1024 characters (" + budget.bytes() + " bytes"),
                en.selectFirst(".budget").text());
        Element ja = html.getElementById("page-ja/maintenance.html");
        assertEquals(List.of("ja/maintenance-full-desktop.png", "ja/maintenance-full-phone.png"), ja.select("figure img").eachAttr("src"));
        assertEquals(2, ja.select(".missing").size(), "the inline cells say the variant was not built");
        assertTrue(ja.text().contains("No inline (ALB) variant was built"));
        assertTrue(html.getElementById("lint").text().contains("No findings in lint.json"), html.getElementById("lint").text());
    }

    @Test
    void lintFindingsAreListedAndEscaped() throws IOException {
        List<LintFinding> lint = List.of(
                LintFinding.of(new Finding(Finding.Severity.ERROR, "alb-size", "alb/maintenance.html", 0, "1100 > 1024 <characters>")),
                LintFinding.of(new Finding(Finding.Severity.WARNING, "img-alt", "templates/page.html", 12, "missing alt")));
        new PreviewCapture(fake, List.of(Viewport.DESKTOP), Events.SILENT).capture(List.of(
                new PreviewCapture.Target("maintenance.html", "T", "en", 503, URI.create("http://h/"), Optional.empty(),
                        Optional.empty())), output, lint, "lint.json");

        Document html = Jsoup.parse(output.resolve("preview/report.html").toFile(), "UTF-8");
        List<String> rows = html.select("#lint tbody tr").eachText();
        assertEquals(List.of("error alb-size alb/maintenance.html 1100 > 1024 <characters>",
                "warning img-alt templates/page.html:12 missing alt"), rows);
        assertFalse(Files.readString(output.resolve("preview/report.html")).contains("<characters>"), "escaped");
    }

    @Test
    void aFailedCaptureLeavesThePreviousPreviewAlone() throws IOException {
        Files.createDirectories(output.resolve("preview"));
        Files.writeString(output.resolve("preview/report.html"), "previous");
        Screenshotter failing = (url, viewport) -> {
            throw new IllegalStateException("browser died");
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new PreviewCapture(failing, Viewport.ALL,
                Events.SILENT).capture(List.of(new PreviewCapture.Target("maintenance.html", "T", "en", 503, URI.create("http://h/"),
                Optional.empty(), Optional.empty())), output, List.of(), "lint.json"));
        assertEquals("browser died", e.getMessage(), "the browser's failure is the goal's failure, not swallowed");
        assertEquals("previous", Files.readString(output.resolve("preview/report.html")));
    }
}
