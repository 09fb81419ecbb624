package io.github.sorrysite.core.publish.planner;

import io.github.sorrysite.core.BadInputException;
import java.util.regex.Pattern;

/**
 * One Cache-Control rule: a glob over the object key (relative to the target, e.g.
 * {@code sorrycontent/fonts/**} or {@code **}{@code /*.html}) and the header value to send.
 * {@code *} matches within one path segment, {@code **} across segments, {@code ?} one character.
 */
public record CacheControlRule(String pattern, String value) {
    public CacheControlRule {
        if (pattern == null || pattern.isBlank()) {
            throw new BadInputException("cacheControlRules", "a rule has no <pattern>",
                    "give each <cacheControl> a <pattern> such as **/*.html and a <value>");
        }
        pattern = pattern.strip().replaceFirst("^/+", "");
        value = checkedValue("cacheControlRules (pattern " + pattern + ")", value);
    }

    public boolean matches(String key) {
        return regex(pattern).matcher(key).matches();
    }

    /** A header value must be one line of printable ASCII, or S3 rejects the PUT much later. */
    static String checkedValue(String where, String value) {
        if (value == null || value.isBlank()) {
            throw new BadInputException(where, "has no Cache-Control value", "give a value such as max-age=600");
        }
        String v = value.strip();
        if (!v.matches("[\\x20-\\x7E]+")) {
            throw new BadInputException(where, "'" + v + "' is not a valid header value",
                    "use printable ASCII on one line, e.g. public, max-age=600");
        }
        return v;
    }

    static Pattern regex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean slashFollows = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                regex.append(slashFollows ? "(?:.*/)?" : ".*");
                i += slashFollows ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
