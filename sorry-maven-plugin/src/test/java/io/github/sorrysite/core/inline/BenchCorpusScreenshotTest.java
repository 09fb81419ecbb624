package io.github.sorrysite.core.inline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bench corpus pages other than the default site and the frameworks (which
 * {@link InlineScreenshotTest} and {@link FrameworkCorpusTest} cover): native nesting with
 * {@code @layer} and {@code color-mix()}, the dark-mode design, the basic example and the long
 * Japanese notice. Each page's inline variants, in both shapes, must look like its full page in
 * headless Chromium, on a desktop and a phone viewport: the value rewrites of the inline CSS
 * ({@link CompactCss}) run on all of them. A control (the body without its stylesheet) shows the
 * comparison does catch a difference.
 */
class BenchCorpusScreenshotTest {
    static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    static Path work;
    static CorpusServer server;

    @BeforeAll
    static void serve() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(InlineScreenshotTest.CHROMIUM),
                "headless Chromium not found at " + InlineScreenshotTest.CHROMIUM + ": corpus screenshot comparison skipped");
        server = new CorpusServer();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** {@code design} gives templates/ and sorrycontent/, {@code pages} the pages/ (the long notice uses the default design). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "nesting, bench/corpus/nesting, bench/corpus/nesting",
        "dark-mode, bench/corpus/dark-mode, bench/corpus/dark-mode",
        "example-basic, examples/basic, examples/basic",
        "long-ja, ., bench/corpus/long-ja",
    })
    void inlineShapesLookLikeTheFullPage(String name, String design, String pages) throws Exception {
        Path project = work.resolve(name);
        copy(REPO.resolve(design).resolve("templates"), project.resolve("templates"));
        copy(REPO.resolve(design).resolve("site-src/sorrycontent"), project.resolve("site-src/sorrycontent"));
        copy(REPO.resolve(pages).resolve("site-src/pages"), project.resolve("site-src/pages"));
        // auto falls back to frame where both styled shapes are over the budget; both are made below anyway
        CorpusServer.Built built = server.build(name, project, project.resolve("out"));
        Candidate linked = server.serveShapes(built, "maintenance.html").get(InlineStrategy.CDN_LINKED);
        // the control: the same body without its stylesheet
        server.bodies.put("/__alb/" + name + "/unstyled.html",
                linked.html().replaceAll("<link rel=stylesheet[^>]*>", "").getBytes(StandardCharsets.UTF_8));
        for (int[] size : List.of(new int[] {1000, 720}, new int[] {390, 800})) {
            BufferedImage full = shoot("/" + name + "/maintenance.html", name + "-full-" + size[0], size);
            for (InlineStrategy shape : List.of(InlineStrategy.SELF_CONTAINED, InlineStrategy.CDN_LINKED)) {
                BufferedImage shot = shoot("/__alb/" + name + "/" + shape.id() + ".html", name + "-" + shape.id() + "-" + size[0], size);
                double diff = InlineScreenshotTest.difference(full, shot);
                System.out.println(name + " " + shape.id() + " " + size[0] + "x" + size[1] + ": "
                        + String.format("%.3f%%", diff * 100) + " of pixels differ");
                assertTrue(diff <= InlineScreenshotTest.THRESHOLD, name + " " + shape.id() + " at " + size[0] + "x" + size[1] + ": "
                        + String.format("%.2f%%", diff * 100) + " of pixels differ from the full page (see " + work + ")");
            }
            double control = InlineScreenshotTest.difference(full, shoot("/__alb/" + name + "/unstyled.html", name + "-unstyled-" + size[0], size));
            assertTrue(control > InlineScreenshotTest.THRESHOLD * 4, name + ": the control without a stylesheet must look different, but only "
                    + String.format("%.2f%%", control * 100) + " of pixels differ");
        }
    }

    private static BufferedImage shoot(String path, String name, int[] size) throws Exception {
        return Screenshots.shoot(work, server.base + path, name, size[0], size[1]);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
