package io.github.sorrysite.aws;

import io.github.sorrysite.core.settings.AwsSettings;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.ProxyConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.route53.Route53Client;

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

    static {
        QuietSecretLogs.apply(); // before any client signs a request
    }

    private AwsClients() {
    }

    /** The default chain, or the named profile (with SSO and assume-role support from the sso/sts modules). */
    public static AwsCredentialsProvider credentials(AwsSettings aws) {
        return aws.profile() == null
                ? DefaultCredentialsProvider.builder().build()
                : ProfileCredentialsProvider.builder().profileName(aws.profile()).build();
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

    /**
     * Over the SDK's {@link UrlConnectionHttpClient}: ELBv2 callers make a handful of calls one after the other, and
     * this client loads fewer classes than Apache's and sets up no connection pool, so a cold JVM reaches its first
     * call sooner (sorry:on at 2 a.m.). Its proxy as for the Apache clients: http.proxyHost, else HTTP_PROXY, with
     * their no-proxy lists (without a ProxyConfiguration it would read the JVM's properties only).
     */
    public static ElasticLoadBalancingV2Client elbv2(AwsSettings aws, AwsCredentialsProvider credentials) {
        var builder = ElasticLoadBalancingV2Client.builder().httpClientBuilder(urlConnectionHttp());
        common(builder, aws, ELBV2, credentials, null);
        return builder.build();
    }

    /**
     * The HTTP client of a publish's object requests ({@link S3ObjectRequests}): the URL-connection client, with the
     * proxy and timeouts of {@link #elbv2}. Its connections are the JDK's, kept alive in the JDK's cache, which keeps at
     * most {@code http.maxConnections} (default 5) idle connections per host; with more uploads in flight than that,
     * every extra one would open a new connection (over https, a TLS handshake) per object. So that limit is raised to
     * the publish's concurrency, unless it is set already; it takes effect if no connection was made before in this JVM.
     */
    static SdkHttpClient objectRequestsHttp(int concurrency) {
        return objectRequestsHttp(concurrency, true);
    }

    /**
     * @param tls whether the endpoint is https: over plain http (a local S3-compatible store) no trust store is loaded,
     *            which in a cold JVM is a tenth of a second of the set-up
     */
    static SdkHttpClient objectRequestsHttp(int concurrency, boolean tls) {
        if (System.getProperty("http.maxConnections") == null && concurrency > 5) {
            System.setProperty("http.maxConnections", Integer.toString(concurrency));
        }
        UrlConnectionHttpClient.Builder builder = urlConnectionHttp();
        if (!tls) {
            builder.tlsTrustManagersProvider(() -> new javax.net.ssl.TrustManager[0]);
        }
        return builder.build();
    }

    private static UrlConnectionHttpClient.Builder urlConnectionHttp() {
        return UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(10)).socketTimeout(Duration.ofSeconds(30))
                .proxyConfiguration(ProxyConfiguration.builder().build());
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
