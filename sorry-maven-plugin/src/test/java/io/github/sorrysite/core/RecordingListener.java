package io.github.sorrysite.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Keeps every event as a line with its level ({@code INFO message}), for asserting on the log. */
public final class RecordingListener implements Events {
    public final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    public final List<Event> events = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void emit(Event event) {
        events.add(event);
        String level = switch (event.kind()) {
            case PLAN, SUMMARY, PROGRESS -> "INFO";
            case DETAIL -> "DEBUG";
            case WARNING -> "WARN";
            case ERROR -> "ERROR";
        };
        lines.add(level + " " + event.message());
    }

    public String text() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }
}
