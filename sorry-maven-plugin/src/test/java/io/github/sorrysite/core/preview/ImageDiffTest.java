package io.github.sorrysite.core.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ImageDiffTest {
    @Test
    void identicalImagesDoNotDiffer() {
        assertEquals(0, ImageDiff.of(card(Color.BLUE), card(Color.BLUE), ImageDiff.DEFAULT_TOLERANCE).differentPixels());
    }

    @Test
    void smallColourNoiseIsTolerated() {
        assertEquals(0, ImageDiff.of(card(new Color(40, 90, 215)), card(new Color(42, 91, 210)), ImageDiff.DEFAULT_TOLERANCE).ratio());
    }

    @Test
    void aMissingBlockCountsEveryPixelOfIt() {
        BufferedImage blank = image(100, 50, Color.WHITE);
        ImageDiff diff = ImageDiff.of(blank, card(Color.BLUE), ImageDiff.DEFAULT_TOLERANCE);
        assertEquals(20 * 10, diff.differentPixels());
        assertEquals(100 * 50, diff.totalPixels());
        assertEquals(0.04, diff.ratio(), 1e-9);
    }

    @Test
    void areaOnlyOneImageCoversIsDifferent() {
        ImageDiff diff = ImageDiff.of(image(100, 50, Color.WHITE), image(100, 60, Color.WHITE), ImageDiff.DEFAULT_TOLERANCE);
        assertEquals(100 * 10, diff.differentPixels());
        assertEquals(100 * 60, diff.totalPixels());
    }

    /** A white 100×50 picture with a 20×10 coloured block, like a logo on a page. */
    private static BufferedImage card(Color block) {
        BufferedImage image = image(100, 50, Color.WHITE);
        Graphics2D g = image.createGraphics();
        g.setColor(block);
        g.fillRect(10, 10, 20, 10);
        g.dispose();
        return image;
    }

    private static BufferedImage image(int width, int height, Color background) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }
}
