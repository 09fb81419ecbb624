package io.github.sorrysite.core.verify;

import java.util.Locale;

/** One check as one printed line, then its fix: {@code ERROR   tls        127.0.0.1:8443  certificate ... expires in 5 days}. */
public final class VerifyText {
    private VerifyText() {
    }

    public static String line(Check check) {
        return String.format(Locale.ROOT, "%-7s %-10s %s: %s", check.status().label(), check.link(), check.subject(), check.message());
    }

    public static String fix(Check check) {
        return check.fix().isEmpty() ? "" : "        fix: " + check.fix();
    }
}
