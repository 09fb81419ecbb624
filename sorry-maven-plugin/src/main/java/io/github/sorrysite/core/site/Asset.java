package io.github.sorrysite.core.site;

import java.util.Objects;

/**
 * A built asset.
 *
 * @param source key under the source directory, e.g. {@code sorrycontent/css/site.css}
 * @param output key under the site directory (and in the bucket), e.g. {@code sorrycontent/css/site.1a2b3c4d5e.css}
 * @param url the URL pages use for it: the CDN base (or nothing) plus {@code /} plus the output key
 * @param sha256 hex digest of {@code content}
 * @param fingerprinted whether {@code output} carries a content hash, so it can be cached forever
 */
public record Asset(String source, String output, String url, byte[] content, String sha256, boolean fingerprinted) {
    public Asset {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sha256, "sha256");
    }

    public boolean isCss() {
        return source.endsWith(".css");
    }
}
