package io.github.sorrysite.core.infra;

import java.util.Map;

/**
 * The CloudFront Function on viewer-response of the pages behaviour: the sorry status,
 * {@code Cache-Control} and {@code Retry-After}, which an ALB fixed response cannot send and S3
 * does not. ES5.1 only (the cloudfront-js-1.0 runtime): see {@code functions/viewer-response.js}.
 */
public final class ViewerResponseFunction {
    public static final String NAME = "viewer-response.js";

    private ViewerResponseFunction() {
    }

    public static String source(InfraConfig config) {
        return TextTemplate.fill("functions/" + NAME, Map.of("status", String.valueOf(config.pageStatus()),
                "cacheControl", ViewerRequestFunction.quote(config.pageCacheControl()),
                "retryAfter", ViewerRequestFunction.quote(String.valueOf(config.retryAfter()))));
    }
}
