package io.github.sorrysite.core.publish;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.common.Utf8Files;
import io.github.sorrysite.core.inline.InlineConfig;
import io.github.sorrysite.core.lint.Finding;
import io.github.sorrysite.core.lint.LintRules;
import io.github.sorrysite.core.publish.plan.LocalObject;
import io.github.sorrysite.core.site.BuildOutput;
import io.github.sorrysite.core.site.BuildReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What {@code sorry:publish} checks on the local site before it asks the target anything: the
 * files are exactly those {@code report.json} lists, with the digests it records, and the pages it
 * will upload pass the lint rules for pages. Either failure stops the publish before any change.
 */
public final class PublishGates {
    /** The property that turns both gates off (with a warning). */
    public static final String SKIP_PROPERTY = "sorry.publish.skipChecks";

    private PublishGates() {
    }

    /** The first gate, before the plan (or a warning that both are off). */
    public static void checkBuild(BuildOutput site, BuildReport report, List<LocalObject> local, boolean skip, Events listener) {
        if (skip) {
            listener.warn(SKIP_PROPERTY + "=true: the site is published without checking it against report.json and without"
                    + " the lint rules; a file changed or removed after the build, or a page that loads from the failed origin,"
                    + " goes up as it is");
            return;
        }
        matchesReport(site, report, local);
    }

    /** The second gate, on the plan's uploads: what goes up is what is linted (an unchanged page is already up). */
    public static void lintUploads(BuildOutput site, BuildReport report, List<LocalObject> uploads, boolean skip, Events listener) {
        if (!skip) {
            lint(site, report, uploads, listener);
        }
    }

    /** Every file of report.json is present with its recorded SHA-256, and nothing else is there. */
    static void matchesReport(BuildOutput site, BuildReport report, List<LocalObject> local) {
        Map<String, String> expected = new LinkedHashMap<>();
        report.assets().forEach(a -> expected.put(a.output(), a.sha256()));
        report.pages().forEach(p -> expected.put(p.output(), p.sha256()));
        Map<String, LocalObject> byKey = local.stream().collect(Collectors.toMap(LocalObject::key, Function.identity()));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            LocalObject object = byKey.get(e.getKey());
            if (object == null) {
                problems.add(e.getKey() + " is missing");
            } else if (e.getValue() == null || !e.getValue().equals(object.sha256())) {
                problems.add(e.getKey() + " differs from the build");
            }
        }
        for (String key : byKey.keySet()) {
            if (!expected.containsKey(key)) {
                problems.add(key + " is not from the build");
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(site.shown(site.siteDirectory()), "does not match " + site.shown(site.reportFile()) + ": "
                    + String.join(", ", problems.stream().limit(5).toList()) + (problems.size() > 5 ? " and " + (problems.size() - 5)
                    + " more" : "") + "; nothing was uploaded",
                    "run sorry:build again (e.g. mvn package sorry:publish) and publish what it built, without changing target/sorry/site in between");
        }
    }

    /** The page rules of sorry:lint (third-party scripts, asset references) on every page to upload. */
    static void lint(BuildOutput site, BuildReport report, List<LocalObject> local, Events listener) {
        Set<String> built = new HashSet<>();
        report.assets().forEach(a -> built.add(a.output()));
        report.assets().forEach(a -> built.add(a.source()));
        LintRules rules = new LintRules(InlineConfig.defaults(), report.contentPrefix(), report.cdnBaseUrl());
        Map<String, LocalObject> byKey = local.stream().collect(Collectors.toMap(LocalObject::key, Function.identity()));
        List<LocalObject> pages = report.pages().stream().map(p -> byKey.get(p.output())).filter(java.util.Objects::nonNull).toList();
        // One page's rules are independent of another's: parsed on every core (a site may have 1,000 pages).
        Map<String, List<Finding>> byPage = new java.util.concurrent.ConcurrentHashMap<>();
        try (io.github.sorrysite.core.common.Parallel parallel = new io.github.sorrysite.core.common.Parallel(
                Math.max(1, Runtime.getRuntime().availableProcessors()))) {
            var failures = parallel.run(pages, object -> {
                String shown = site.shown(object.file());
                String html = Utf8Files.read(object.file(), shown);
                byPage.put(object.key(), rules.pageRules(html, shown, built::contains));
            });
            if (!failures.isEmpty()) {
                throw failures.get(0).error();
            }
        }
        List<Finding> errors = new ArrayList<>();
        for (LocalObject page : pages) {
            for (Finding f : byPage.getOrDefault(page.key(), List.of())) {
                if (f.severity() == Finding.Severity.ERROR) {
                    listener.error(f.toString());
                    errors.add(f);
                } else {
                    listener.warn(f.toString());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new BadInputException(errors.get(0).file(), errors.size() + " lint error" + (errors.size() == 1 ? "" : "s")
                    + " in the pages to publish, e.g. " + errors.get(0).rule() + ": " + errors.get(0).message() + "; nothing was uploaded",
                    "fix the findings listed above and rebuild; to publish anyway, run with -D" + SKIP_PROPERTY + "=true");
        }
    }
}
