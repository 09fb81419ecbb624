package io.github.sorrysite.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.inline.InlineConfig;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What lint adds for Akamai Site Failover: every embedded reference under the content prefix and absolute, stylesheets too. */
class AllUnderPrefixTest {
    static final Predicate<String> BUILT = Set.of("sorrycontent/a.css", "sorrycontent/logo.svg", "sorrycontent/fonts/brand.woff2")::contains;

    static List<String> page(String html, boolean akamai, String cdn) {
        return new LintRules(InlineConfig.defaults(), "/sorrycontent/", cdn, akamai).assetReferences(html, "site/x.html", 0, BUILT)
                .stream().map(f -> f.severity().name().charAt(0) + ":" + f.rule()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // case                       | akamai | cdn base         | html                                                 | expected
        "absolute under prefix        | true  | ``               | <img src=/sorrycontent/logo.svg>                     | ``",
        "other host, akamai           | true  | ``               | <img src=https://images.example.org/x.png>           | E:outside-prefix",
        "protocol-relative, akamai    | true  | ``               | <link rel=stylesheet href=//fonts.example.org/f.css> | E:outside-prefix",
        "other host, not akamai       | false | ``               | <img src=https://images.example.org/x.png>           | ``",
        "cdn under prefix, akamai     | true  | https://cdn.test | <img src=https://cdn.test/sorrycontent/logo.svg>     | ``",
        "cdn outside prefix           | false | https://cdn.test | <img src=https://cdn.test/images/logo.svg>           | E:origin-path",
        "relative, akamai             | true  | ``               | <img src=logo.svg>                                   | E:relative-url",
        "outside prefix, akamai       | true  | ``               | <img src=/img/logo.svg>                              | E:origin-path",
        "links are not embedded       | true  | ``               | <a href=https://status.example.org>status</a>        | ``",
    })
    void pages(String name, boolean akamai, String cdn, String html, String expected) {
        assertEquals(expected == null || expected.isEmpty() ? List.of() : List.of(expected.split(",")), page(html, akamai, cdn));
    }

    @Test
    void stylesheetsAreCheckedToo() {
        LintRules rules = new LintRules(InlineConfig.defaults(), "/sorrycontent/", "", true);
        String css = "@font-face{src:url(/sorrycontent/fonts/brand.woff2)}body{background:url(https://img.example.org/bg.png)}"
                + "h1{background:url(/bg.png)}p{background:url(data:image/gif;base64,R0lG)}";
        List<Finding> found = rules.stylesheetReferences(css, "site/sorrycontent/a.css", BUILT);
        assertEquals(List.of("outside-prefix", "origin-path"), found.stream().map(Finding::rule).toList());
        assertTrue(found.get(0).message().contains("img.example.org"), found.get(0).message());
    }
}
