package io.github.sorrysite.aws;

import io.github.sorrysite.core.settings.AwsSettings;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The read-only views of sorry:verify on clients pointed at a local endpoint (moto or a stand-in) with throw-away keys. */
public final class MotoChain {
    public static final AwsCredentialsProvider KEYS = StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));

    private MotoChain() {
    }

    public static CloudFrontDistributionView cloudFront(AwsSettings aws) {
        return new CloudFrontDistributionView(AwsClients.cloudFront(aws, KEYS), null);
    }

    public static AcmCertificateView acm(AwsSettings aws) {
        return new AcmCertificateView(AwsClients.acmForCloudFront(aws, KEYS), null);
    }

    public static Route53RecordView route53(AwsSettings aws) {
        return new Route53RecordView(AwsClients.route53(aws, KEYS), null);
    }

    public static Elbv2ListenerView elbv2(AwsSettings aws) {
        return new Elbv2ListenerView(AwsClients.elbv2(aws, KEYS), null);
    }
}
