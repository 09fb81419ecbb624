package io.github.sorrysite.core.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small site project on disk, written file by file by a test. */
final class TestSite {
    final Path root;

    TestSite(Path root) {
        this.root = root;
    }

    /** The smallest complete site: one page, one template, one stylesheet, one image. */
    static TestSite minimal(Path root) {
        return new TestSite(root)
                .file("site-src/pages/maintenance.md", "---\ntitle: Back soon\n---\nWe are **down** for maintenance.\n")
                .file("templates/page.html", "<!doctype html><html lang=\"{{lang}}\"><head><meta charset=\"utf-8\"><title>{{title}}</title>"
                        + "<link rel=\"stylesheet\" href=\"/sorrycontent/css/site.css\"></head>"
                        + "<body><img src=\"/sorrycontent/img/logo.svg\" alt=\"Logo\">{{{content}}}</body></html>")
                .file("site-src/sorrycontent/css/site.css", "body { background: url(../img/bg.svg); transition: opacity 0s }\n")
                .file("site-src/sorrycontent/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"/>")
                .file("site-src/sorrycontent/img/bg.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"/>");
    }

    TestSite file(String relative, String content) {
        return bytes(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    TestSite bytes(String relative, byte[] content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SiteConfig config() {
        return SiteConfig.defaults(root);
    }

    String read(String relative) {
        try {
            return Files.readString(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
