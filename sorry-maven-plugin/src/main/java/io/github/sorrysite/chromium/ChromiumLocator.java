package io.github.sorrysite.chromium;

import io.github.sorrysite.core.BadInputException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the browser: the configured path ({@code sorry.chromium}) or the first of the usual
 * names on {@code PATH}. It never downloads one.
 */
public final class ChromiumLocator {
    static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

    private ChromiumLocator() {
    }

    /**
     * @param configured the {@code sorry.chromium} value, or null/blank to search {@code path}
     * @param path the {@code PATH} environment value
     * @throws BadInputException when nothing usable is found
     */
    public static Path locate(String configured, String path) {
        if (configured != null && !configured.isBlank()) {
            Path file = Path.of(configured.strip());
            if (!Files.isRegularFile(file) || !Files.isExecutable(file)) {
                throw new BadInputException("sorry.chromium", "'" + configured.strip() + "' is not an executable file",
                        "point it at the Chromium binary (e.g. /usr/bin/chromium), or leave it unset to search PATH");
            }
            return file;
        }
        return search(path).orElseThrow(() -> new BadInputException("sorry.chromium",
                "no Chromium found on PATH (looked for " + String.join(", ", NAMES) + ")",
                "install it with `apt-get install chromium`, or set -Dsorry.chromium=/path/to/chromium"));
    }

    /** The first executable of {@link #NAMES} on {@code path}. */
    public static Optional<Path> search(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String name : NAMES) {
            for (String directory : path.split(File.pathSeparator)) {
                if (directory.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(directory, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
