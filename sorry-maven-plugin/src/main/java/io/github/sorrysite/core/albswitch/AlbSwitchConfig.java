package io.github.sorrysite.core.albswitch;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.alb.AlbRuleConfig;
import java.net.URI;
import java.time.Duration;

/**
 * Everything {@code sorry:on}, {@code sorry:off} and {@code sorry:status} are given, validated in one place.
 *
 * @param rules the rule settings shared with the build's artifacts (test path, bypass, action name, default page)
 * @param checkUrl the URL to poll through the load balancer after switching ({@code sorry.alb.checkUrl}), or null
 */
public record AlbSwitchConfig(ListenerRef listener, AlbRuleConfig rules, SwitchOptions options, boolean dryRun, URI checkUrl,
                              Duration checkTimeout) {
    public AlbSwitchConfig {
        if (checkUrl != null && (checkUrl.getScheme() == null || !checkUrl.getScheme().matches("https?") || checkUrl.getHost() == null)) {
            throw new BadInputException("sorry.alb.checkUrl", "'" + checkUrl + "' is not an http(s) URL",
                    "give a URL the load balancer answers, e.g. https://www.example.com/");
        }
        checkTimeout = checkTimeout == null ? Duration.ofMinutes(2) : checkTimeout;
    }

    /** {@code 120}, {@code 90s}, {@code 2m} or ISO-8601 ({@code PT2M}). */
    public static Duration duration(String value) {
        if (value == null || value.isBlank()) {
            return Duration.ofMinutes(2);
        }
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (v.startsWith("pt")) {
                return Duration.parse(v.toUpperCase(java.util.Locale.ROOT));
            }
            if (v.matches("\\d+")) {
                return Duration.ofSeconds(Long.parseLong(v));
            }
            if (v.matches("\\d+[smh]")) {
                long n = Long.parseLong(v.substring(0, v.length() - 1));
                return v.endsWith("s") ? Duration.ofSeconds(n) : v.endsWith("m") ? Duration.ofMinutes(n) : Duration.ofHours(n);
            }
        } catch (RuntimeException e) {
            // the message below
        }
        throw new BadInputException("sorry.alb.checkTimeout", "'" + value + "' is not a duration", "use e.g. 120, 90s, 2m or PT2M");
    }

    public static URI url(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return URI.create(value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("sorry.alb.checkUrl", "'" + value + "' is not a URL", "e.g. https://www.example.com/", e);
        }
    }
}
