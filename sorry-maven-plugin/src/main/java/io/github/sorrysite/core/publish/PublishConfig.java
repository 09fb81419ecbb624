package io.github.sorrysite.core.publish;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.publish.plan.CdnOptions;
import io.github.sorrysite.core.publish.plan.PlanOptions;
import io.github.sorrysite.core.publish.planner.CacheControlPolicy;
import io.github.sorrysite.core.settings.FastPurgeSettings;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@code sorry:publish} plans and applies, validated in one place; how its clients connect is
 * not here but in the store's settings (e.g. {@link io.github.sorrysite.core.settings.AwsSettings}).
 * Names in messages are the {@code sorry.*} properties. Use {@link Builder}, which takes the raw
 * parameter strings.
 */
public record PublishConfig(PublishTarget target, CdnOptions cdn, boolean dryRun, boolean force, boolean deleteStale,
                            int maxDeletes, int concurrency, CacheControlPolicy cacheControl, boolean skipChecks, boolean breakLock) {
    public static final int DEFAULT_MAX_DELETES = 100;
    /**
     * Requests in flight when {@code sorry.publish.concurrency} is not set: 16 for S3, where a publish makes two
     * requests per page (its PUT and its read-back GET) and more of them in flight hide each one's latency (16 against
     * 10 on 1,000 files to s3proxy, by hand: 4.9 s against 5.3 s, medians of 6 paired rounds); 10 for NetStorage (no NetStorage host was
     * measured with more) and for a local directory.
     */
    public static final int DEFAULT_CONCURRENCY = 10;
    public static final int DEFAULT_S3_CONCURRENCY = 16;
    public static final int DEFAULT_MAX_PATHS = 10;
    public static final Duration DEFAULT_WAIT_TIMEOUT = Duration.ofMinutes(15);

    public PublishConfig {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(cdn, "cdn");
        Objects.requireNonNull(cacheControl, "cacheControl");
        if (maxDeletes < 0) {
            throw new BadInputException("sorry.publish.maxDeletes", "is " + maxDeletes + ", must be 0 or more", "use e.g. 100");
        }
        if (concurrency < 1 || concurrency > 64) {
            throw new BadInputException("sorry.publish.concurrency", "is " + concurrency + ", must be between 1 and 64", "use e.g. 16");
        }
        if (cdn.maxPaths() != CdnOptions.NO_WILDCARD && (cdn.maxPaths() < 1 || cdn.maxPaths() > 3000)) {
            throw new BadInputException("sorry.cloudfront.maxPaths", "is " + cdn.maxPaths() + ", must be between 1 and 3000", "use e.g. 10");
        }
        if (cdn.waitTimeout().isNegative() || cdn.waitTimeout().isZero()) {
            throw new BadInputException("sorry.cloudfront.waitTimeout", "must be positive", "use e.g. 15m");
        }
    }

    public PlanOptions planOptions(String contentPrefix) {
        return new PlanOptions(contentPrefix.substring(1), force, deleteStale, maxDeletes, cdn.distributionIds(), cdn.pathPrefix(),
                cdn.maxPaths());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Takes parameters as the user typed them; {@link #build()} parses and validates. */
    public static final class Builder {
        private String target;
        private String distributionIds;
        private String purgeNetwork;
        private String pathPrefix;
        private int maxPaths = DEFAULT_MAX_PATHS;
        private boolean waitForInvalidation;
        private String waitTimeout;
        private boolean dryRun;
        private boolean force;
        private boolean deleteStale;
        private int maxDeletes = DEFAULT_MAX_DELETES;
        private Integer concurrency;
        private CacheControlPolicy cacheControl = CacheControlPolicy.defaults();
        private boolean skipChecks;
        private boolean breakLock;

        public Builder target(String v) { target = v; return this; }
        public Builder distributionIds(String v) { distributionIds = v; return this; }
        /** Akamai Fast Purge on {@code production} or {@code staging} instead of CloudFront; the network is the "distribution". */
        public Builder purgeNetwork(String v) { purgeNetwork = v; return this; }
        public Builder pathPrefix(String v) { pathPrefix = v; return this; }
        public Builder maxPaths(int v) { maxPaths = v; return this; }
        public Builder waitForInvalidation(boolean v) { waitForInvalidation = v; return this; }
        public Builder waitTimeout(String v) { waitTimeout = v; return this; }
        public Builder dryRun(boolean v) { dryRun = v; return this; }
        public Builder force(boolean v) { force = v; return this; }
        public Builder deleteStale(boolean v) { deleteStale = v; return this; }
        public Builder maxDeletes(int v) { maxDeletes = v; return this; }
        /** @param v requests in flight, or null for the target's default */
        public Builder concurrency(Integer v) { concurrency = v; return this; }
        public Builder cacheControl(CacheControlPolicy v) { cacheControl = v; return this; }
        public Builder skipChecks(boolean v) { skipChecks = v; return this; }
        public Builder breakLock(boolean v) { breakLock = v; return this; }

        public PublishConfig build() {
            String network = FastPurgeSettings.network(purgeNetwork);
            List<String> ids = ids(distributionIds);
            if (network != null && !ids.isEmpty()) {
                throw new BadInputException(FastPurgeSettings.NETWORK_PARAMETER, "is set together with sorry.cloudfront.distributionIds",
                        "purge one CDN per publish: unset one of them (run sorry:publish again for the other)");
            }
            CdnOptions cdn = network != null
                    ? new CdnOptions(List.of(network), parsePathPrefix(pathPrefix), CdnOptions.NO_WILDCARD, waitForInvalidation, duration(waitTimeout))
                    : new CdnOptions(ids, parsePathPrefix(pathPrefix), maxPaths, waitForInvalidation, duration(waitTimeout));
            PublishTarget parsed = PublishTarget.parse(target);
            int inFlight = concurrency != null ? concurrency : parsed instanceof PublishTarget.S3 ? DEFAULT_S3_CONCURRENCY : DEFAULT_CONCURRENCY;
            return new PublishConfig(parsed, cdn, dryRun, force, deleteStale, maxDeletes, inFlight, cacheControl, skipChecks, breakLock);
        }
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static List<String> ids(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> ids = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        for (String id : ids) {
            if (!id.matches("[A-Z0-9]{6,32}")) {
                throw new BadInputException("sorry.cloudfront.distributionIds", "'" + id + "' is not a CloudFront distribution id",
                        "use the id (e.g. E2QWRUHAPOMQZL), not the domain name; separate several with commas");
            }
        }
        return ids;
    }

    private static String parsePathPrefix(String value) {
        String v = blankToNull(value);
        if (v == null || v.equals("/")) {
            return "";
        }
        v = v.replaceAll("/+$", "");
        if (!v.startsWith("/") || v.contains("//") || !v.matches("[A-Za-z0-9._~/%-]+")) {
            throw new BadInputException("sorry.cloudfront.pathPrefix", "'" + v + "' is not a URL path",
                    "use the path the target is served under, e.g. /sorry, or leave it unset when the target prefix is the origin path");
        }
        return v;
    }

    /** Accepts {@code 900}, {@code 90s}, {@code 15m}, {@code 1h} or ISO-8601 such as {@code PT15M}. */
    static Duration duration(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return DEFAULT_WAIT_TIMEOUT;
        }
        try {
            String lower = v.toLowerCase(Locale.ROOT);
            if (lower.startsWith("pt")) {
                return Duration.parse(v.toUpperCase(Locale.ROOT));
            }
            if (lower.matches("\\d+")) {
                return Duration.ofSeconds(Long.parseLong(lower));
            }
            if (lower.matches("\\d+[smh]")) {
                long n = Long.parseLong(lower.substring(0, lower.length() - 1));
                return switch (lower.charAt(lower.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    default -> Duration.ofHours(n);
                };
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // fall through to the message below
        }
        throw new BadInputException("sorry.cloudfront.waitTimeout", "'" + v + "' is not a duration", "use e.g. 900, 90s, 15m or PT15M");
    }
}
