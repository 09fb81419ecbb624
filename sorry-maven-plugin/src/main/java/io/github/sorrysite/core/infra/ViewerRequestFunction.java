package io.github.sorrysite.core.infra;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The CloudFront Function on viewer-request: what a custom error response cannot do, pick the
 * locale's page, by path prefix ({@code /ja/app/login}) and then by {@code Accept-Language}, for
 * every URL outside the asset prefix. ES5.1 only (the cloudfront-js-1.0 runtime).
 */
public final class ViewerRequestFunction {
    public static final String NAME = "viewer-request.js";

    private ViewerRequestFunction() {
    }

    public static String source(InfraConfig config) {
        Map<String, String> pages = new TreeMap<>(config.localePages());
        String table = pages.entrySet().stream().map(e -> "  " + quote(e.getKey()) + ": " + quote("/" + e.getValue()))
                .collect(Collectors.joining(",\n"));
        return """
                // sorry:build wrote this (sorry.infra). CloudFront Functions, cloudfront-js-1.0: ES5.1 only.
                // Every URL outside the asset prefix gets the sorry page of the locale it selects.
                var ASSETS = %s;
                var ROOT_PAGE = %s;
                var DEFAULT_LANG = %s;
                var PAGES = {
                %s
                };

                function localeOf(uri, headers) {
                  var first = uri.split('/')[1];
                  if (first && PAGES.hasOwnProperty(first)) {
                    return first;
                  }
                  var header = headers['accept-language'];
                  if (!header || !header.value) {
                    return '';
                  }
                  var ranges = header.value.split(',');
                  for (var i = 0; i < ranges.length; i++) {
                    var tag = ranges[i].split(';')[0].trim().toLowerCase();
                    var primary = tag.split('-')[0];
                    if (primary === DEFAULT_LANG) {
                      return '';
                    }
                    if (PAGES.hasOwnProperty(tag)) {
                      return tag;
                    }
                    if (PAGES.hasOwnProperty(primary)) {
                      return primary;
                    }
                  }
                  return '';
                }

                function handler(event) {
                  var request = event.request;
                  if (request.uri.indexOf(ASSETS) === 0) {
                    return request;
                  }
                  var locale = localeOf(request.uri, request.headers);
                  request.uri = locale ? PAGES[locale] : ROOT_PAGE;
                  return request;
                }
                """.formatted(quote(config.contentPrefix()), quote("/" + config.sorryPage()), quote(config.defaultLang()), table);
    }

    static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
