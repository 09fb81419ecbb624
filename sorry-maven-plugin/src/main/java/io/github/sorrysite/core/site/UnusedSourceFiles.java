package io.github.sorrysite.core.site;

import io.github.sorrysite.core.InfrastructureException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Files under the source directory that no build rule picks up: only {@code pages/**}{@code /*.md}
 * (pages) and the asset directory (copied as assets) are read, so an image next to a page or a
 * stylesheet outside the asset directory would be missing from the site without a word.
 * Hidden files ({@code .DS_Store}, {@code .gitkeep}) are not reported.
 */
final class UnusedSourceFiles {
    private UnusedSourceFiles() {
    }

    static List<String> warnings(SiteConfig config) {
        Path root = config.sourceDirectory();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                if (hidden(root.relativize(file)) || file.startsWith(config.assetsDirectory())
                        || file.startsWith(config.templateDirectory()) || file.startsWith(config.outputDirectory())) {
                    continue;
                }
                boolean page = file.startsWith(config.pagesDirectory()) && file.getFileName().toString().endsWith(".md");
                if (!page) {
                    out.add(config.shown(file) + " is not used by the build: it reads only pages from "
                            + config.shown(config.pagesDirectory()) + " (*.md) and assets from " + config.shown(config.assetsDirectory())
                            + "; move it there, or out of " + config.shown(root));
                }
            }
        } catch (IOException e) {
            throw new InfrastructureException("Cannot list " + root + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
