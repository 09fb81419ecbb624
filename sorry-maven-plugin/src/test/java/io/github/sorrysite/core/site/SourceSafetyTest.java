package io.github.sorrysite.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.alb.AlbRuleConfig;
import io.github.sorrysite.core.inline.InlineConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing from outside the project gets into the site, and no output silently replaces another (issue 14, item 6). */
class SourceSafetyTest {
    @TempDir
    Path dir;

    private SiteBuilder.Result build(TestSite site) {
        return new SiteBuilder(site.config(), InlineConfig.defaults(), AlbRuleConfig.defaults(), Events.SILENT).build();
    }

    private BadInputException fails(TestSite site) {
        return assertThrows(BadInputException.class, () -> build(site));
    }

    @Test
    void aBackslashInAnAssetNameCannotReachTheProjectsEnv() throws Exception {
        TestSite site = TestSite.minimal(dir).file(".env", "SECRET=1").file("site-src/sorrycontent/img/x\\..\\..\\..\\..\\.env", "decoy");
        Files.createDirectories(dir.resolve("site-src/sorrycontent/img/x"));

        BadInputException e = fails(site);

        assertTrue(e.getMessage().contains("backslash"), e.getMessage());
        assertTrue(e.getMessage().contains("img/x\\..\\..\\..\\..\\.env"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("target/sorry/report.json")), "nothing written");
    }

    @Test
    void aBackslashInAPageNameCannotEscapeTheSiteDirectory() {
        TestSite site = TestSite.minimal(dir).file("site-src/pages/..\\x.md", "# X\n");

        BadInputException e = fails(site);

        assertTrue(e.getMessage().contains("backslash"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("target/sorry/x.html")));
    }

    @Test
    void aFileLinkOutOfTheSourceDirectoryIsRefusedNamingTheLink() throws Exception {
        TestSite site = TestSite.minimal(dir.resolve("p"));
        Path outside = Files.writeString(dir.resolve("passwd"), "root:x:0:0");
        Files.createSymbolicLink(dir.resolve("p/site-src/sorrycontent/passwd"), outside);

        BadInputException e = fails(site);

        assertTrue(e.getMessage().startsWith("site-src/sorrycontent/passwd: resolves to " + outside.toRealPath()), e.getMessage());
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
    }

    @Test
    void aLinkedFolderInsideIsFollowedNotSkippedAndOneOutsideIsRefused() throws Exception {
        TestSite site = TestSite.minimal(dir).file("site-src/sorrycontent/shared/icon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Files.createSymbolicLink(dir.resolve("site-src/sorrycontent/icons"), dir.resolve("site-src/sorrycontent/shared"));

        BuildReport report = build(site).report();

        assertTrue(report.assets().stream().anyMatch(a -> a.source().equals("sorrycontent/icons/icon.svg")), report.assets().toString());
        Files.createDirectories(dir.resolve("site-src/pages-real/help"));
        Files.writeString(dir.resolve("site-src/pages-real/help/faq.md"), "# FAQ\n");
        Files.createSymbolicLink(dir.resolve("site-src/pages/help"), dir.resolve("site-src/pages-real/help"));
        BadInputException outside = fails(site);
        assertTrue(outside.getMessage().startsWith("site-src/pages/help: resolves to"), outside.getMessage());
        TestSite inside = TestSite.minimal(dir.resolve("q")).file("site-src/pages/real/faq.md", "# FAQ\n");
        Files.createSymbolicLink(dir.resolve("q/site-src/pages/help"), dir.resolve("q/site-src/pages/real"));
        assertEquals(List.of("help/faq.html", "maintenance.html", "real/faq.html"),
                build(inside).report().pages().stream().map(BuildReport.PageEntry::output).sorted().toList());
    }

    @Test
    void aLinkedPagesFolderIsFollowed() throws Exception {
        TestSite site = TestSite.minimal(dir);
        Path real = dir.resolve("site-src/pages");
        Files.move(real, dir.resolve("site-src/real-pages"));
        Files.createSymbolicLink(real, dir.resolve("site-src/real-pages"));

        assertEquals(List.of("maintenance.html"), build(site).report().pages().stream().map(BuildReport.PageEntry::output).toList());
    }

    @Test
    void aNamedPipeIsRefusedNotRead() throws Exception {
        TestSite site = TestSite.minimal(dir);
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("site-src/pages/fifo.md").toString()).start();
        assertEquals(0, mkfifo.waitFor());

        BadInputException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> fails(site));

        assertTrue(e.getMessage().startsWith("site-src/pages/fifo.md: is not a regular file"), e.getMessage());
    }

    @Test
    void aPageWhoseArtifactNameIsTheSitesOwnIsRefusedNamingBoth() {
        // pages/sorry.cfn.md's --actions file would be alb/sorry.cfn.json, the site's CloudFormation template.
        TestSite site = TestSite.minimal(dir).file("site-src/pages/sorry.cfn.md", "# Other\n");

        BadInputException e = fails(site);

        assertTrue(e.getMessage().contains("alb/sorry.cfn.json"), e.getMessage());
        assertTrue(e.getMessage().contains("pages/sorry.cfn.md") && e.getMessage().contains("the site's ALB rules"), e.getMessage());
    }

    @Test
    void aPageAndAFolderOfTheSameNameAreRefusedNamingBoth() {
        TestSite site = TestSite.minimal(dir).file("site-src/pages/x.md", "# X\n").file("site-src/pages/x.html/y.md", "# Y\n");

        BadInputException e = fails(site);

        assertTrue(e.getMessage().contains("pages/x.md") && e.getMessage().contains("pages/x.html/y.md"), e.getMessage());
        assertTrue(e.getMessage().contains("as a file and a folder") || e.getMessage().contains("as a folder and a file"), e.getMessage());
    }

    @Test
    void aKeyOver1024Utf8BytesIsRefusedAtBuildTime() {
        TestSite site = TestSite.minimal(dir);
        // File systems limit one name to 255 bytes: nine folders of 120 bytes make a key of about 1,100.
        String nested = String.join("/", java.util.Collections.nCopies(9, "é".repeat(60))) + "/a.svg";
        site.file("site-src/sorrycontent/img/" + nested, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        BadInputException e = fails(site);

        assertTrue(e.getMessage().contains("over S3's limit of 1024"), e.getMessage());
    }

    @Test
    void anOutputNameTooLongForTheFileSystemIsRefusedNamingTheSource() {
        String name = "a".repeat(250) + ".svg"; // fits; fingerprinted (+8 bytes) it does not
        TestSite site = TestSite.minimal(dir).file("site-src/sorrycontent/img/" + name, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        BadInputException e = fails(site);

        assertTrue(e.getMessage().startsWith("sorrycontent/img/" + name + ": would be written as"), e.getMessage());
        assertTrue(e.getMessage().contains("over the file system's limit of 255"), e.getMessage());
    }

    @Test
    void statusMustBeAWholeNumberAndTextFieldsText() {
        assertTrue(fails(TestSite.minimal(dir.resolve("a")).file("site-src/pages/maintenance.md", "---\ntitle: T\nstatus: 503.9\n---\nx\n"))
                .getMessage().contains("status '503.9' is not an HTTP status code"));
        BadInputException list = fails(TestSite.minimal(dir.resolve("b")).file("site-src/pages/maintenance.md", "---\ntitle: [a, b]\n---\nx\n"));
        assertTrue(list.getMessage().contains("front matter 'title' is a list, not text"), list.getMessage());
        BadInputException map = fails(TestSite.minimal(dir.resolve("c")).file("site-src/pages/maintenance.md", "---\ntitle: T\ndescription: {a: 1}\n---\nx\n"));
        assertTrue(map.getMessage().contains("front matter 'description' is a map, not text"), map.getMessage());
        BadInputException lang = fails(TestSite.minimal(dir.resolve("d")).file("site-src/pages/maintenance.md", "---\ntitle: T\nlang: 1\n---\nx\n"));
        assertTrue(lang.getMessage().contains("front matter 'lang' is the number 1, not text"), lang.getMessage());
        assertEquals(503, build(TestSite.minimal(dir.resolve("e")).file("site-src/pages/maintenance.md", "---\ntitle: T\nstatus: \"503\"\n---\nx\n"))
                .report().pages().get(0).status());
    }
}
