package io.github.sorrysite.serve;

import io.github.sorrysite.core.site.SiteConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Copies the repository's own default site (root {@code site-src/} and {@code templates/}, the
 * two-locale site users start from) into a temporary project, so tests check the real thing and
 * a test may edit its copy.
 */
public final class TestSites {
    /** The repository root: Surefire runs in the plugin module's directory. */
    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    private TestSites() {
    }

    public static SiteConfig copyDefaultSite(Path project) {
        copyTree(REPOSITORY.resolve("site-src"), project.resolve("site-src"));
        copyTree(REPOSITORY.resolve("templates"), project.resolve("templates"));
        return SiteConfig.defaults(project);
    }

    private static void copyTree(Path source, Path target) {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path from : walk.toList()) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
