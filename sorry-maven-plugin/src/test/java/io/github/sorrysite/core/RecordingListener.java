package io.github.sorrysite.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A listener that keeps every line with its level ({@code INFO message}), for asserting on the log. */
public final class RecordingListener implements BuildListener {
    public final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void info(String message) {
        lines.add("INFO " + message);
    }

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
    }

    @Override
    public void error(String message) {
        lines.add("ERROR " + message);
    }

    @Override
    public void debug(String message) {
        lines.add("DEBUG " + message);
    }

    public String text() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }
}
