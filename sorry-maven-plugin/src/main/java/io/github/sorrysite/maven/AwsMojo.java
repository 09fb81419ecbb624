package io.github.sorrysite.maven;

import io.github.sorrysite.core.settings.AwsSettings;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The goals that call AWS (element names as {@code sorry:publish} always had them): one set of client settings ({@code sorry.aws.*}) for all of them, so
 * {@code -Dsorry.aws.endpoint=http://127.0.0.1:5000} points every client of every goal at moto or
 * LocalStack, and a per-service endpoint overrides it for one service.
 */
abstract class AwsMojo extends SorryMojo {
    /** AWS region; unset: the SDK default chain (AWS_REGION, the profile's region). */
    @Parameter(property = "sorry.aws.region")
    protected String region;

    /** AWS profile for credentials and region (SSO and assume-role profiles work); unset: the SDK default chain. */
    @Parameter(property = "sorry.aws.profile")
    protected String profile;

    /**
     * Endpoint for every AWS client, e.g. {@code http://127.0.0.1:5000} for moto or LocalStack, or an
     * S3-compatible store; S3 then uses path-style addressing. Unset: AWS.
     */
    @Parameter(property = "sorry.aws.endpoint")
    protected String endpoint;

    /** Endpoint of the S3 API only; overrides {@code sorry.aws.endpoint} for S3. */
    @Parameter(property = "sorry.aws.s3.endpoint")
    protected String s3Endpoint;

    /** Endpoint of the CloudFront API only; overrides {@code sorry.aws.endpoint} for CloudFront. */
    @Parameter(property = "sorry.aws.cloudfront.endpoint")
    protected String cloudFrontEndpoint;

    /** Endpoint of the ELBv2 (load balancer) API only; overrides {@code sorry.aws.endpoint} for ELBv2. */
    @Parameter(property = "sorry.aws.elbv2.endpoint")
    protected String elbv2Endpoint;

    /** Endpoint of the Route 53 API only; overrides {@code sorry.aws.endpoint} for Route 53. */
    @Parameter(property = "sorry.aws.route53.endpoint")
    protected String route53Endpoint;

    /** Endpoint of the ACM API only; overrides {@code sorry.aws.endpoint} for ACM. */
    @Parameter(property = "sorry.aws.acm.endpoint")
    protected String acmEndpoint;

    /**
     * When the S3 client sends checksums: {@code when-supported} (the SDK default: CRC32 with
     * aws-chunked bodies) or {@code when-required}, for S3-compatible stores that reject those.
     */
    @Parameter(property = "sorry.aws.checksums", defaultValue = "when-supported")
    protected String checksums;

    /** Maps the {@code sorry.aws.*} parameters to the one settings value; it validates them. */
    protected AwsSettings awsSettings() {
        return awsSettingsBuilder().build();
    }

    /** For goals that add their own service's endpoint override. */
    protected AwsSettings.Builder awsSettingsBuilder() {
        return AwsSettings.builder().region(region).profile(profile).endpoint(endpoint).checksums(checksums)
                .serviceEndpoint("s3", s3Endpoint).serviceEndpoint("cloudfront", cloudFrontEndpoint)
                .serviceEndpoint("elbv2", elbv2Endpoint).serviceEndpoint("route53", route53Endpoint)
                .serviceEndpoint("acm", acmEndpoint);
    }
}
