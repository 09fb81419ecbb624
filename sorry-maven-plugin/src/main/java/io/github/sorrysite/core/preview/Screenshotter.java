package io.github.sorrysite.core.preview;

import java.net.URI;

/** Renders a URL the way a browser shows it. Implemented by the headless Chromium adapter. */
public interface Screenshotter {
    /**
     * Loads {@code url} at {@code viewport} and returns a PNG of the whole page (at least the
     * viewport's height, longer when the page scrolls).
     */
    byte[] screenshot(URI url, Viewport viewport);
}
