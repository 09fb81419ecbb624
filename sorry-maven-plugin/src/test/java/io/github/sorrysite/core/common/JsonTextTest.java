package io.github.sorrysite.core.common;

import io.github.sorrysite.core.InfrastructureException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.sorrysite.core.site.BuildReport;
import io.github.sorrysite.core.site.ReportJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        tree.put("report", new BuildReport(BuildReport.FORMAT_VERSION, "b-1", "/sorrycontent/", null,
                List.of(new BuildReport.PageEntry("pages/maintenance.md", "maintenance.html", 810, "ab12", 503, "Back soon", "en", "page.html")),
                List.of(new BuildReport.AssetEntry("sorrycontent/css/site.css", "sorrycontent/css/site.jw8sffh.css", 2900, "ab", true)),
                List.of(new BuildReport.InlineEntry("maintenance.html", "alb/maintenance.html", 503, "cdn-linked", 700, 709, "cd")),
                List.of(new BuildReport.ArtifactEntry("maintenance.html", "alb/maintenance.tf", "terraform", "ef")),
                List.of("a warning"), 42));
        tree.put("nested", List.of(Map.of("k", List.of(1, 2)), List.of("x")));
        return tree;
    }

    @Test
    void aReportOfAnotherFormatVersionIsRefusedWithTheFix(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.json");
        Files.writeString(file, "{\"contentPrefix\":\"/sorrycontent/\",\"pages\":[],\"assets\":[]}");
        io.github.sorrysite.core.BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.sorrysite.core.BadInputException.class, () -> ReportJson.read(file));
        assertEquals("was written by another version of the plugin (record format 1, this plugin reads " + BuildReport.FORMAT_VERSION
                + ")", e.problem());
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
    void aReportReadsBackAsTheSameRecord(@TempDir Path dir) throws Exception {
        BuildReport report = (BuildReport) ((Map<?, ?>) sample()).get("report");
        Path file = dir.resolve("report.json");
        Files.write(file, ReportJson.write(report));
        assertEquals(report, ReportJson.read(file));
        assertEquals(report, new ObjectMapper().readValue(file.toFile(), BuildReport.class), "data binding reads the same file");
    }

    @Test
    void parsedValuesWriteBackToTheSameText() {
        String text = JsonText.pretty(sample());
        Object parsed = JsonText.parse(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(text, JsonText.pretty(parsed));
        assertEquals(12_345_678_901L, ((Map<?, ?>) parsed).get("big"));
        assertEquals(0.5, ((Map<?, ?>) parsed).get("ratio"));
    }

    @Test
    void malformedJsonIsRefusedWithItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonText.parse("{\n  \"a\": 1,\n  oops\n}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JsonText.parse(new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> JsonText.parse("{} {}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void fieldsNameWhatIsMissingOrOfAnotherType() {
        JsonFields fields = JsonFields.of(JsonText.parse("{\"n\":\"x\",\"s\":1}".getBytes(StandardCharsets.UTF_8)), "it");
        assertEquals("\"n\" is not a number", assertThrows(IllegalArgumentException.class, () -> fields.number("n")).getMessage());
        assertEquals("\"s\" is not a string", assertThrows(IllegalArgumentException.class, () -> fields.string("s")).getMessage());
        assertEquals("\"b\" is missing", assertThrows(IllegalArgumentException.class, () -> fields.bool("b")).getMessage());
        assertEquals("it is not a JSON object", assertThrows(IllegalArgumentException.class, () -> JsonFields.of(List.of(), "it")).getMessage());
    }

    @Test
    void aReportWithAnEntryMissingAFieldNamesTheEntry(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.json");
        String good = new String(ReportJson.write((BuildReport) ((Map<?, ?>) sample()).get("report")), StandardCharsets.UTF_8);
        Files.writeString(file, good.replace("\"bytes\" : 810,", ""));
        String message = assertThrows(InfrastructureException.class, () -> ReportJson.read(file)).getMessage();
        assertTrue(message.contains("pages[0]: \"bytes\" is missing"), message);
        Files.writeString(file, good.replaceFirst("\"assets\" : \\[", "\"assetz\" : ["));
        message = assertThrows(InfrastructureException.class, () -> ReportJson.read(file)).getMessage();
        assertTrue(message.contains("\"assets\" is missing"), message);
    }

    @Test
    void bytesThatAreNoTextAreBadInputNotACrash() {
        byte[] garbage = {0, 0, 0, 0x7B, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
        assertThrows(IllegalArgumentException.class, () -> JsonText.parse(garbage));
    }

    @Test
    void valuesWithoutAJsonFormAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> JsonText.compact(List.of(new Object())));
    }
}
