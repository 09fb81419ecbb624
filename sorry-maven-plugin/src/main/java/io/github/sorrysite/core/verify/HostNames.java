package io.github.sorrysite.core.verify;

import java.util.Locale;

/** Whether a certificate name covers a host: exact, or a left-most {@code *.} label matching one label (RFC 6125). */
public final class HostNames {
    private HostNames() {
    }

    public static boolean matches(String pattern, String host) {
        String p = pattern.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        String h = host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        if (p.startsWith("*.")) {
            int dot = h.indexOf('.');
            return dot > 0 && h.substring(dot + 1).equals(p.substring(2));
        }
        return p.equals(h);
    }
}
