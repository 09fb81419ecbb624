package io.github.sorrysite.core.publish.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InvalidationPathsTest {
    @Test
    void keysBecomeAbsolutePathsUnderThePrefix() {
        assertEquals(List.of("/ja/maintenance.html", "/maintenance.html"),
                InvalidationPaths.of(List.of("maintenance.html", "ja/maintenance.html"), "", 10));
        assertEquals(List.of("/sorry/maintenance.html"), InvalidationPaths.of(List.of("maintenance.html"), "/sorry", 10));
    }

    @Test
    void anIndexPageIsAlsoItsDirectory() {
        assertEquals(List.of("/ja/index.html", "/ja/"), InvalidationPaths.of(List.of("ja/index.html"), "", 10));
    }

    @Test
    void unsafeCharactersArePercentEncodedAndAStarIsNeverAWildcard() {
        assertEquals(List.of("/a%2A.html", "/%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B%20a.html"),
                InvalidationPaths.of(List.of("お知らせ a.html", "a*.html"), "", 10));
    }

    @Test
    void aboveTheThresholdPathsCollapseIntoOneWildcardOverTheirCommonDirectory() {
        List<String> keys = IntStream.range(0, 11).mapToObj(i -> "ja/page" + i + ".html").toList();
        assertEquals(List.of("/ja/*"), InvalidationPaths.of(keys, "", 10));
        assertEquals(11, InvalidationPaths.of(keys, "", 11).size());
        assertEquals(List.of("/*"), InvalidationPaths.of(List.of("a.html", "ja/b.html"), "", 1));
        assertEquals(List.of("/sorry/*"), InvalidationPaths.of(List.of("a.html", "ja/b.html"), "/sorry", 1));
        assertEquals(List.of("/ja/*"), InvalidationPaths.of(List.of("ja/a/x.html", "ja/b.html"), "", 1));
    }
}
