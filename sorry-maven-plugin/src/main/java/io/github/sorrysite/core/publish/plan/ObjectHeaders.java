package io.github.sorrysite.core.publish.plan;

import java.util.Objects;

/** The HTTP headers an object is served with; part of what change detection compares. */
public record ObjectHeaders(String contentType, String cacheControl) {
    public ObjectHeaders {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(cacheControl, "cacheControl");
    }
}
