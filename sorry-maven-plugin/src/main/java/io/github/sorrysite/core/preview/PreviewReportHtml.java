package io.github.sorrysite.core.preview;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders {@code report.html}: one section per page, full and inline side by side per viewport. */
public final class PreviewReportHtml {
    private static final Template TEMPLATE = Mustache.compiler().compile(resource("report.html"));

    private PreviewReportHtml() {
    }

    public static String render(PreviewReport report) {
        return TEMPLATE.execute(model(report));
    }

    static Map<String, Object> model(PreviewReport report) {
        List<Map<String, Object>> pages = new ArrayList<>();
        for (PreviewReport.PagePreview page : report.pages()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("output", page.output());
            p.put("title", page.title());
            p.put("lang", page.lang());
            p.put("status", page.status());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Viewport viewport : Viewport.ALL) {
                if (page.shot(PreviewReport.Variant.FULL, viewport).isEmpty()) {
                    continue;
                }
                List<Map<String, Object>> cells = new ArrayList<>();
                for (PreviewReport.Variant variant : PreviewReport.Variant.values()) {
                    Map<String, Object> cell = new LinkedHashMap<>();
                    cell.put("label", variant.label());
                    page.shot(variant, viewport).ifPresent(shot -> cell.put("file", shot.file()));
                    cells.add(cell);
                }
                rows.add(Map.of("viewport", viewport.name(), "size", viewport.width() + "×" + viewport.height(),
                        "phone", viewport.mobile(), "cells", cells));
            }
            p.put("rows", rows);
            page.budget().ifPresent(budget -> p.put("budget", Map.of(
                    "characters", budget.characters(), "bytes", budget.bytes(), "limit", budget.limit(),
                    "percent", budget.barPercent(), "fits", budget.fits(),
                    "state", !budget.fits() ? "over" : budget.characters() > budget.limit() * 0.9 ? "tight" : "ok")));
            pages.add(p);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("pages", pages);
        List<Map<String, String>> lint = report.lint().stream().map(f -> Map.of("severity", f.severity(), "rule", f.rule(),
                "where", f.where(), "message", f.message())).toList();
        model.put("lint", lint);
        model.put("hasLint", !lint.isEmpty());
        model.put("lintSource", report.lintSource().orElse(""));
        model.put("lintRan", report.lintSource().isPresent());
        return model;
    }

    private static String resource(String name) {
        try (InputStream in = PreviewReportHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
