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

    /**
     * The second gate, in two steps: the page rules of sorry:lint (third-party scripts, asset references): their findings
     * for every page {@code report.json} lists (by key), nothing logged or thrown yet, so the rules can run while the
     * local files are hashed and the target is read; {@link #reportLint} then judges the pages the plan uploads.
     */
    public static Map<String, List<Finding>> lintPages(BuildOutput site, BuildReport report) {
        Set<String> built = new HashSet<>();
        report.assets().forEach(a -> built.add(a.output()));
        report.assets().forEach(a -> built.add(a.source()));
        LintRules rules = new LintRules(InlineConfig.defaults(), report.contentPrefix(), report.cdnBaseUrl());
        java.nio.file.Path siteDirectory = site.siteDirectory().normalize();
        // Only keys inside the site directory are read: report.json is checked against the files beside this (a key
        // outside fails that check as missing), so nothing outside the project is read even from a doctored record.
        List<String> pages = report.pages().stream().map(BuildReport.PageEntry::output)
                .filter(key -> key.indexOf('\\') < 0 && siteDirectory.resolve(key).normalize().startsWith(siteDirectory)).toList();
        // One page's rules are independent of another's: parsed on every core (a site may have 1,000 pages).
        Map<String, List<Finding>> byPage = new java.util.concurrent.ConcurrentHashMap<>();
        try (io.github.sorrysite.core.common.Parallel parallel = new io.github.sorrysite.core.common.Parallel(
                Math.max(1, Runtime.getRuntime().availableProcessors()))) {
            var failures = parallel.run(pages, key -> {
                java.nio.file.Path file = siteDirectory.resolve(key);
                String shown = site.shown(file);
                String html = Utf8Files.read(file, shown);
                byPage.put(key, rules.pageRules(html, shown, built::contains));
            });
            if (!failures.isEmpty()) {
                throw failures.get(0).error();
            }
        }
        return byPage;
    }

    /** Logs the findings of the pages among {@code uploads}, in their order, and stops the publish on an error. */
    public static void reportLint(List<LocalObject> uploads, Map<String, List<Finding>> byPage, Events listener) {
        List<Finding> errors = new ArrayList<>();
        for (LocalObject page : uploads) {
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
