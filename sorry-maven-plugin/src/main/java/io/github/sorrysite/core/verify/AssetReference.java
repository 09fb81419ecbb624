package io.github.sorrysite.core.verify;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * A URL a served body or stylesheet references, with what the browser does with it.
 *
 * @param kind {@code STYLESHEET}s are read for the URLs they reference; {@code FONT}s and
 *     {@code MASK}s are loaded in CORS mode, so from another origin they need Access-Control-Allow-Origin
 */
public record AssetReference(URI url, Kind kind) {
    public enum Kind { STYLESHEET, FONT, MASK, OTHER }

    public AssetReference {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
    }

    /** A font by its extension, whatever references it. */
    static Kind byExtension(URI url, Kind otherwise) {
        String path = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
        if (path.endsWith(".woff2") || path.endsWith(".woff") || path.endsWith(".ttf") || path.endsWith(".otf")) {
            return Kind.FONT;
        }
        if (path.endsWith(".css")) {
            return Kind.STYLESHEET;
        }
        return otherwise;
    }

    /** The origin ({@code https://host[:port]}) a URL belongs to, as a browser sends it in {@code Origin}. */
    public static String originOf(URI url) {
        int port = url.getPort();
        return url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port);
    }
}
