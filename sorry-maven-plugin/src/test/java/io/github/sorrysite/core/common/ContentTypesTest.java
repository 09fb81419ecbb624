package io.github.sorrysite.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentTypesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "maintenance.html|text/html; charset=utf-8",
            "ja/maintenance.HTML|text/html; charset=utf-8",
            "sorrycontent/css/site.971197be27.css|text/css; charset=utf-8",
            "sorrycontent/js/app.js|text/javascript; charset=utf-8",
            "robots.txt|text/plain; charset=utf-8",
            "sitemap.xml|application/xml; charset=utf-8",
            "status.json|application/json; charset=utf-8",
            "site.webmanifest|application/manifest+json; charset=utf-8",
            "sorrycontent/img/logo.svg|image/svg+xml; charset=utf-8",
            "sorrycontent/img/a.png|image/png",
            "sorrycontent/img/a.jpg|image/jpeg",
            "sorrycontent/img/a.jpeg|image/jpeg",
            "sorrycontent/img/a.gif|image/gif",
            "sorrycontent/img/a.webp|image/webp",
            "sorrycontent/img/a.avif|image/avif",
            "favicon.ico|image/vnd.microsoft.icon",
            "sorrycontent/fonts/a.woff|font/woff",
            "sorrycontent/fonts/a.woff2|font/woff2",
            "docs/terms.pdf|application/pdf",
            "LICENSE|application/octet-stream",
            "archive.unknownext|application/octet-stream"})
    void byExtension(String key, String expected) {
        assertEquals(expected, ContentTypes.forKey(key));
    }
}
