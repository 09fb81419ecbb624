package io.github.sorrysite.core.infra;

/**
 * The CloudFront Function on viewer-response of the pages behaviour: the sorry status,
 * {@code Cache-Control} and {@code Retry-After}, which an ALB fixed response cannot send and S3
 * does not. ES5.1 only (the cloudfront-js-1.0 runtime).
 */
public final class ViewerResponseFunction {
    public static final String NAME = "viewer-response.js";

    private ViewerResponseFunction() {
    }

    public static String source(InfraConfig config) {
        return """
                // sorry:build wrote this (sorry.infra). CloudFront Functions, cloudfront-js-1.0: ES5.1 only.
                var STATUS = %d;
                var CACHE_CONTROL = %s;
                var RETRY_AFTER = %s;

                function handler(event) {
                  var response = event.response;
                  response.statusCode = STATUS;
                  response.statusDescription = 'Service Unavailable';
                  response.headers['cache-control'] = { value: CACHE_CONTROL };
                  response.headers['retry-after'] = { value: RETRY_AFTER };
                  return response;
                }
                """.formatted(config.pageStatus(), ViewerRequestFunction.quote(config.pageCacheControl()),
                ViewerRequestFunction.quote(String.valueOf(config.retryAfter())));
    }
}
