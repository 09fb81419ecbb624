package io.github.sorrysite.core.albswitch;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.alb.FixedResponse;
import io.github.sorrysite.core.alb.SorryRules;
import io.github.sorrysite.core.common.Hashes;
import io.github.sorrysite.core.site.BuildOutput;
import io.github.sorrysite.core.site.BuildReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The inline bodies of the last build, read from its record and checked against their digests. */
public final class BuiltPages {
    private BuiltPages() {
    }

    public static List<SorryRules.InlinePage> read(BuildOutput build, String goal) {
        BuildReport report = build.report(goal);
        List<SorryRules.InlinePage> pages = new ArrayList<>();
        for (BuildReport.InlineEntry entry : report.inline()) {
            Path file = build.outputDirectory().resolve(entry.path());
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new BadInputException(build.shown(file), "is in report.json but cannot be read (" + e.getMessage() + ")",
                        "rebuild with sorry:build", e);
            }
            if (!Hashes.sha256(bytes).equals(entry.sha256())) {
                throw new BadInputException(build.shown(file), "does not match its digest in report.json (it changed after the build)",
                        "rebuild with sorry:build");
            }
            String lang = report.pages().stream().filter(p -> p.output().equals(entry.page())).map(BuildReport.PageEntry::lang)
                    .findFirst().orElse(null);
            pages.add(new SorryRules.InlinePage(entry.page(), lang,
                    FixedResponse.html(entry.status(), new String(bytes, StandardCharsets.UTF_8)), entry.sha256()));
        }
        return pages;
    }
}
