package io.github.sorrysite.core.site;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The build's record, written to {@code target/sorry/report.json}: the one source that later goals
 * (lint, publish, preview, the ALB switch, verify) read instead of re-deriving anything from their
 * own parameters or from file names.
 *
 * @param formatVersion {@link #FORMAT_VERSION} when written; a reader refuses a record it does not know
 * @param buildId unique per build, so output derived from one build (lint.json) can be tied to it
 * @param contentPrefix the URL path of the assets, e.g. {@code /sorrycontent/}
 * @param cdnBaseUrl the base asset URLs were rewritten to, or "" when they stay root-relative
 */
public record BuildReport(int formatVersion, String buildId, String contentPrefix, String cdnBaseUrl, List<PageEntry> pages,
                          List<AssetEntry> assets, List<InlineEntry> inline, List<ArtifactEntry> artifacts, List<String> warnings,
                          long durationMillis) {
    public static final int FORMAT_VERSION = 3;

    public BuildReport {
        Objects.requireNonNull(buildId, "buildId");
        pages = List.copyOf(pages);
        assets = List.copyOf(assets);
        inline = List.copyOf(inline);
        artifacts = List.copyOf(artifacts);
        warnings = List.copyOf(warnings);
    }

    /**
     * @param output path under the site directory; @param bytes UTF-8 size of the minified page
     * @param sha256 hex SHA-256 of the page file, which sorry:publish checks before uploading it
     */
    public record PageEntry(String source, String output, long bytes, String sha256, int status, String title, String lang,
                            String template) {
    }

    /** @param output key under the site directory, fingerprinted when {@code fingerprinted} */
    public record AssetEntry(String source, String output, long bytes, String sha256, boolean fingerprinted) {
    }

    /**
     * The inline ALB variant of one page: the exact fixed-response MessageBody.
     *
     * @param page the full page's output path, e.g. {@code ja/maintenance.html}
     * @param path the body's file under the output directory, e.g. {@code alb/ja/maintenance.html}
     * @param strategy the strategy that made it: {@code self-contained}, {@code cdn-linked} or {@code frame}
     * @param chars UTF-16 code units, what the ELBv2 API counts
     * @param bytes UTF-8 bytes, what Terraform counts
     * @param sha256 hex SHA-256 of the body's UTF-8 bytes
     */
    public record InlineEntry(String page, String path, int status, String strategy, long chars, long bytes, String sha256) {
    }

    /**
     * A deployment artifact of an inline body.
     *
     * @param page the page whose body it carries, or "" for a file of the whole site (e.g. {@code alb/sorry.tf})
     * @param path the file under the output directory, e.g. {@code alb/maintenance.cli.json}
     * @param kind what reads it: {@code actions}, {@code ingress}, {@code cloudformation}, {@code terraform}, {@code cli}
     */
    public record ArtifactEntry(String page, String path, String kind, String sha256) {
    }

    public long pageBytes() {
        return pages.stream().mapToLong(PageEntry::bytes).sum();
    }

    public long assetBytes() {
        return assets.stream().mapToLong(AssetEntry::bytes).sum();
    }

    /** The inline body of {@code page}, when the build made one. */
    public Optional<InlineEntry> inlineFor(String page) {
        return inline.stream().filter(i -> i.page().equals(page)).findFirst();
    }
}
