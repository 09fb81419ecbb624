package io.github.sorrysite.core.lint;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.alb.FixedResponse;
import io.github.sorrysite.core.common.Hashes;
import io.github.sorrysite.core.common.JsonFields;
import io.github.sorrysite.core.common.JsonText;
import io.github.sorrysite.core.common.Utf8Files;
import io.github.sorrysite.core.inline.InlineConfig;
import io.github.sorrysite.core.site.BuildOutput;
import io.github.sorrysite.core.site.BuildReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lints a built site ({@code target/sorry/}): every inline body with its fixed-response settings
 * ({@code alb/<page>.json}), every full page, and any existing deployment files the user lists.
 * Reports one line per finding and a summary, writes {@code lint.json}, and fails on errors (and
 * on warnings when asked to).
 */
public final class LintSite {
    private final BuildOutput site;
    private final InlineConfig inline;
    private final Events listener;

    private final boolean allUnderPrefix;

    public LintSite(BuildOutput site, InlineConfig inline, Events listener) {
        this(site, inline, listener, false);
    }

    /** @param allUnderPrefix also require every page's and stylesheet's references under the content prefix (Akamai failover) */
    public LintSite(BuildOutput site, InlineConfig inline, Events listener, boolean allUnderPrefix) {
        this.site = site;
        this.inline = inline;
        this.listener = listener;
        this.allUnderPrefix = allUnderPrefix;
    }

    /** Runs every rule, reports, writes lint.json and returns the findings; throws when the result fails. */
    public List<Finding> run(List<Path> existingFiles, boolean failOnWarning) {
        BuildReport report = site.report("sorry:lint");
        List<Finding> findings = check(report, existingFiles);
        for (Finding f : findings) {
            if (f.severity() == Finding.Severity.ERROR) {
                listener.error(f.toString());
            } else {
                listener.warn(f.toString());
            }
        }
        long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        long warnings = findings.size() - errors;
        Path lintFile = site.outputDirectory().resolve(LintJson.FILE);
        LintJson.write(lintFile, report.buildId(), findings);
        String summary = errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
                + (warnings == 1 ? "" : "s") + " (" + site.shown(lintFile) + ")";
        if (errors > 0 || failOnWarning && warnings > 0) {
            throw new BadInputException(site.shown(site.outputDirectory()), summary
                    + (errors == 0 ? ", and sorry.lint.failOnWarning is on" : ""),
                    "fix the findings listed above; each names the file and the rule");
        }
        listener.summary("sorry:lint: " + summary);
        return findings;
    }

    /**
     * The findings on the current build, written to {@code lint.json} with its build id, without
     * failing: for a caller that shows them (the preview report).
     */
    public List<Finding> findings() {
        BuildReport report = site.report("sorry:lint");
        List<Finding> findings = check(report, List.of());
        LintJson.write(site.outputDirectory().resolve(LintJson.FILE), report.buildId(), findings);
        return findings;
    }

    /** The rules over the site the record describes, then over the user's existing files. */
    List<Finding> check(BuildReport report, List<Path> existingFiles) {
        Set<String> built = new HashSet<>();
        report.assets().forEach(a -> {
            built.add(a.output());
            built.add(a.source());
        });
        LintRules rules = new LintRules(inline, report.contentPrefix(), report.cdnBaseUrl(), allUnderPrefix);
        List<Finding> findings = new ArrayList<>();
        if (allUnderPrefix) {
            for (BuildReport.AssetEntry asset : report.assets()) {
                Path css = site.siteDirectory().resolve(asset.output());
                if (asset.output().endsWith(".css") && Files.isRegularFile(css)) {
                    findings.addAll(rules.stylesheetReferences(Utf8Files.read(css, site.shown(css)), site.shown(css), built::contains));
                }
            }
        }
        for (BuildReport.PageEntry page : report.pages()) {
            Path full = site.siteDirectory().resolve(page.output());
            if (Files.isRegularFile(full)) {
                String html = Utf8Files.read(full, site.shown(full));
                findings.addAll(rules.thirdPartyScripts(html, site.shown(full)));
                findings.addAll(rules.assetReferences(html, site.shown(full), 0, built::contains));
            } else {
                findings.add(LintRules.error("missing-page", site.shown(full), 0, "report.json lists this page, but the file is missing;"
                        + " rebuild with sorry:build"));
            }
            report.inlineFor(page.output()).ifPresent(entry -> findings.addAll(inlineBody(report, entry, rules, built)));
        }
        for (Path file : existingFiles) {
            String shown = site.shown(file);
            if (!Files.isRegularFile(file)) {
                throw new BadInputException("sorry.lint.files", shown + " does not exist", "list existing files, separated by commas");
            }
            List<ExistingFiles.Located> responses = ExistingFiles.extract(Utf8Files.read(file, shown), file.getFileName().toString(), shown);
            if (responses.isEmpty()) {
                findings.add(LintRules.warning("no-fixed-response", shown, 0, "has no fixed response to check"));
            }
            for (ExistingFiles.Located located : responses) {
                List<Finding> found = rules.fixedResponse(located.response(), shown, located.line(), null);
                findings.addAll(found);
                if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".tf")
                        && found.stream().noneMatch(f -> f.rule().equals("over-budget"))) {
                    findings.addAll(rules.terraformBytes(located.response(), shown, located.line(), null));
                }
            }
        }
        return findings;
    }

    /** One inline body as the ALB will answer it: the file the record names, and its FixedResponseConfig artifact. */
    private List<Finding> inlineBody(BuildReport report, BuildReport.InlineEntry entry, LintRules rules, Set<String> built) {
        List<Finding> findings = new ArrayList<>();
        Path body = site.outputDirectory().resolve(entry.path());
        Path config = report.artifacts().stream().filter(a -> a.page().equals(entry.page()) && a.kind().equals("actions")).findFirst()
                .map(a -> site.outputDirectory().resolve(a.path())).orElse(null);
        if (!Files.isRegularFile(body) || config == null || !Files.isRegularFile(config)) {
            findings.add(LintRules.error("missing-inline", site.shown(body), 0, "the inline ALB variant is missing;"
                    + " rebuild with sorry:build"));
            return findings;
        }
        String html = Utf8Files.read(body, site.shown(body));
        if (!Hashes.sha256(html.getBytes(StandardCharsets.UTF_8)).equals(entry.sha256())) {
            findings.add(LintRules.error("stale-artifact", site.shown(body), 0, "differs from the body the build recorded in report.json;"
                    + " rebuild with sorry:build instead of editing it"));
        }
        JsonFields fixed;
        try {
            // The --actions list of modify-rule: [{"Type":"fixed-response","FixedResponseConfig":{...}}]
            Object actions = JsonText.parse(Files.readAllBytes(config));
            Object first = actions instanceof List<?> list && !list.isEmpty() ? list.get(0) : actions;
            fixed = JsonFields.of(first, site.shown(config)).object("FixedResponseConfig");
        } catch (IOException | IllegalArgumentException e) {
            throw new InfrastructureException("Cannot read " + config + ": " + e.getMessage(), e);
        }
        FixedResponse response = new FixedResponse(fixed.string("StatusCode"), fixed.string("ContentType"), html);
        if (!html.equals(fixed.string("MessageBody"))) {
            findings.add(LintRules.error("stale-artifact", site.shown(config), 0, "MessageBody differs from "
                    + site.shown(body) + "; rebuild with sorry:build"));
        }
        findings.addAll(rules.fixedResponse(response, site.shown(body), 0, built::contains));
        findings.addAll(rules.servedByTheAlb(response.messageBody(), site.shown(body)));
        for (BuildReport.ArtifactEntry terraform : report.artifacts()) {
            if (terraform.kind().equals("terraform")) {
                findings.addAll(rules.terraformBytes(response, terraform.path(), 0, entry.path()));
            }
        }
        return findings;
    }
}
