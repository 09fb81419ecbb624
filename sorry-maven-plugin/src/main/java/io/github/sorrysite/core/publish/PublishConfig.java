package io.github.sorrysite.core.publish;

import io.github.sorrysite.core.BadInputException;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything {@code sorry:publish} needs, validated in one place. Names in messages are the
 * {@code sorry.*} properties. Use {@link Builder}, which takes the raw parameter strings.
 *
 * @param region null for the SDK's default chain (environment, profile)
 * @param profile null for the default credential chain
 * @param endpoint null for AWS; set for S3-compatible stores (path-style addressing)
 * @param cloudFrontEndpoint null for AWS
 * @param pathPrefix URL path the target root is served under: "" or {@code /x/y}
 * @param maxPaths above this many paths per distribution, invalidate one wildcard instead
 */
public record PublishConfig(PublishTarget target, String region, String profile, URI endpoint, ChecksumMode checksums,
                            List<String> distributionIds, URI cloudFrontEndpoint, String pathPrefix, int maxPaths,
                            boolean waitForInvalidation, Duration waitTimeout, boolean dryRun, boolean force,
                            boolean deleteStale, int maxDeletes, int concurrency, CacheControlPolicy cacheControl) {
    public static final int DEFAULT_MAX_DELETES = 100;
    public static final int DEFAULT_CONCURRENCY = 8;
    public static final int DEFAULT_MAX_PATHS = 10;
    public static final Duration DEFAULT_WAIT_TIMEOUT = Duration.ofMinutes(15);

    public PublishConfig {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(checksums, "checksums");
        Objects.requireNonNull(waitTimeout, "waitTimeout");
        Objects.requireNonNull(cacheControl, "cacheControl");
        distributionIds = List.copyOf(distributionIds);
        pathPrefix = pathPrefix == null ? "" : pathPrefix;
        if (maxDeletes < 0) {
            throw new BadInputException("sorry.maxDeletes", "is " + maxDeletes + ", must be 0 or more", "use e.g. 100");
        }
        if (concurrency < 1 || concurrency > 64) {
            throw new BadInputException("sorry.concurrency", "is " + concurrency + ", must be between 1 and 64", "use e.g. 8");
        }
        if (maxPaths < 1 || maxPaths > 3000) {
            throw new BadInputException("sorry.cloudfront.maxPaths", "is " + maxPaths + ", must be between 1 and 3000", "use e.g. 10");
        }
        if (waitTimeout.isNegative() || waitTimeout.isZero()) {
            throw new BadInputException("sorry.cloudfront.waitTimeout", "must be positive", "use e.g. 15m");
        }
    }

    public PlanOptions planOptions(String contentPrefix) {
        return new PlanOptions(contentPrefix.substring(1), force, deleteStale, maxDeletes, distributionIds, pathPrefix, maxPaths);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Takes parameters as the user typed them; {@link #build()} parses and validates. */
    public static final class Builder {
        private String target;
        private String region;
        private String profile;
        private String endpoint;
        private String checksums;
        private String distributionIds;
        private String cloudFrontEndpoint;
        private String pathPrefix;
        private int maxPaths = DEFAULT_MAX_PATHS;
        private boolean waitForInvalidation;
        private String waitTimeout;
        private boolean dryRun;
        private boolean force;
        private boolean deleteStale;
        private int maxDeletes = DEFAULT_MAX_DELETES;
        private int concurrency = DEFAULT_CONCURRENCY;
        private CacheControlPolicy cacheControl = CacheControlPolicy.defaults();

        public Builder target(String v) { target = v; return this; }
        public Builder region(String v) { region = v; return this; }
        public Builder profile(String v) { profile = v; return this; }
        public Builder endpoint(String v) { endpoint = v; return this; }
        public Builder checksums(String v) { checksums = v; return this; }
        public Builder distributionIds(String v) { distributionIds = v; return this; }
        public Builder cloudFrontEndpoint(String v) { cloudFrontEndpoint = v; return this; }
        public Builder pathPrefix(String v) { pathPrefix = v; return this; }
        public Builder maxPaths(int v) { maxPaths = v; return this; }
        public Builder waitForInvalidation(boolean v) { waitForInvalidation = v; return this; }
        public Builder waitTimeout(String v) { waitTimeout = v; return this; }
        public Builder dryRun(boolean v) { dryRun = v; return this; }
        public Builder force(boolean v) { force = v; return this; }
        public Builder deleteStale(boolean v) { deleteStale = v; return this; }
        public Builder maxDeletes(int v) { maxDeletes = v; return this; }
        public Builder concurrency(int v) { concurrency = v; return this; }
        public Builder cacheControl(CacheControlPolicy v) { cacheControl = v; return this; }

        public PublishConfig build() {
            return new PublishConfig(PublishTarget.parse(target), parseRegion(region), blankToNull(profile),
                    uri("sorry.aws.endpoint", endpoint), checksumMode(checksums), ids(distributionIds),
                    uri("sorry.cloudfront.endpoint", cloudFrontEndpoint), parsePathPrefix(pathPrefix), maxPaths,
                    waitForInvalidation, duration(this.waitTimeout), dryRun, force, deleteStale, maxDeletes, concurrency, cacheControl);
        }
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String parseRegion(String value) {
        String v = blankToNull(value);
        if (v != null && !v.matches("[a-z]{2}(-[a-z]+)+-\\d+|aws-global")) {
            throw new BadInputException("sorry.aws.region", "'" + v + "' is not an AWS region name", "use e.g. us-east-1 or ap-northeast-1");
        }
        return v;
    }

    private static URI uri(String parameter, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            URI uri = new URI(v);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("not an absolute http(s) URL");
            }
            return uri;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new BadInputException(parameter, "'" + v + "' is not a usable endpoint (" + e.getMessage() + ")",
                    "use an absolute URL such as http://127.0.0.1:9000, or leave it unset for AWS");
        }
    }

    private static ChecksumMode checksumMode(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return ChecksumMode.WHEN_SUPPORTED;
        }
        try {
            return ChecksumMode.valueOf(v.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("sorry.aws.checksums", "'" + v + "' is not a checksum mode",
                    "use when-supported (the default) or when-required for stores that reject the SDK's CRC32 checksums");
        }
    }

    private static List<String> ids(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> ids = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        for (String id : ids) {
            if (!id.matches("[A-Z0-9]{6,32}")) {
                throw new BadInputException("sorry.cloudfront.distributionId", "'" + id + "' is not a CloudFront distribution id",
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
