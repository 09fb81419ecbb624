package io.github.sorrysite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PageChooserTest {
    private final PageChooser chooser = new PageChooser(List.of("error.html", "ja/maintenance.html", "maintenance.html", "de/sorry.html"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/, maintenance.html",
            "/app/login, maintenance.html",
            "/maintenance.html, maintenance.html",
            "/error.html, error.html",
            "/ja, ja/maintenance.html",
            "/ja/, ja/maintenance.html",
            "/ja/app/login, ja/maintenance.html",
            "/ja/maintenance.html, ja/maintenance.html",
            "/japan/x, maintenance.html",
            "/de/anything, de/sorry.html",
    })
    void picksThePageForAPath(String path, String expected) {
        assertEquals(expected, chooser.choose(path).orElseThrow());
    }

    @Test
    void withoutAMaintenancePageTheFirstTopLevelPageIsTheDefault() {
        assertEquals("down.html", new PageChooser(List.of("ja/down.html", "down.html")).choose("/x").orElseThrow());
        assertEquals("ja/down.html", new PageChooser(List.of("ja/down.html")).choose("/x").orElseThrow());
    }

    @Test
    void noPagesNoChoice() {
        assertTrue(new PageChooser(List.of()).choose("/").isEmpty());
    }
}
