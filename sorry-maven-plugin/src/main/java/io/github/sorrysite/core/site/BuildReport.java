package io.github.sorrysite.core.site;

import java.util.List;

/**
 * What a build produced, written to {@code target/sorry/report.json}. Later steps (lint, publish,
 * preview) read it instead of guessing from file names.
 */
public record BuildReport(String contentPrefix, String cdnBaseUrl, List<PageEntry> pages, List<AssetEntry> assets,
                          List<String> warnings, long durationMillis) {

    public BuildReport {
        pages = List.copyOf(pages);
        assets = List.copyOf(assets);
        warnings = List.copyOf(warnings);
    }

    /** @param output path under the site directory; @param bytes UTF-8 size of the minified page */
    public record PageEntry(String source, String output, long bytes, int status, String title, String lang, String template) {
    }

    /** @param output key under the site directory, fingerprinted when {@code fingerprinted} */
    public record AssetEntry(String source, String output, long bytes, String sha256, boolean fingerprinted) {
    }

    public long pageBytes() {
        return pages.stream().mapToLong(PageEntry::bytes).sum();
    }

    public long assetBytes() {
        return assets.stream().mapToLong(AssetEntry::bytes).sum();
    }
}
