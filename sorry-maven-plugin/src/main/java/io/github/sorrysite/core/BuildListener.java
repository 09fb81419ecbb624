package io.github.sorrysite.core;

/**
 * Where the core reports progress. The core never logs by itself; the caller (the Maven log, a
 * test, the preview server) decides what each level means to its user.
 */
public interface BuildListener {
    /** Something the user wants to see in a normal run: a summary line, a chosen strategy. */
    void info(String message);

    /** Something that works but that the user should probably change. */
    void warn(String message);

    /** Something that will fail the goal, reported before it fails (e.g. each lint error). */
    void error(String message);

    /** Detail for -X / troubleshooting runs. */
    void debug(String message);

    /** A listener that drops everything, for tests and nested builds. */
    BuildListener SILENT = new BuildListener() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void error(String message) {
        }

        @Override
        public void debug(String message) {
        }
    };
}
