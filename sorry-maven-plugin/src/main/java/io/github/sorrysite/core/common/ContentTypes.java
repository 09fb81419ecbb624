package io.github.sorrysite.core.common;

import java.util.Locale;
import java.util.Map;

/**
 * Content-Type by file extension. Text types carry {@code charset=utf-8} because the build writes
 * UTF-8 and S3 otherwise serves no charset, which makes browsers guess (and garble Japanese).
 * The JDK's and the SDK's tables miss or mislabel several web types (.woff2, .webmanifest, .avif),
 * so the table is ours.
 */
public final class ContentTypes {
    private static final String FALLBACK = "application/octet-stream";
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html"),
            Map.entry("htm", "text/html"),
            Map.entry("css", "text/css"),
            Map.entry("js", "text/javascript"),
            Map.entry("mjs", "text/javascript"),
            Map.entry("txt", "text/plain"),
            Map.entry("csv", "text/csv"),
            Map.entry("md", "text/markdown"),
            Map.entry("xml", "application/xml"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/vnd.microsoft.icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"),
            Map.entry("wasm", "application/wasm"));

    /** Types that are text although not {@code text/*}, so they get a charset too. */
    private static final java.util.Set<String> TEXTUAL = java.util.Set.of(
            "application/xml", "application/json", "application/manifest+json", "image/svg+xml");

    private ContentTypes() {
    }

    /** The Content-Type for {@code key}, e.g. {@code text/html; charset=utf-8} or {@code font/woff2}. */
    public static String forKey(String key) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? FALLBACK : BY_EXTENSION.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), FALLBACK);
        return type.startsWith("text/") || TEXTUAL.contains(type) ? type + "; charset=utf-8" : type;
    }
}
