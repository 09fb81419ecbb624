package io.github.sorrysite.aws;

import io.github.sorrysite.core.settings.AwsSettings;
import io.github.sorrysite.core.settings.ChecksumMode;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds every SDK client from the one {@link AwsSettings} value, so region, profile and endpoint
 * mean the same for every goal. Credentials come from the SDK's default chain (environment, system
 * properties, profiles including SSO and assume-role, container and instance roles), or from the
 * named profile; they are never read or logged here.
 */
public final class AwsClients {
    /** The service ids of {@code sorry.aws.<service>.endpoint}. */
    public static final String S3 = "s3";
    public static final String CLOUDFRONT = "cloudfront";
    public static final String ROUTE53 = "route53";
    public static final String ACM = "acm";
    public static final String ELBV2 = "elbv2";

    private AwsClients() {
    }

    /** The default chain, or the named profile (with SSO and assume-role support from the sso/sts modules). */
    public static AwsCredentialsProvider credentials(AwsSettings aws) {
        return aws.profile() == null
                ? DefaultCredentialsProvider.builder().build()
                : ProfileCredentialsProvider.builder().profileName(aws.profile()).build();
    }

    public static S3Client s3(AwsSettings aws, int concurrency, AwsCredentialsProvider credentials) {
        var builder = S3Client.builder()
                .httpClientBuilder(ApacheHttpClient.builder().maxConnections(Math.max(concurrency * 2, 16)));
        common(builder, aws, S3, credentials, null);
        if (aws.endpointFor(S3) != null) {
            builder.forcePathStyle(true);
        }
        if (aws.checksums() == ChecksumMode.WHEN_REQUIRED) {
            builder.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        }
        return builder.build();
    }

    public static CloudFrontClient cloudFront(AwsSettings aws, AwsCredentialsProvider credentials) {
        var builder = CloudFrontClient.builder().httpClientBuilder(ApacheHttpClient.builder());
        // CloudFront is a global service: its API lives in us-east-1 whatever the bucket's region.
        common(builder, aws, CLOUDFRONT, credentials, Region.AWS_GLOBAL);
        return builder.build();
    }

    /** Route 53 is global: its API signs for us-east-1 whatever the configured region. */
    public static Route53Client route53(AwsSettings aws, AwsCredentialsProvider credentials) {
        var builder = Route53Client.builder().httpClientBuilder(ApacheHttpClient.builder());
        common(builder, aws, ROUTE53, credentials, Region.AWS_GLOBAL);
        return builder.build();
    }

    /** ACM where CloudFront's viewer certificates must be: us-east-1. */
    public static AcmClient acmForCloudFront(AwsSettings aws, AwsCredentialsProvider credentials) {
        var builder = AcmClient.builder().httpClientBuilder(ApacheHttpClient.builder());
        common(builder, aws, ACM, credentials, Region.US_EAST_1);
        return builder.build();
    }

    public static ElasticLoadBalancingV2Client elbv2(AwsSettings aws, AwsCredentialsProvider credentials) {
        var builder = ElasticLoadBalancingV2Client.builder().httpClientBuilder(ApacheHttpClient.builder());
        common(builder, aws, ELBV2, credentials, null);
        return builder.build();
    }

    /**
     * What every client shares: credentials, profile, region and endpoint.
     *
     * @param fixedRegion the region a global service always signs for, or null to use the configured one
     */
    static void common(AwsClientBuilder<?, ?> builder, AwsSettings aws, String service, AwsCredentialsProvider credentials,
                       Region fixedRegion) {
        builder.credentialsProvider(credentials);
        if (aws.profile() != null) {
            builder.overrideConfiguration(o -> o.defaultProfileName(aws.profile()));
        }
        URI endpoint = aws.endpointFor(service);
        if (fixedRegion != null) {
            builder.region(fixedRegion);
        } else if (aws.region() != null) {
            builder.region(Region.of(aws.region()));
        } else if (endpoint != null) {
            // Local stand-ins rarely care, but the SDK refuses to sign without a region.
            builder.region(Region.US_EAST_1);
        }
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
    }
}
