package io.github.sorrysite.core.lint;

import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.common.JsonFields;
import io.github.sorrysite.core.common.JsonText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code target/sorry/lint.json}: the findings of one lint run, tied to the build they were made on
 * by the build id, so a later goal never shows findings of an older build as current.
 */
public final class LintJson {
    public static final String FILE = "lint.json";

    private LintJson() {
    }

    static void write(Path file, String buildId, List<Finding> findings) {
        long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("buildId", buildId);
        json.put("errors", errors);
        json.put("warnings", findings.size() - errors);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
            m.put("rule", f.rule());
            m.put("file", f.file());
            m.put("line", f.line());
            m.put("message", f.message());
            list.add(m);
        }
        json.put("findings", list);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JsonText.pretty(json), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InfrastructureException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The findings in {@code file} when they were made on the build {@code buildId}; empty when there
     * is no such file, or it belongs to another build (then it says nothing about this one).
     */
    public static Optional<List<Finding>> readFor(Path file, String buildId) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonFields json = JsonFields.of(JsonText.parse(Files.readAllBytes(file)), file.toString());
            if (!json.has("buildId") || !buildId.equals(json.string("buildId"))) {
                return Optional.empty();
            }
            return Optional.of(json.objects("findings", f -> new Finding(
                    Finding.Severity.valueOf(f.string("severity").toUpperCase(Locale.ROOT)), f.string("rule"), f.string("file"),
                    (int) f.number("line"), f.string("message"))));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
