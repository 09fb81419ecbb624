package io.github.sorrysite.serve;

import java.util.Locale;

/**
 * The one change serve mode makes to a built page: a script tag that reloads it after the next
 * rebuild. It carries the generation the page was built at, so a rebuild that lands before the
 * script runs still triggers a reload. It is inserted as text, not through an HTML parser, so
 * that every other byte stays exactly as built.
 */
final class LiveReloadScript {
    private LiveReloadScript() {
    }

    static String tag(long generation) {
        return "<script src=\"" + SorryHttpServer.INTERNAL_PREFIX + "live.js?g=" + generation + "\"></script>";
    }

    static String inject(String html, long generation) {
        int end = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String tag = tag(generation);
        return end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end);
    }
}
