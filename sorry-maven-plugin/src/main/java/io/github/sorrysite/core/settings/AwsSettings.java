package io.github.sorrysite.core.settings;

import io.github.sorrysite.core.BadInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How every AWS client of every goal is set up ({@code sorry.aws.*}), validated in one place. One
 * endpoint ({@code sorry.aws.endpoint}) points all clients at a local stand-in such as moto or
 * LocalStack; a per-service endpoint (e.g. {@code sorry.aws.cloudfront.endpoint}) overrides it for
 * that service only.
 *
 * @param region null for the SDK's default chain (AWS_REGION, the profile's region)
 * @param profile null for the default credential chain
 * @param endpoint null for AWS
 * @param serviceEndpoints per-service endpoints by service id ({@code s3}, {@code cloudfront}, {@code elbv2}, ...)
 */
public record AwsSettings(String region, String profile, URI endpoint, Map<String, URI> serviceEndpoints, ChecksumMode checksums) {
    public AwsSettings {
        serviceEndpoints = Map.copyOf(serviceEndpoints);
        checksums = checksums == null ? ChecksumMode.WHEN_SUPPORTED : checksums;
    }

    /** Region, profile and endpoints from the SDK's defaults. */
    public static AwsSettings defaults() {
        return new AwsSettings(null, null, null, Map.of(), ChecksumMode.WHEN_SUPPORTED);
    }

    /** The endpoint for {@code service}: its own override, else {@link #endpoint()}, else null (AWS). */
    public URI endpointFor(String service) {
        return serviceEndpoints.getOrDefault(service, endpoint);
    }

    /** Whether any client is pointed away from AWS (a local stand-in or an S3-compatible store). */
    public boolean isLocalEndpoint(String service) {
        return endpointFor(service) != null;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Takes the parameters as the user typed them; {@link #build()} parses and validates. */
    public static final class Builder {
        private String region;
        private String profile;
        private String endpoint;
        private String checksums;
        private final Map<String, String> serviceEndpoints = new LinkedHashMap<>();

        public Builder region(String v) { region = v; return this; }
        public Builder profile(String v) { profile = v; return this; }
        public Builder endpoint(String v) { endpoint = v; return this; }
        public Builder checksums(String v) { checksums = v; return this; }

        /** @param service the service id, as in the property {@code sorry.aws.<service>.endpoint} */
        public Builder serviceEndpoint(String service, String v) {
            serviceEndpoints.put(service, v);
            return this;
        }

        public AwsSettings build() {
            Map<String, URI> services = new LinkedHashMap<>();
            serviceEndpoints.forEach((service, value) -> {
                URI uri = uri("sorry.aws." + service + ".endpoint", value);
                if (uri != null) {
                    services.put(service, uri);
                }
            });
            return new AwsSettings(parseRegion(region), blankToNull(profile), uri("sorry.aws.endpoint", endpoint), services,
                    checksumMode(checksums));
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
                throw new URISyntaxException(v, "not an absolute http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new BadInputException(parameter, "'" + v + "' is not a usable endpoint (" + e.getMessage() + ")",
                    "use an absolute URL such as http://127.0.0.1:5000, or leave it unset for AWS");
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
}
