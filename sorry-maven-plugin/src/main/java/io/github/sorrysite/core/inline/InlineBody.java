package io.github.sorrysite.core.inline;

import java.util.Objects;

/**
 * The inline variant of one page: the exact MessageBody of the ALB fixed response.
 *
 * @param page the full page's output path, e.g. {@code ja/maintenance.html}
 * @param strategy the strategy that made it (never {@code auto})
 * @param html the body
 * @param stylesheet the reduced stylesheet it links to (cdn-linked only), or null
 * @param reason why this strategy, for the log
 */
public record InlineBody(String page, int status, InlineStrategy strategy, String html, InlineStylesheet stylesheet,
                         String reason) {
    public InlineBody {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(html, "html");
    }

    public BodySize size() {
        return BodySize.of(html);
    }

    /** Where the body goes under the output directory: {@code alb/ja/maintenance.html}. */
    public String albPath() {
        return "alb/" + page;
    }

    /**
     * A stylesheet made for one inline variant.
     *
     * @param output key under the site directory, e.g. {@code sorrycontent/alb-ja-maintenance.1a2b3c4d5e.css}
     * @param url the URL the body links to
     */
    public record InlineStylesheet(String source, String output, String url, byte[] content) {
    }
}
