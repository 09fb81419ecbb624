package io.github.sorrysite.core.settings;

import io.github.sorrysite.core.BadInputException;
import java.net.URI;
import java.net.URISyntaxException;

/** A base URL that replaces a service's own (a stand-in, a proxy): scheme, host and port, no path. */
final class BaseUrl {
    private BaseUrl() {
    }

    /** @return null when {@code value} is blank */
    static URI parse(String parameter, String value, String fix) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            URI uri = new URI(v.replaceAll("/+$", ""));
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getPath() != null && !uri.getPath().isEmpty()) {
                throw new URISyntaxException(v, "not an absolute http(s) URL without a path");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new BadInputException(parameter, "'" + v + "' is not a usable endpoint (" + e.getMessage() + ")", fix);
        }
    }
}
