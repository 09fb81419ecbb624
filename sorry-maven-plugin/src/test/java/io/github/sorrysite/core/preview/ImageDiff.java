package io.github.sorrysite.core.preview;

import io.github.sorrysite.core.InfrastructureException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * How different two renderings are: the share of pixels whose colour differs by more than a
 * tolerance in any channel. Anti-aliasing moves a few pixels by a few levels between otherwise
 * identical renderings, hence the tolerance; a missing logo or a changed layout moves thousands.
 *
 * @param differentPixels pixels that differ, counting the area only one image covers
 * @param totalPixels the area of the larger image (width × height of the union)
 */
public record ImageDiff(long differentPixels, long totalPixels) {
    /**
     * Per-channel difference (0–255) up to which a pixel counts as the same. Small on purpose: a
     * light grey background (#eef1f5) is only 17 levels from white, and losing it must count.
     */
    public static final int DEFAULT_TOLERANCE = 8;

    public double ratio() {
        return totalPixels == 0 ? 0 : (double) differentPixels / totalPixels;
    }

    public static ImageDiff of(byte[] png, byte[] otherPng) {
        return of(read(png), read(otherPng), DEFAULT_TOLERANCE);
    }

    public static ImageDiff of(BufferedImage a, BufferedImage b, int tolerance) {
        int width = Math.max(a.getWidth(), b.getWidth());
        int height = Math.max(a.getHeight(), b.getHeight());
        long different = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean inA = x < a.getWidth() && y < a.getHeight();
                boolean inB = x < b.getWidth() && y < b.getHeight();
                if (inA != inB || inA && differs(a.getRGB(x, y), b.getRGB(x, y), tolerance)) {
                    different++;
                }
            }
        }
        return new ImageDiff(different, (long) width * height);
    }

    /** Reads a PNG (or any format ImageIO knows). */
    public static BufferedImage read(byte[] image) {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            if (decoded == null) {
                throw new InfrastructureException("Not an image (" + image.length + " bytes)", null);
            }
            return decoded;
        } catch (IOException e) {
            throw new InfrastructureException("Cannot decode an image: " + e.getMessage(), e);
        }
    }

    private static boolean differs(int p, int q, int tolerance) {
        for (int shift = 0; shift <= 24; shift += 8) {
            if (Math.abs((p >>> shift & 0xff) - (q >>> shift & 0xff)) > tolerance) {
                return true;
            }
        }
        return false;
    }
}
