package io.github.sorrysite.core.site;

import io.github.sorrysite.core.common.URLEncoding;
import io.github.sorrysite.core.BadInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Maps references under the content prefix to the URLs of built assets: the CDN base (if any),
 * then the fingerprinted output key, then the reference's own query and fragment.
 *
 * <p>Everything else is left as written: absolute URLs, {@code data:}, fragments, and root paths
 * outside the prefix (the lint goal reports those, since they would hit the failed origin).
 */
public final class AssetUrls {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final SiteConfig config;
    private final Function<String, Asset> lookup;
    private final Consumer<String> warn;

    /**
     * @param lookup finds a built asset by source key ({@code sorrycontent/css/site.css}), or null
     * @param warn receives warnings about references that work but are risky
     */
    public AssetUrls(SiteConfig config, Function<String, Asset> lookup, Consumer<String> warn) {
        this.config = config;
        this.lookup = lookup;
        this.warn = warn;
    }

    /**
     * Rewrites one reference.
     *
     * @param base URL path the reference is relative to (a stylesheet's own path), or null for a page,
     *     whose relative references are left alone: a sorry page is served under any URL, so they
     *     cannot be resolved at build time
     * @param where the file the reference is in, for messages
     */
    public String rewrite(String reference, String base, String where) {
        String ref = reference.strip();
        if (ref.isEmpty() || ref.startsWith("#") || ref.startsWith("//") || SCHEME.matcher(ref).find()) {
            return reference;
        }
        String absolute = ref;
        if (!ref.startsWith("/")) {
            if (base == null) {
                if (!ref.startsWith("?")) {
                    warn.accept(where + ": relative reference '" + ref + "' resolves against the requested URL (e.g. /app/login);"
                            + " use a root path such as " + config.contentPrefix() + "...");
                }
                return reference;
            }
            absolute = resolve(base, ref, where);
        }
        int cut = firstOf(absolute, '?', '#');
        String path = cut < 0 ? absolute : absolute.substring(0, cut);
        String suffix = cut < 0 ? "" : absolute.substring(cut);
        if (!path.startsWith(config.contentPrefix())) {
            if (base != null) {
                warn.accept(where + ": '" + ref + "' points outside " + config.contentPrefix()
                        + ", so it would be fetched from the failed origin; move the file under " + config.contentPrefix());
            }
            return absolute.equals(ref) ? reference : absolute;
        }
        String key = URLEncoding.decodePath(path.substring(1));
        Asset asset = lookup.apply(key);
        if (asset == null) {
            throw new BadInputException(where, "references " + ref + ", but "
                    + config.shown(config.sourceDirectory().resolve(key)) + " does not exist",
                    "add the file under " + config.shown(config.assetsDirectory()) + " or correct the reference");
        }
        return asset.url() + suffix;
    }

    /** The URL a built asset is served from. */
    static String urlOf(SiteConfig config, String outputKey) {
        StringBuilder encoded = new StringBuilder();
        for (String segment : outputKey.split("/")) {
            encoded.append('/').append(URLEncoding.pathSegment(segment));
        }
        return config.cdnBaseUrl() + encoded;
    }

    private static String resolve(String base, String ref, String where) {
        try {
            URI resolved = new URI("https", "h", base, null).resolve(new URI(ref));
            return resolved.getRawPath() + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery())
                    + (resolved.getRawFragment() == null ? "" : "#" + resolved.getRawFragment());
        } catch (URISyntaxException e) {
            throw new BadInputException(where, "'" + ref + "' is not a valid URL (" + e.getReason() + ")",
                    "percent-encode spaces and special characters in the reference");
        }
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
