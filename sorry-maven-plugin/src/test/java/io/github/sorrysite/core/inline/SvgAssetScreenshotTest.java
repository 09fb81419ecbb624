package io.github.sorrysite.core.inline;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.svg.MinifySvg;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A minified SVG asset looks the same as its source in headless Chromium: the default site's logo
 * (text, a style sheet with a dark-mode query) and a drawing as an editor saves it (Inkscape's
 * namespaces and metadata, indentation, text with its own spaces, long decimals). A control with one
 * colour changed shows the comparison does catch a difference.
 */
class SvgAssetScreenshotTest {
    static final String EDITOR_SVG = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <!-- Created with Inkscape (http://www.inkscape.org/) -->
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
                 xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
                 xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"
                 width="300" height="100" viewBox="0 0 300.000 100.000" version="1.1" inkscape:version="1.3">
              <sodipodi:namedview id="namedview1" pagecolor="#ffffff" inkscape:zoom="2.0"/>
              <metadata><rdf:RDF><dc:title>drawing</dc:title></rdf:RDF></metadata>
              <g inkscape:label="Layer 1" inkscape:groupmode="layer">
                <rect x="10.500" y="10.250" width="80.0" height="80.0" rx="8.50" fill="#2a5bd7"/>
                <path d="M 110.50,90.0 L 150.250,10.0 L 190.0,90.0 Z" fill="none" stroke="#d72a5b" stroke-width="6.0"/>
                <text x="200.0" y="60.0" font-size="28" font-family="sans-serif" xml:space="preserve"> a  <tspan fill="#1c2530">b</tspan> c </text>
              </g>
            </svg>
            """;

    /**
     * Stricter than the page comparisons: the same drawing renders to the same pixels, and a small
     * text change (a lost space) moves only a few hundred of them.
     */
    static final double THRESHOLD = 0.0005;

    @TempDir
    static Path work;

    @BeforeAll
    static void needsChromium() {
        Assumptions.assumeTrue(Files.isExecutable(InlineScreenshotTest.CHROMIUM),
                "headless Chromium not found at " + InlineScreenshotTest.CHROMIUM + ": SVG screenshot comparison skipped");
    }

    @Test
    void defaultLogo() throws Exception {
        compare("logo", Files.readString(Path.of("..").toAbsolutePath().normalize().resolve("site-src/sorrycontent/img/logo.svg")),
                "#2a5bd7", "#d72a5b");
    }

    @Test
    void editorDrawing() throws Exception {
        compare("drawing", EDITOR_SVG, "#2a5bd7", "#5bd72a");
    }

    void compare(String name, String source, String colour, String otherColour) throws Exception {
        byte[] minified = MinifySvg.minify(source.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(minified.length < source.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, name + " got no smaller");
        BufferedImage original = shoot(name + "-source", source.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        BufferedImage small = shoot(name + "-minified", minified);
        double diff = InlineScreenshotTest.difference(original, small);
        assertTrue(diff <= THRESHOLD, name + ": " + String.format("%.2f%%", diff * 100)
                + " of pixels differ after minifying (see " + work + ")");
        assertNotEquals(source, source.replace(colour, otherColour));
        double control = InlineScreenshotTest.difference(original,
                shoot(name + "-control", source.replace(colour, otherColour).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(control > THRESHOLD, name + ": the control with another colour must look different, but only "
                + String.format("%.2f%%", control * 100) + " of pixels differ");
    }

    private static BufferedImage shoot(String name, byte[] svg) throws Exception {
        Path file = work.resolve(name + ".svg");
        Files.write(file, svg);
        return Screenshots.shoot(work, file.toUri().toString(), name, 400, 300);
    }
}
