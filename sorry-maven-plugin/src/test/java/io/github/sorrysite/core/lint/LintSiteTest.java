package io.github.sorrysite.core.lint;

import io.github.sorrysite.core.alb.AlbRuleConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.site.SiteBuilder;
import io.github.sorrysite.core.publish.TestSites;
import io.github.sorrysite.core.site.BuildOutput;
import io.github.sorrysite.core.site.ReportJson;
import io.github.sorrysite.core.site.SiteConfig;
import io.github.sorrysite.core.inline.InlineConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sorry:lint over a real build of the default site. */
class LintSiteTest {
    @TempDir
    Path out;
    SiteConfig config;

    @BeforeEach
    void build() {
        config = SiteConfig.defaults(Path.of("..").toAbsolutePath().normalize()).withOutputDirectory(out)
                .withCdnBaseUrl("https://d111111abcdef8.cloudfront.net");
        new SiteBuilder(config, InlineConfig.defaults(), AlbRuleConfig.defaults(), Events.SILENT).build();
    }

    LintSite lint() {
        return new LintSite(BuildOutput.of(config), InlineConfig.defaults(), Events.SILENT);
    }

    @Test
    void defaultSitePassesAndWritesLintJson() throws Exception {
        assertEquals(List.of(), lint().run(List.of(), true));
        JsonNode json = new ObjectMapper().readTree(out.resolve("lint.json").toFile());
        assertEquals(0, json.get("errors").asInt());
        assertEquals(0, json.get("findings").size());
    }

    @Test
    void overBudgetBodyFailsAndIsListedInLintJson() throws Exception {
        Path body = out.resolve("alb/ja/maintenance.html");
        Files.writeString(body, Files.readString(body) + "あ".repeat(600), StandardCharsets.UTF_8);
        BadInputException e = assertThrows(BadInputException.class, () -> lint().run(List.of(), false));
        assertTrue(e.getMessage().contains("error"), e.getMessage());
        JsonNode json = new ObjectMapper().readTree(out.resolve("lint.json").toFile());
        List<String> rules = new java.util.ArrayList<>();
        json.get("findings").forEach(f -> rules.add(f.get("rule").asText()));
        assertTrue(rules.contains("over-budget"), rules.toString());
        assertTrue(rules.contains("stale-artifact"), "alb/ja/maintenance.json no longer matches the body: " + rules);
        assertEquals(ReportJson.read(out.resolve("report.json")).buildId(), json.get("buildId").asText(), "tied to the build");
    }

    @Test
    void missingBuiltAssetIsAnError() throws Exception {
        Path full = out.resolve("site/maintenance.html");
        Files.writeString(full, Files.readString(full).replace("<main>", "<main><img src=/sorrycontent/img/gone.png alt>"));
        assertThrows(BadInputException.class, () -> lint().run(List.of(), false));
        assertTrue(Files.readString(out.resolve("lint.json")).contains("missing-asset"));
    }

    @Test
    void warningsFailOnlyWithFailOnWarning() throws Exception {
        Path full = out.resolve("site/maintenance.html");
        Files.writeString(full, Files.readString(full).replace("</main>", "</main><script src=https://tags.example.org/t.js></script>"));
        assertEquals(1, lint().run(List.of(), false).size());
        BadInputException e = assertThrows(BadInputException.class, () -> lint().run(List.of(), true));
        assertTrue(e.getMessage().contains("failOnWarning"), e.getMessage());
    }

    @Test
    void existingFilesAreCheckedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path tf = dir.resolve("main.tf");
        Files.writeString(tf, "resource \"aws_lb_listener_rule\" \"x\" {\n  action {\n    fixed_response {\n"
                + "      content_type = \"text/html\"\n      message_body = \"" + "x".repeat(1100) + "\"\n      status_code = \"503\"\n    }\n  }\n}\n");
        Path ok = dir.resolve("ok.cli.json");
        Files.copy(out.resolve("alb/maintenance.cli.json"), ok);
        assertThrows(BadInputException.class, () -> lint().run(List.of(tf, ok), false));
        JsonNode findings = new ObjectMapper().readTree(out.resolve("lint.json").toFile()).get("findings");
        assertEquals(1, findings.size(), "over budget already says it: " + findings);
        assertEquals(5, findings.get(0).get("line").asInt());
        assertTrue(findings.get(0).get("file").asText().endsWith("main.tf"));
        assertEquals("over-budget", findings.get(0).get("rule").asText());
    }

    @Test
    void theRecordNotTheParametersSaysWhereAssetsAre(@TempDir Path elsewhere) throws Exception {
        // A build with another content prefix: lint reads it from report.json, so /assets/ URLs are
        // the site's assets (checked), not foreign ones.
        Path project = elsewhere.resolve("p");
        TestSites.buildDefaultSiteWithPrefix(project, "/assets/", "https://d111111abcdef8.cloudfront.net");
        Path full = project.resolve("target/sorry/site/maintenance.html");
        Files.writeString(full, Files.readString(full).replace("<main>", "<main><img src=/assets/img/gone.png alt>"));

        assertThrows(BadInputException.class,
                () -> new LintSite(new BuildOutput(project, project.resolve("target/sorry")), InlineConfig.defaults(), Events.SILENT)
                        .run(List.of(), false));
        assertTrue(Files.readString(project.resolve("target/sorry/lint.json")).contains("missing-asset"));
    }

    @Test
    void lintBeforeBuildSaysWhatToRun(@TempDir Path empty) {
        SiteConfig nothing = config.withOutputDirectory(empty);
        BadInputException e = assertThrows(BadInputException.class,
                () -> new LintSite(BuildOutput.of(nothing), InlineConfig.defaults(), Events.SILENT).run(List.of(), false));
        assertTrue(e.getMessage().contains("run sorry:build"), e.getMessage());
    }
}
