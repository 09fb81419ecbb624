package io.github.sorrysite.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.sorrysite.core.build.BuildReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {
    private static Object sample() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("text", "We’ll be back \"soon\"\n<br>\u0001 ©");
        tree.put("count", 3);
        tree.put("big", 12_345_678_901L);
        tree.put("ratio", 0.5);
        tree.put("yes", true);
        tree.put("none", null);
        tree.put("empty list", List.of());
        tree.put("empty map", Map.of());
        tree.put("report", new BuildReport("/sorrycontent/", null,
                List.of(new BuildReport.PageEntry("pages/maintenance.md", "maintenance.html", 810, 503, "Back soon", "en", "page.html")),
                List.of(new BuildReport.AssetEntry("sorrycontent/css/site.css", "sorrycontent/css/site.jw8sffh.css", 2900, "ab", true)),
                List.of("a warning"), 42));
        tree.put("nested", List.of(Map.of("k", List.of(1, 2)), List.of("x")));
        return tree;
    }

    @Test
    void prettyTextIsWhatObjectMapperWithIndentOutputWrites() throws Exception {
        String expected = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(sample()) + "\n";
        assertEquals(expected, JsonText.pretty(sample()));
    }

    @Test
    void compactTextIsWhatObjectMapperWrites() throws Exception {
        assertEquals(new ObjectMapper().writeValueAsString(sample()), JsonText.compact(sample()));
    }

    @Test
    void aReportReadsBackAsTheSameRecord() throws Exception {
        Object report = ((Map<?, ?>) sample()).get("report");
        assertEquals(report, new ObjectMapper().readValue(JsonText.pretty(report), BuildReport.class));
    }

    @Test
    void valuesWithoutAJsonFormAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> JsonText.compact(List.of(new Object())));
    }
}
