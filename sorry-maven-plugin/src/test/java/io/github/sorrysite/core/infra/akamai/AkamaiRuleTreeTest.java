package io.github.sorrysite.core.infra.akamai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.publish.TestSites;
import io.github.sorrysite.core.site.BuildReport;
import io.github.sorrysite.core.site.ReportJson;
import io.github.sorrysite.core.site.SiteConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AkamaiRuleTreeTest {
    private static final Path GOLDEN = Path.of("src/test/resources/akamai-rule-tree/rule-tree.json");

    private static WriteAkamaiRules.Values values(String target, String hostname) {
        return new WriteAkamaiRules.Values(target, hostname, null, null, null, null);
    }

    /** The whole tree for the seed's set-up, against a golden file read by a person against the Akamai write-up. */
    @Test
    void theDefaultSitesTreeIsTheGoldenFile(@TempDir Path project) throws Exception {
        SiteConfig site = TestSites.buildDefaultSite(project);
        BuildReport report = ReportJson.read(site.outputDirectory().resolve("report.json"));

        Path file = WriteAkamaiRules.write(site, report, values("netstorage://example-nsu.akamaihd.net/123456/failoverpage", "failoverns.example.com"),
                Events.SILENT);

        String json = Files.readString(file, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("sorry.updateGolden")) {
            Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), json);
        assertTrue(json.contains("\"contentPath\" : \"/maintenance.html\""), json);
        assertTrue(json.contains("\"downloadDomainName\" : \"example.download.akamai.com\""), json);
        assertTrue(json.contains("\"value\" : \"/failoverpage/\""), json);
        assertTrue(json.contains("\"/sorrycontent/*\""), json);
    }

    @Test
    void theUsersValuesGoIn() {
        AkamaiFailoverConfig config = WriteAkamaiRules.config(new WriteAkamaiRules.Values("netstorage://x-nsu.akamaihd.net/987/", "sorry.example.org",
                "custom.download.akamai.com", "ja/maintenance.html", "5m", "1m"), List.of("maintenance.html", "ja/maintenance.html"));
        String json = AkamaiRuleTree.json(config, "/assets/");
        assertTrue(json.contains("\"contentHostname\" : \"sorry.example.org\""), json);
        assertTrue(json.contains("\"contentPath\" : \"/ja/maintenance.html\""), json);
        assertTrue(json.contains("\"cpCode\" : 987"), json);
        assertTrue(json.contains("\"value\" : \"/\""), json);
        assertTrue(json.contains("\"ttl\" : \"5m\"") && json.contains("\"ttl\" : \"1m\""), json);
        assertTrue(json.contains("\"/assets/*\""), json);
    }

    @Test
    void mistakesNameTheParameter() {
        assertEquals("sorry.akamai.failoverHostname", assertThrows(BadInputException.class,
                () -> WriteAkamaiRules.check(values("netstorage://x-nsu.akamaihd.net/987/a", null))).where());
        assertEquals("sorry.target", assertThrows(BadInputException.class,
                () -> WriteAkamaiRules.check(values("s3://bucket/sorry", "f.example.com"))).where());
        assertEquals("sorry.akamai.netstorage.downloadDomain", assertThrows(BadInputException.class,
                () -> WriteAkamaiRules.check(values("netstorage://storage.example.com/987/a", "f.example.com"))).where());
        assertEquals("sorry.akamai.basePage", assertThrows(BadInputException.class, () -> WriteAkamaiRules.config(
                new WriteAkamaiRules.Values("netstorage://x-nsu.akamaihd.net/987", "f.example.com", null, "nope.html", null, null),
                List.of("maintenance.html"))).where());
        assertEquals("sorry.akamai.assetTtl", assertThrows(BadInputException.class, () -> WriteAkamaiRules.check(
                new WriteAkamaiRules.Values("netstorage://x-nsu.akamaihd.net/987", "f.example.com", null, null, "ten minutes", null))).where());
        assertTrue(WriteAkamaiRules.requested("terraform, akamai"));
        assertTrue(!WriteAkamaiRules.requested("cloudformation"));
    }
}
