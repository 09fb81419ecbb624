package io.github.sorrysite.core.infra;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The CloudFront Function on viewer-request: what a custom error response cannot do, pick the
 * locale's page, by path prefix ({@code /ja/app/login}) and then by {@code Accept-Language}, for
 * every URL outside the asset prefix. ES5.1 only (the cloudfront-js-1.0 runtime): see
 * {@code functions/viewer-request.js} next to this class.
 */
public final class ViewerRequestFunction {
    public static final String NAME = "viewer-request.js";

    private ViewerRequestFunction() {
    }

    public static String source(InfraConfig config) {
        String table = new TreeMap<>(config.localePages()).entrySet().stream()
                .map(e -> "  " + quote(e.getKey()) + ": " + quote("/" + e.getValue())).collect(Collectors.joining(",\n"));
        return TextTemplate.fill("functions/" + NAME, Map.of("assets", quote(config.contentPrefix()), "rootPage", quote("/" + config.sorryPage()),
                "defaultLang", quote(config.defaultLang()), "pages", table));
    }

    /** A JavaScript string literal. */
    static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }
}
