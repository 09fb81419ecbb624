package io.github.sorrysite.core.inline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/** A screenshot of a URL by headless Chromium, the way the screenshot comparisons take them. */
final class Screenshots {
    private Screenshots() {
    }

    /** {@code -Dsorry.screenshots=DIR} keeps the PNGs for a look. */
    static BufferedImage shoot(Path work, String url, String name, int width, int height) throws Exception {
        Path png = work.resolve(name + ".png");
        Path profile = Files.createTempDirectory(work, "profile-");
        Path log = work.resolve(name + ".log");
        Process chromium = new ProcessBuilder(InlineScreenshotTest.CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--hide-scrollbars",
                "--force-device-scale-factor=1", "--force-prefers-reduced-motion", "--window-size=" + width + "," + height,
                "--virtual-time-budget=3000", "--screenshot=" + png, url)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!chromium.waitFor(60, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new AssertionError("Chromium did not finish a screenshot of " + url + " within 60 s");
        }
        assertTrue(Files.isRegularFile(png), "Chromium wrote no screenshot of " + url + ": " + Files.readString(log));
        String keep = System.getProperty("sorry.screenshots");
        if (keep != null) {
            Files.createDirectories(Path.of(keep));
            Files.copy(png, Path.of(keep).resolve(png.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return ImageIO.read(png.toFile());
    }
}
