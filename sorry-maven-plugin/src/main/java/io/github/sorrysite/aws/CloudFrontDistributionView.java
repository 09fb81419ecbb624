package io.github.sorrysite.aws;

import io.github.sorrysite.core.settings.AwsSettings;
import io.github.sorrysite.core.verify.AwsViews;
import io.github.sorrysite.core.verify.DistributionFacts;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;
import software.amazon.awssdk.services.cloudfront.model.GetDistributionResponse;

/** {@link AwsViews.CloudFront} on {@code cloudfront:GetDistribution}. */
public final class CloudFrontDistributionView implements AwsViews.CloudFront, AutoCloseable {
    private final CloudFrontClient client;
    private final String profile;

    CloudFrontDistributionView(CloudFrontClient client, String profile) {
        this.client = client;
        this.profile = profile;
    }

    public static CloudFrontDistributionView create(AwsSettings aws) {
        return new CloudFrontDistributionView(AwsClients.cloudFront(aws, AwsClients.credentials(aws)), aws.profile());
    }

    @Override
    public DistributionFacts distribution(String id) {
        GetDistributionResponse response;
        try {
            response = client.getDistribution(r -> r.id(id));
        } catch (SdkException e) {
            throw AwsReadErrors.of(e, "cloudfront:GetDistribution", "distribution " + id, profile);
        }
        DistributionConfig config = response.distribution().distributionConfig();
        List<String> aliases = config.aliases() == null || !config.aliases().hasItems() ? List.of() : config.aliases().items();
        List<DistributionFacts.ErrorResponse> errors = config.customErrorResponses() == null || !config.customErrorResponses().hasItems()
                ? List.of() : config.customErrorResponses().items().stream().map(e -> new DistributionFacts.ErrorResponse(e.errorCode(),
                        nullToEmpty(e.responsePagePath()), nullToEmpty(e.responseCode()), e.errorCachingMinTTL() == null ? 300 : e.errorCachingMinTTL()))
                .toList();
        List<DistributionFacts.Origin> origins = config.origins() == null || !config.origins().hasItems() ? List.of()
                : config.origins().items().stream().map(o -> new DistributionFacts.Origin(o.id(), o.domainName(), nullToEmpty(o.originPath()),
                        nullToEmpty(o.originAccessControlId()),
                        o.s3OriginConfig() == null ? "" : nullToEmpty(o.s3OriginConfig().originAccessIdentity()))).toList();
        var behaviour = config.defaultCacheBehavior();
        List<String> functions = behaviour == null || behaviour.functionAssociations() == null || !behaviour.functionAssociations().hasItems()
                ? List.of() : behaviour.functionAssociations().items().stream().map(f -> f.eventTypeAsString()).toList();
        String certificate = config.viewerCertificate() == null ? "" : nullToEmpty(config.viewerCertificate().acmCertificateArn());
        return new DistributionFacts(id, response.distribution().domainName(), Boolean.TRUE.equals(config.enabled()), aliases,
                config.defaultRootObject(), errors, origins, functions, certificate);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void close() {
        client.close();
    }
}
