package io.github.sorrysite.maven;

/**
 * One {@code <cacheControl>} element of {@code <cacheControlRules>}: objects whose key (relative to
 * the target, e.g. {@code sorrycontent/fonts/a.woff2}) matches {@code pattern} get {@code value}.
 */
public class CacheControl {
    /** Glob over the key: {@code *} within a path segment, {@code **} across segments. */
    private String pattern;

    /** The Cache-Control header value, e.g. {@code max-age=86400}. */
    private String value;

    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
