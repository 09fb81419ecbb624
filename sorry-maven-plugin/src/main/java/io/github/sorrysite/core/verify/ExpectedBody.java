package io.github.sorrysite.core.verify;

import java.util.Objects;

/**
 * One body the chain may serve: a built page or its inline ALB variant.
 *
 * @param page the page's output path, e.g. {@code ja/maintenance.html}
 * @param locale the page's directory under the site ({@code ja}), "" for the root pages
 * @param lang the page's {@code lang}, for messages
 * @param inline whether this is the inline ALB body rather than the full page
 */
public record ExpectedBody(String page, String locale, String lang, int status, boolean inline, String sha256) {
    public ExpectedBody {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** {@code ja/maintenance.html (ja)} or {@code the inline ALB body of maintenance.html (en)}. */
    public String describe() {
        return (inline ? "the inline ALB body of " : "") + page + " (" + (lang == null || lang.isBlank() ? "no lang" : lang) + ")";
    }
}
