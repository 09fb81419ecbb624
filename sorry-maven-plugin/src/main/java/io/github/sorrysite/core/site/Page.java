package io.github.sorrysite.core.site;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A loaded page: its front matter and its Markdown body rendered to HTML, before templating.
 *
 * @param source path under the source directory, e.g. {@code pages/ja/maintenance.md}
 * @param output path under the site directory, e.g. {@code ja/maintenance.html}
 * @param frontMatter every key of the YAML front matter, with defaults filled in
 * @param content the Markdown body as HTML
 */
public record Page(String source, String output, Map<String, Object> frontMatter, String content) {
    public static final String DEFAULT_TEMPLATE = "page";
    public static final int DEFAULT_STATUS = 503;

    public Page {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(output, "output");
        frontMatter = Collections.unmodifiableMap(new LinkedHashMap<>(frontMatter));
        Objects.requireNonNull(content, "content");
    }

    public String title() {
        return String.valueOf(frontMatter.get("title"));
    }

    public String template() {
        return String.valueOf(frontMatter.get("template"));
    }

    public int status() {
        return (Integer) frontMatter.get("status");
    }

    public String lang() {
        return String.valueOf(frontMatter.get("lang"));
    }

    /** The URL path the page is published at, e.g. {@code /ja/maintenance.html}. */
    public String urlPath() {
        return "/" + output;
    }
}
