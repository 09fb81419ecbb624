package io.github.sorrysite.serve;

import io.github.sorrysite.core.build.SiteConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies the two-locale test site (a copy of the default site) into a temporary project. */
public final class TestSites {
    private TestSites() {
    }

    public static SiteConfig copyDefaultSite(Path project) {
        try {
            Path source = Path.of(TestSites.class.getResource("/serve/site").toURI());
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path from : walk.toList()) {
                    Path to = project.resolve(source.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return SiteConfig.defaults(project);
    }
}
