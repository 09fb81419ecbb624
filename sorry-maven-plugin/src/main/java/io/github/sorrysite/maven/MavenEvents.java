package io.github.sorrysite.maven;

import io.github.sorrysite.core.Event;
import io.github.sorrysite.core.Events;
import org.apache.maven.plugin.logging.Log;

/**
 * The one place where core events become Maven log lines. Plans and summaries are what a user
 * runs the goal for, so they are always at INFO; per-object detail is for {@code mvn -X}.
 */
final class MavenEvents implements Events {
    private final Log log;

    MavenEvents(Log log) {
        this.log = log;
    }

    @Override
    public void emit(Event event) {
        switch (event.kind()) {
            case PLAN, SUMMARY, PROGRESS -> log.info(event.message());
            case DETAIL -> log.debug(event.message());
            case WARNING -> log.warn(event.message());
            case ERROR -> log.error(event.message());
            default -> throw new IllegalStateException("unmapped event kind " + event.kind());
        }
    }
}
