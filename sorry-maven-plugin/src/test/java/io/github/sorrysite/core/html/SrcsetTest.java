package io.github.sorrysite.core.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SrcsetTest {
    @Test
    void splitsCandidatesAndKeepsDescriptors() {
        assertEquals(List.of(new Srcset.Candidate("/a.png", "1x"), new Srcset.Candidate("/a@2x.png", "2x"),
                        new Srcset.Candidate("/b.png", "640w")),
                Srcset.parse("  /a.png 1x ,/a@2x.png   2x,\n/b.png 640w"));
    }

    @Test
    void aDataUrlMayContainCommas() {
        assertEquals(List.of(new Srcset.Candidate("data:image/svg+xml,%3Csvg%3E,x", "1x"), new Srcset.Candidate("/b.png", "2x")),
                Srcset.parse("data:image/svg+xml,%3Csvg%3E,x 1x, /b.png 2x"));
    }

    @Test
    void aUrlEndingInACommaHasNoDescriptors() {
        assertEquals(List.of(new Srcset.Candidate("/a.png", ""), new Srcset.Candidate("/b.png", "2x")),
                Srcset.parse("/a.png, /b.png 2x"));
    }

    @Test
    void rewritesEachUrlAndWritesTheShortForm() {
        assertEquals("https://cdn/a.png 1x,https://cdn/b.png 2x",
                Srcset.rewrite("/a.png 1x, /b.png  2x", url -> "https://cdn" + url));
    }
}
