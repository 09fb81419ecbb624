package io.github.sorrysite.aws;

import io.github.sorrysite.core.publish.ChecksumMode;
import io.github.sorrysite.core.publish.PublishConfig;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds the SDK clients from the publish configuration. Credentials come from the SDK's default
 * chain (environment, system properties, profiles including SSO and assume-role, container and
 * instance roles), or from the named profile; they are never read or logged here.
 */
public final class AwsClients {
    private AwsClients() {
    }

    /** The default chain, or the named profile (with SSO and assume-role support from the sso/sts modules). */
    public static AwsCredentialsProvider credentials(PublishConfig config) {
        return config.profile() == null
                ? DefaultCredentialsProvider.builder().build()
                : ProfileCredentialsProvider.builder().profileName(config.profile()).build();
    }

    public static S3Client s3(PublishConfig config, AwsCredentialsProvider credentials) {
        var builder = S3Client.builder()
                .httpClientBuilder(ApacheHttpClient.builder().maxConnections(Math.max(config.concurrency() * 2, 16)))
                .credentialsProvider(credentials);
        if (config.profile() != null) {
            builder.overrideConfiguration(o -> o.defaultProfileName(config.profile()));
        }
        if (config.region() != null) {
            builder.region(Region.of(config.region()));
        } else if (config.endpoint() != null) {
            // S3-compatible stores rarely care, but the SDK refuses to sign without a region.
            builder.region(Region.US_EAST_1);
        }
        if (config.endpoint() != null) {
            builder.endpointOverride(config.endpoint()).forcePathStyle(true);
        }
        if (config.checksums() == ChecksumMode.WHEN_REQUIRED) {
            builder.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        }
        return builder.build();
    }

    public static CloudFrontClient cloudFront(PublishConfig config, AwsCredentialsProvider credentials) {
        var builder = CloudFrontClient.builder()
                .httpClientBuilder(ApacheHttpClient.builder())
                .credentialsProvider(credentials)
                .region(Region.AWS_GLOBAL);
        if (config.profile() != null) {
            builder.overrideConfiguration(o -> o.defaultProfileName(config.profile()));
        }
        if (config.cloudFrontEndpoint() != null) {
            builder.endpointOverride(config.cloudFrontEndpoint());
        }
        return builder.build();
    }
}
