package io.github.sorrysite.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sorrysite.core.Event;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/** Every kind of core event has its log level, chosen here and nowhere else. */
class MavenEventsTest {
    /** Records each call as "level message". */
    static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add("info " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("warn " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("error " + content);
        }

        @Override
        public void debug(CharSequence content) {
            lines.add("debug " + content);
        }
    }

    @Test
    void eachKindGoesToItsLevel() {
        RecordingLog log = new RecordingLog();
        MavenEvents events = new MavenEvents(log);
        for (Event.Kind kind : Event.Kind.values()) {
            events.emit(new Event(kind, kind.name()));
        }
        assertEquals(List.of("info PLAN", "info SUMMARY", "info PROGRESS", "debug DETAIL", "warn WARNING", "error ERROR"), log.lines);
    }
}
