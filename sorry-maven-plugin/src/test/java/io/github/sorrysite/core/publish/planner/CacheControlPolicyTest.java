package io.github.sorrysite.core.publish.planner;

import io.github.sorrysite.core.publish.plan.ObjectKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.sorrysite.core.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CacheControlPolicyTest {
    @Test
    void defaultsByKind() {
        CacheControlPolicy policy = CacheControlPolicy.defaults();
        assertEquals("max-age=60", policy.forObject("maintenance.html", ObjectKind.PAGE, false));
        assertEquals("max-age=31536000, immutable", policy.forObject("sorrycontent/css/site.971197be27.css", ObjectKind.ASSET, true));
        assertEquals("max-age=600", policy.forObject("sorrycontent/img/logo.svg", ObjectKind.ASSET, false));
    }

    @Test
    void theFirstMatchingRuleWinsBeforeTheDefaults() {
        CacheControlPolicy policy = new CacheControlPolicy(List.of(
                new CacheControlRule("sorrycontent/fonts/**", "max-age=86400"),
                new CacheControlRule("**/*.html", "no-store"),
                new CacheControlRule("ja/*.html", "never used")),
                "max-age=30", CacheControlPolicy.DEFAULT_FINGERPRINTED, CacheControlPolicy.DEFAULT_ASSETS);

        assertEquals("max-age=86400", policy.forObject("sorrycontent/fonts/a/b.woff2", ObjectKind.ASSET, true));
        assertEquals("no-store", policy.forObject("maintenance.html", ObjectKind.PAGE, false));
        assertEquals("no-store", policy.forObject("ja/maintenance.html", ObjectKind.PAGE, false));
        assertEquals("max-age=30", policy.forObject("robots.txt", ObjectKind.PAGE, false));
        assertEquals("max-age=600", policy.forObject("sorrycontent/img/a.png", ObjectKind.ASSET, false));
    }

    @Test
    void globsMatchWithinAndAcrossSegments() {
        CacheControlRule star = new CacheControlRule("/*.html", "x");
        assertEquals(true, star.matches("a.html"));
        assertEquals(false, star.matches("ja/a.html"));
        assertEquals(true, new CacheControlRule("sorrycontent/**", "x").matches("sorrycontent/a/b/c.css"));
        assertEquals(true, new CacheControlRule("a?.css", "x").matches("ab.css"));
        assertEquals(false, new CacheControlRule("a.css", "x").matches("aXcss"));
    }

    @Test
    void badRulesNameTheParameter() {
        assertEquals("cacheControlRules", assertThrows(BadInputException.class, () -> new CacheControlRule(" ", "x")).where());
        assertThrows(BadInputException.class, () -> new CacheControlRule("*.html", "max-age=60\r\nX-Evil: 1"));
        assertEquals("sorry.publish.cacheControl.pages", assertThrows(BadInputException.class,
                () -> new CacheControlPolicy(List.of(), "", "a", "b")).where());
    }
}
