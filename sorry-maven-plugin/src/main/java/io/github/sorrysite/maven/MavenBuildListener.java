package io.github.sorrysite.maven;

import io.github.sorrysite.core.BuildListener;
import org.apache.maven.plugin.logging.Log;

/** Maps core progress events to the Maven log, level for level. */
final class MavenBuildListener implements BuildListener {
    private final Log log;

    MavenBuildListener(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void error(String message) {
        log.error(message);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }
}
