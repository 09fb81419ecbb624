package io.github.sorrysite.core.verify;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The directives of a Cache-Control value that the checks read. */
record CacheControlHeader(String value) {
    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])(s-maxage|max-age)\\s*=\\s*\"?(\\d+)");

    /** {@code max-age} (or {@code s-maxage} when larger: the CDN keeps it that long). */
    OptionalLong maxAge() {
        Matcher m = MAX_AGE.matcher(value.toLowerCase(Locale.ROOT));
        long best = -1;
        while (m.find()) {
            best = Math.max(best, Long.parseLong(m.group(2)));
        }
        return best < 0 ? OptionalLong.empty() : OptionalLong.of(best);
    }

    boolean has(String directive) {
        for (String part : value.toLowerCase(Locale.ROOT).split(",")) {
            if (part.strip().equals(directive) || part.strip().startsWith(directive + "=")) {
                return true;
            }
        }
        return false;
    }

    /** Not kept at all, or kept for at most {@code limit} seconds. */
    boolean isShort(long limit) {
        return has("no-store") || has("no-cache") || maxAge().orElse(Long.MAX_VALUE) <= limit;
    }
}
