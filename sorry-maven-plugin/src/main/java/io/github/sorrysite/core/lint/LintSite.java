package io.github.sorrysite.core.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.common.Utf8Files;
import io.github.sorrysite.core.alb.FixedResponse;
import io.github.sorrysite.core.site.SiteConfig;
import io.github.sorrysite.core.inline.InlineConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lints a built site ({@code target/sorry/}): every inline body with its fixed-response settings
 * ({@code alb/<page>.json}), every full page, and any existing deployment files the user lists.
 * Reports one line per finding and a summary, writes {@code lint.json}, and fails on errors (and
 * on warnings when asked to).
 */
public final class LintSite {
    private final SiteConfig site;
    private final InlineConfig inline;
    private final Events listener;

    public LintSite(SiteConfig site, InlineConfig inline, Events listener) {
        this.site = site;
        this.inline = inline;
        this.listener = listener;
    }

    /** Runs every rule, reports, writes lint.json and returns the findings; throws when the result fails. */
    public List<Finding> run(List<Path> existingFiles, boolean failOnWarning) {
        List<Finding> findings = check(existingFiles);
        for (Finding f : findings) {
            if (f.severity() == Finding.Severity.ERROR) {
                listener.error(f.toString());
            } else {
                listener.warn(f.toString());
            }
        }
        long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        long warnings = findings.size() - errors;
        Path report = site.outputDirectory().resolve("lint.json");
        write(report, findings, errors, warnings);
        String summary = "sorry:lint: " + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
                + (warnings == 1 ? "" : "s") + " (" + site.shown(report) + ")";
        if (errors > 0 || failOnWarning && warnings > 0) {
            throw new BadInputException(site.shown(site.outputDirectory()), summary.substring("sorry:lint: ".length())
                    + (errors == 0 ? ", and sorry.lint.failOnWarning is on" : ""),
                    "fix the findings listed above; each names the file and the rule");
        }
        listener.info(summary);
        return findings;
    }

    List<Finding> check(List<Path> existingFiles) {
        Path reportFile = site.outputDirectory().resolve("report.json");
        if (!Files.isRegularFile(reportFile)) {
            throw new BadInputException(site.shown(reportFile), "does not exist", "run sorry:build before sorry:lint");
        }
        JsonNode report = readJson(reportFile);
        Set<String> built = new HashSet<>();
        report.path("assets").forEach(a -> built.add(a.path("output").asText()));
        report.path("assets").forEach(a -> built.add(a.path("source").asText()));
        LintRules rules = new LintRules(inline, site.contentPrefix(), site.cdnBaseUrl());
        List<Finding> findings = new ArrayList<>();
        for (JsonNode page : report.path("pages")) {
            String output = page.path("output").asText();
            Path full = site.siteDirectory().resolve(output);
            if (Files.isRegularFile(full)) {
                String html = Utf8Files.read(full, site.shown(full));
                findings.addAll(rules.thirdPartyScripts(html, site.shown(full)));
                findings.addAll(rules.assetReferences(html, site.shown(full), 0, built::contains));
            }
            if (inline.strategy() == io.github.sorrysite.core.inline.InlineStrategy.NONE) {
                continue;
            }
            Path body = site.outputDirectory().resolve("alb").resolve(output);
            Path config = site.outputDirectory().resolve("alb").resolve(output.replaceAll("\\.html?$", "") + ".json");
            if (!Files.isRegularFile(body) || !Files.isRegularFile(config)) {
                findings.add(LintRules.error("missing-inline", site.shown(body), 0, "the inline ALB variant is missing;"
                        + " rebuild with sorry:build"));
                continue;
            }
            JsonNode fixed = readJson(config);
            FixedResponse response = new FixedResponse(fixed.path("StatusCode").asText(), fixed.path("ContentType").asText(),
                    Utf8Files.read(body, site.shown(body)));
            if (!response.messageBody().equals(fixed.path("MessageBody").asText())) {
                findings.add(LintRules.error("stale-artifact", site.shown(config), 0, "MessageBody differs from "
                        + site.shown(body) + "; rebuild with sorry:build"));
            }
            findings.addAll(rules.fixedResponse(response, site.shown(body), 0, built::contains));
            findings.addAll(rules.servedByTheAlb(response.messageBody(), site.shown(body)));
            findings.addAll(rules.crossOriginFonts(response.messageBody(), site.shown(body), this::builtStylesheet));
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
                findings.addAll(rules.fixedResponse(located.response(), shown, located.line(), null));
            }
        }
        return findings;
    }

    /** The built CSS behind a CDN URL of this site, or null. */
    private String builtStylesheet(String url) {
        String base = site.cdnBaseUrl();
        if (base.isEmpty() || !url.startsWith(base + "/")) {
            return null;
        }
        String key = java.net.URLDecoder.decode(url.substring(base.length() + 1).replaceAll("[?#].*$", "").replace("+", "%2B"),
                java.nio.charset.StandardCharsets.UTF_8);
        Path file = site.siteDirectory().resolve(key).normalize();
        return file.startsWith(site.siteDirectory()) && Files.isRegularFile(file) ? Utf8Files.read(file, site.shown(file)) : null;
    }

    private static JsonNode readJson(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new InfrastructureException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, List<Finding> findings, long errors, long warnings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("errors", errors);
        json.put("warnings", warnings);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", f.severity().name().toLowerCase());
            m.put("rule", f.rule());
            m.put("file", f.file());
            m.put("line", f.line());
            m.put("message", f.message());
            list.add(m);
        }
        json.put("findings", list);
        try {
            Files.createDirectories(file.getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
        } catch (IOException e) {
            throw new InfrastructureException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

}
