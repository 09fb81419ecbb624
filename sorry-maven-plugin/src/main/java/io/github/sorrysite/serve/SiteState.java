package io.github.sorrysite.serve;

import io.github.sorrysite.core.site.BuildReport;
import java.nio.file.Path;

/**
 * What the server has to show right now. Each rebuild produces a new state with a higher
 * generation, which is what open pages wait on to reload.
 */
public sealed interface SiteState {
    long generation();

    /** A successful build in {@code outputDirectory} (with {@code site/}, maybe {@code alb/}). */
    record Ready(long generation, Path outputDirectory, BuildReport report) implements SiteState {
    }

    /**
     * The last build failed; pages show {@code message}. Assets of the last good build (if any)
     * stay available so an open page keeps its look until the error is fixed.
     */
    record Broken(long generation, String message, Ready lastGood) implements SiteState {
    }
}
