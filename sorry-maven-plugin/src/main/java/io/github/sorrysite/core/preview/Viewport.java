package io.github.sorrysite.core.preview;

import java.util.List;

/**
 * A screen size to render at, in CSS pixels.
 *
 * @param mobile whether the page's {@code <meta name="viewport">} applies, as on a phone
 */
public record Viewport(String name, int width, int height, boolean mobile) {
    public static final Viewport DESKTOP = new Viewport("desktop", 1280, 800, false);
    public static final Viewport PHONE = new Viewport("phone", 390, 844, true);
    public static final List<Viewport> ALL = List.of(DESKTOP, PHONE);

    public Viewport {
        if (!name.matches("[a-z0-9-]+") || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("bad viewport " + name + " " + width + "x" + height);
        }
    }
}
