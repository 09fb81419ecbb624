package io.github.sorrysite.core.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A few non-ASCII characters are shorter as character references than with {@code <meta charset=utf-8>}. */
class DeclareCharsetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "ASCII needs neither             | <title>Back</title><p>Back soon | <!doctype html><title>Back</title><p>Back soon",
        "one apostrophe: a reference     | <title>We’ll</title><p>We’ll be back | <!doctype html><title>We&rsquo;ll</title><p>We&rsquo;ll be back",
        "numeric when no name is shorter | <p title=\"→\">x | <!doctype html><p title=&#8594;>x",
        "many: the meta tag              | <p>“We’ll” — soon… | <!doctype html><meta charset=utf-8><p>“We’ll” — soon…",
        "Japanese: the meta tag          | <p>ただいま | <!doctype html><meta charset=utf-8><p>ただいま",
        "non-ASCII in CSS: the meta tag  | <style>p::before{content:\"’\"}</style><p>x | <!doctype html><meta charset=utf-8><style>p::before{content:\"’\"}</style><p>x",
    })
    void declares(String name, String html, String expected) {
        Document document = Jsoup.parse(html);
        CleanForInline.declareCharset(document);
        assertEquals(expected, CompactHtml.write(document));
    }
}
