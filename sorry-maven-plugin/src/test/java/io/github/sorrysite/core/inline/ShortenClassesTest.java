package io.github.sorrysite.core.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShortenClassesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "plain class names          | .btn.btn-primary>p     | .X.Y>p",
        "escaped class names        | .sm\\:text-4xl:hover    | .X:hover",
        "hex escapes                | .\\31 0 .w-1\\/2        | .X .Y",
        "attribute selectors alone  | [class=btn] .btn        | [class=btn] .X",
        "strings alone              | .a[title=\".b\"]        | .X[title=\".b\"]",
    })
    void renamesEachClassNameOnce(String name, String selector, String expected) {
        java.util.List<String> seen = new java.util.ArrayList<>();
        String renamed = ShortenClasses.rename(selector, n -> {
            seen.add(n);
            return seen.size() == 1 ? "X" : "Y";
        });
        assertEquals(expected, renamed, "names seen: " + seen);
    }
}
