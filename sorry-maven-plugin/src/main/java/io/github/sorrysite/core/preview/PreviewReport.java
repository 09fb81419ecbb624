package io.github.sorrysite.core.preview;

import java.util.List;
import java.util.Optional;

/**
 * What {@code sorry:preview} captured: for every page, screenshots of the full and inline
 * variants at every viewport, the inline budget, and the site's lint findings.
 *
 * @param lintSource where the findings came from, or empty when there was no lint run
 */
public record PreviewReport(List<PagePreview> pages, List<LintFinding> lint, Optional<String> lintSource) {
    public PreviewReport {
        pages = List.copyOf(pages);
        lint = List.copyOf(lint);
    }

    /**
     * @param output the page's path under the site, e.g. {@code ja/maintenance.html}
     * @param budget present when the page has an inline (ALB) variant
     */
    public record PagePreview(String output, String title, String lang, int status, List<Shot> shots,
                              Optional<InlineBudget> budget) {
        public PagePreview {
            shots = List.copyOf(shots);
        }

        public Optional<Shot> shot(Variant variant, Viewport viewport) {
            return shots.stream().filter(s -> s.variant() == variant && s.viewport().equals(viewport)).findFirst();
        }
    }

    /** @param file the PNG's path relative to the preview directory, with forward slashes */
    public record Shot(Variant variant, Viewport viewport, String file) {
    }

    public enum Variant {
        FULL("full", "Full page (CDN)"),
        INLINE("inline", "Inline (ALB fixed response)");

        private final String id;
        private final String label;

        Variant(String id, String label) {
            this.id = id;
            this.label = label;
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }
    }
}
