package io.github.sorrysite.core.publish;

import io.github.sorrysite.core.inline.InlineConfig;
import io.github.sorrysite.core.alb.AlbRuleConfig;
import io.github.sorrysite.core.common.Pacer;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.site.SiteBuilder;
import io.github.sorrysite.core.site.SiteConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The repository's default sorry site (../site-src, ../templates), copied into a temporary project and built for real. */
public final class TestSites {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    private TestSites() {
    }

    /** Copies the default site into {@code project} and builds it; returns its config. */
    public static SiteConfig buildDefaultSite(Path project) {
        copyTree(REPOSITORY.resolve("site-src"), project.resolve("site-src"));
        copyTree(REPOSITORY.resolve("templates"), project.resolve("templates"));
        return rebuild(project);
    }

    /**
     * The default site with its assets under another content prefix ({@code site-src/assets/} for
     * {@code /assets/}), built with that prefix.
     */
    public static SiteConfig buildDefaultSiteWithPrefix(Path project, String contentPrefix, String cdnBaseUrl) {
        copyTree(REPOSITORY.resolve("site-src"), project.resolve("site-src"));
        copyTree(REPOSITORY.resolve("templates"), project.resolve("templates"));
        String directory = contentPrefix.replaceAll("^/|/$", "");
        try {
            Files.move(project.resolve("site-src/sorrycontent"), project.resolve("site-src").resolve(directory));
            for (Path template : List.of(project.resolve("templates/page.html"))) {
                if (Files.isRegularFile(template)) {
                    edit(template, "/sorrycontent/", contentPrefix);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SiteConfig config = new SiteConfig(project, project.resolve("site-src"), project.resolve("templates"),
                project.resolve("target/sorry"), cdnBaseUrl, contentPrefix, true);
        new SiteBuilder(config, InlineConfig.defaults(), AlbRuleConfig.defaults(), Events.SILENT).build();
        return config;
    }

    public static SiteConfig rebuild(Path project) {
        SiteConfig config = SiteConfig.defaults(project);
        new SiteBuilder(config, InlineConfig.defaults(), AlbRuleConfig.defaults(), Events.SILENT).build();
        return config;
    }

    public static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new IllegalStateException(file + " does not contain " + from);
            }
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keys of every file under {@code directory}, sorted. */
    public static List<String> keys(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            List<String> keys = new ArrayList<>();
            walk.filter(Files::isRegularFile).sorted().forEach(p -> keys.add(directory.relativize(p).toString().replace('\\', '/')));
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Time that only moves when someone sleeps: no test waits, and none depends on timing. */
    public static final class FakePacer implements Pacer {
        public final List<java.time.Duration> sleeps = java.util.Collections.synchronizedList(new ArrayList<>());
        private long now;

        @Override
        public synchronized long nanoTime() {
            return now;
        }

        @Override
        public synchronized void sleep(java.time.Duration duration) {
            sleeps.add(duration);
            now += duration.toNanos();
        }
    }
}
