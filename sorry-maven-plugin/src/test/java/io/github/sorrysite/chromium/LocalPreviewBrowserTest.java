package io.github.sorrysite.chromium;

import io.github.sorrysite.core.inline.InlineConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.site.SiteConfig;
import io.github.sorrysite.core.preview.ImageDiff;
import io.github.sorrysite.core.preview.PreviewReport;
import io.github.sorrysite.serve.LocalPreview;
import io.github.sorrysite.serve.TestSites;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sorry:preview} end to end without Maven: real build, real server, real Chromium. */
class LocalPreviewBrowserTest {
    @TempDir
    Path project;

    @Test
    void screenshotsEveryPageAtBothSizesAndWritesTheReport() throws IOException {
        Path executable = BrowserTests.chromiumOrSkip();
        SiteConfig config = TestSites.copyDefaultSite(project).withCdnBaseUrl("https://d111111abcdef8.cloudfront.net");

        PreviewReport report;
        try (Chromium chromium = Chromium.launch(executable)) {
            report = new LocalPreview(config, InlineConfig.defaults(), Events.SILENT).run(chromium);
        }

        Path preview = project.resolve("target/sorry/preview");
        copyForInspection(preview, Path.of("target/browser-tests/preview"));
        assertEquals(2, report.pages().size());
        BufferedImage desktop = ImageIO.read(preview.resolve("maintenance-full-desktop.png").toFile());
        BufferedImage phone = ImageIO.read(preview.resolve("ja/maintenance-full-phone.png").toFile());
        assertEquals(1280, desktop.getWidth());
        assertTrue(desktop.getHeight() >= 800, "at least the viewport");
        assertEquals(390, phone.getWidth());
        assertTrue(phone.getHeight() >= 844);
        // The page actually rendered with its stylesheet: the card sits on the grey background.
        // The white card on the light grey background: at least a tenth of the picture is not background.
        assertTrue(ImageDiff.of(desktop, blank(desktop.getWidth(), desktop.getHeight(), desktop.getRGB(0, 0)), 8)
                .ratio() > 0.1, "the screenshot shows a page, not an empty canvas");
        assertEquals(0xeef1f5, desktop.getRGB(0, 0) & 0xffffff, "the site's background colour");

        Document html = Jsoup.parse(preview.resolve("report.html").toFile(), "UTF-8");
        assertEquals(List.of("maintenance-full-desktop.png", "maintenance-inline-desktop.png",
                        "maintenance-full-phone.png", "maintenance-inline-phone.png"),
                html.getElementById("page-maintenance.html").select("figure img").eachAttr("src"));
        // The bar shows the published body (with the real CDN URLs), measured as the ALB API does.
        String published = Files.readString(project.resolve("target/sorry/alb/maintenance.html"), StandardCharsets.UTF_8);
        String budget = html.getElementById("page-maintenance.html").selectFirst(".budget").text();
        assertTrue(budget.contains(published.length() + " of 1024 characters ("
                + published.getBytes(StandardCharsets.UTF_8).length + " bytes UTF-8)"), budget);
        assertTrue(published.contains("https://d111111abcdef8.cloudfront.net/"), published);
        for (String src : html.select("img").eachAttr("src")) {
            assertTrue(Files.isRegularFile(preview.resolve(src)), src);
        }
        try (Stream<Path> leftovers = Files.list(project.resolve("target/sorry"))) {
            assertEquals(List.of(), leftovers.filter(p -> p.getFileName().toString().startsWith(".")).toList(),
                    "the temporary preview build is removed");
        }
        assertTrue(Files.readString(project.resolve("target/sorry/site/maintenance.html"), StandardCharsets.UTF_8)
                .contains("https://d111111abcdef8.cloudfront.net/sorrycontent/"), "the real build keeps the CDN URLs");
    }

    private static void copyForInspection(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static BufferedImage blank(int width, int height, int rgb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }
}
