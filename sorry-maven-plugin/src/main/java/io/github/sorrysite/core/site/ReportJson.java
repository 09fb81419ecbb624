package io.github.sorrysite.core.site;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.common.JsonFields;
import io.github.sorrysite.core.common.JsonText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes {@code report.json}, with the streaming {@link JsonText}: no data-binding set-up
 * in a cold {@code sorry:build} or {@code sorry:publish}.
 */
public final class ReportJson {

    private ReportJson() {
    }

    public static byte[] write(BuildReport report) {
        return JsonText.pretty(report).getBytes(StandardCharsets.UTF_8);
    }

    public static BuildReport read(Path file) {
        byte[] json;
        try {
            json = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InfrastructureException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        JsonFields fields;
        try {
            fields = JsonFields.of(JsonText.parse(json), "the report");
        } catch (IllegalArgumentException e) {
            throw new InfrastructureException("Cannot read " + file + ": " + e.getMessage()
                    + " (it is written by sorry:build; run the build again)", e);
        }
        long version = fields.has("formatVersion") ? fields.number("formatVersion") : 1;
        if (version != BuildReport.FORMAT_VERSION) {
            throw new BadInputException(file.toString(), "was written by another version of the plugin (record format " + version
                    + ", this plugin reads " + BuildReport.FORMAT_VERSION + ")", "run sorry:build again with this plugin version");
        }
        try {
            return report(fields);
        } catch (IllegalArgumentException e) {
            throw new InfrastructureException("Cannot read " + file + ": " + e.getMessage()
                    + " (it is written by sorry:build; run the build again)", e);
        }
    }

    private static BuildReport report(JsonFields r) {
        return new BuildReport((int) r.number("formatVersion"), r.string("buildId"), r.string("contentPrefix"), r.string("cdnBaseUrl"),
                r.objects("pages", p -> new BuildReport.PageEntry(p.string("source"), p.string("output"), p.number("bytes"), p.string("sha256"),
                        (int) p.number("status"), p.string("title"), p.string("lang"), p.string("template"))),
                r.objects("assets", a -> new BuildReport.AssetEntry(a.string("source"), a.string("output"), a.number("bytes"),
                        a.string("sha256"), a.bool("fingerprinted"))),
                r.objects("inline", i -> new BuildReport.InlineEntry(i.string("page"), i.string("path"), (int) i.number("status"),
                        i.string("strategy"), i.number("chars"), i.number("bytes"), i.string("sha256"))),
                r.objects("artifacts", a -> new BuildReport.ArtifactEntry(a.string("page"), a.string("path"), a.string("kind"),
                        a.string("sha256"))),
                r.list("warnings").stream().map(String::valueOf).toList(),
                r.number("durationMillis"));
    }
}
