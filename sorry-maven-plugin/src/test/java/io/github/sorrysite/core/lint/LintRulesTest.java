package io.github.sorrysite.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.alb.FixedResponse;
import io.github.sorrysite.core.inline.BudgetUnit;
import io.github.sorrysite.core.inline.InlineConfig;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule with a response that breaks it and one that passes it. */
class LintRulesTest {
    static final String GOOD = "<!doctype html><title>Down</title><link rel=stylesheet href=https://cdn.test/sorrycontent/a.css>"
            + "<img src=/sorrycontent/logo.svg alt=x><p>Back soon";
    static final Predicate<String> BUILT = Set.of("sorrycontent/a.css", "sorrycontent/logo.svg")::contains;

    static List<String> rules(String status, String type, String body, InlineConfig config) {
        return new LintRules(config, "/sorrycontent/", "https://cdn.test")
                .fixedResponse(new FixedResponse(status, type, body), "alb/x.html", 0, BUILT)
                .stream().map(f -> f.severity().name().charAt(0) + ":" + f.rule()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // rule               | status | content type           | body                                              | expected (empty = passes)
        "good                 | 503 | text/html | " + "GOOD" + " | ``",
        "over-budget          | 503 | text/html | <p>{1025} | E:over-budget",
        "over-budget passes   | 503 | text/html | <p>{1021} | ``",
        "content-type         | 503 | text/xml  | <p>x | E:content-type",
        "content-type passes  | 503 | text/plain | x | ``",
        "status 302           | 302 | text/html | <p>x | E:status",
        "status 600           | 600 | text/html | <p>x | E:status",
        "status 200 warns     | 200 | text/html | <p>x | W:status-200",
        "status 404 passes    | 404 | text/html | <p>x | ``",
        "charset missing      | 503 | text/html | <title>メンテナンス</title> | E:charset",
        "charset present      | 503 | text/html | <meta charset=utf-8><title>メンテナンス</title> | ``",
        "charset http-equiv   | 503 | text/html | `<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\"><p>é` | ``",
        "origin path          | 503 | text/html | <img src=/images/logo.svg> | E:origin-path",
        "origin path in css   | 503 | text/html | <p style=background:url(/bg.png)>x | E:origin-path",
        "prefix path passes   | 503 | text/html | <img src=/sorrycontent/logo.svg> | ``",
        "relative url         | 503 | text/html | <img src=sorrycontent/logo.svg> | E:relative-url",
        "relative srcset      | 503 | text/html | `<img srcset=\"a.png 1x, /sorrycontent/logo.svg 2x\">` | E:relative-url",
        "mixed content        | 503 | text/html | <img src=http://cdn.test/sorrycontent/logo.svg> | E:mixed-content",
        "https passes         | 503 | text/html | <img src=https://other.test/x.png> | ``",
        "missing asset        | 503 | text/html | <img src=/sorrycontent/nope.svg> | E:missing-asset",
        "missing on the CDN   | 503 | text/html | <link rel=stylesheet href=https://cdn.test/sorrycontent/old.css> | E:missing-asset",
        "data and fragments   | 503 | text/html | `<img src=\"data:image/gif;base64,R0lG\"><a href=#top>x</a>` | ``",
        "srcset data url      | 503 | text/html | `<img srcset=\"data:image/svg+xml,a,b 1x, /sorrycontent/logo.svg 2x\">` | ``",
        "css the parser refuses | 503 | text/html | <style>p{color:red;&:hover{background:url(/bg.png)}}</style> | E:origin-path",
        "base href resolves   | 503 | text/html | <base href=https://cdn.test/sorrycontent/><img src=logo.svg> | ``",
    })
    void rule(String name, String status, String type, String body, String expected) {
        String html = body.equals("GOOD") ? GOOD : body.replace("{1025}", "x".repeat(1022)).replace("{1021}", "x".repeat(1021));
        List<String> found = rules(status, type, html, InlineConfig.defaults());
        assertEquals(expected == null || expected.isEmpty() ? List.of() : List.of(expected.split(",")), found);
    }

    @ParameterizedTest(name = "bytes over 1024: {0}")
    @CsvSource({"chars, ''", "bytes, E:over-budget"})
    void japaneseOverBytes(String unit, String expected) {
        String body = "<meta charset=utf-8>" + "あ".repeat(400); // 420 chars, 1220 bytes
        InlineConfig config = InlineConfig.defaults().withBudget(1024, BudgetUnit.parse(unit));
        // the API counts characters: not reported for the body (nor the artifacts the API reads) ...
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), rules("503", "text/html", body, config));
        // ... but an error for a .tf file, which terraform counts in bytes
        List<Finding> tf = new LintRules(config, "/sorrycontent/", "").terraformBytes(FixedResponse.html(503, body), "alb/sorry.tf", 0, null);
        assertEquals(List.of("bytes-over-1024"), tf.stream().map(Finding::rule).toList());
        assertEquals(Finding.Severity.ERROR, tf.get(0).severity());
    }

    @org.junit.jupiter.api.Test
    void decomposedTextIsReported() {
        String nfd = "<meta charset=utf-8><p>Cafe\u0301";
        List<String> found = rules("503", "text/html", nfd, InlineConfig.defaults());
        assertEquals(List.of("E:not-nfc"), found);
    }

    @ParameterizedTest(name = "bytes under 1024 passes")
    @CsvSource({"chars", "bytes"})
    void japaneseUnderBytes(String unit) {
        String body = "<meta charset=utf-8>" + "あ".repeat(300); // 320 chars, 920 bytes
        assertEquals(List.of(), rules("503", "text/html", body, InlineConfig.defaults().withBudget(1024, BudgetUnit.parse(unit))));
    }

    @ParameterizedTest(name = "third-party script: {0}")
    @CsvSource(delimiter = '|', value = {
        "<script src=https://www.googletagmanager.com/gtm.js></script> | 1",
        "<script src=//stats.example.org/s.js></script> | 1",
        "<script src=https://cdn.test/sorrycontent/a.js></script> | 0",
        "<script>var inline = 1</script> | 0",
    })
    void thirdPartyScripts(String html, int expected) {
        List<Finding> found = new LintRules(InlineConfig.defaults(), "/sorrycontent/", "https://cdn.test")
                .thirdPartyScripts(html, "site/maintenance.html");
        assertEquals(expected, found.size());
        found.forEach(f -> assertTrue(f.severity() == Finding.Severity.WARNING && f.rule().equals("third-party-script")));
    }

    @ParameterizedTest(name = "root-relative inline assets: {0}")
    @CsvSource(delimiter = '|', value = {
        "<link rel=stylesheet href=/sorrycontent/a.css><img src=/sorrycontent/logo.svg> | 1",
        "<link rel=stylesheet href=https://cdn.test/sorrycontent/a.css> | 0",
    })
    void rootRelativeInlineAssets(String html, int expected) {
        List<Finding> found = new LintRules(InlineConfig.defaults(), "/sorrycontent/", "").servedByTheAlb(html, "alb/x.html");
        assertEquals(expected, found.size());
        found.forEach(f -> assertTrue(f.severity() == Finding.Severity.WARNING && f.rule().equals("root-relative-inline")));
    }
}
