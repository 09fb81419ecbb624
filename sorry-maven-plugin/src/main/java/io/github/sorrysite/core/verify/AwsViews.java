package io.github.sorrysite.core.verify;

import java.util.List;

/**
 * Ports: the read-only AWS calls verify makes. Each throws {@link ReadDeniedException} when the
 * credentials may not make the call, and {@code InfrastructureException} for any other failure.
 */
public final class AwsViews {
    private AwsViews() {
    }

    /** {@code cloudfront:GetDistribution}. */
    public interface CloudFront {
        DistributionFacts distribution(String id);
    }

    /** {@code acm:DescribeCertificate}, in us-east-1 for CloudFront. */
    public interface Certificates {
        CertificateFacts certificate(String arn);
    }

    /** {@code route53:ListResourceRecordSets} and {@code route53:GetHealthCheckStatus}. */
    public interface Dns {
        List<RecordFacts> records(String hostedZoneId, String name);

        HealthFacts health(String healthCheckId);
    }

    /** {@code elasticloadbalancing:DescribeRules}. */
    public interface Listeners {
        List<RuleFacts> rules(String listenerArn);
    }
}
