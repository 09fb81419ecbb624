package io.github.sorrysite.aws;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.publish.store.CdnBusyException;
import io.github.sorrysite.core.publish.store.CdnInvalidator;
import io.github.sorrysite.core.settings.AwsSettings;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.NoSuchDistributionException;
import software.amazon.awssdk.services.cloudfront.model.NoSuchInvalidationException;
import software.amazon.awssdk.services.cloudfront.model.TooManyInvalidationsInProgressException;

/** CloudFront CreateInvalidation and GetInvalidation; retrying and waiting are the core's job. */
public final class CloudFrontInvalidator implements CdnInvalidator {
    private final ClientInBackground<CloudFrontClient> client;
    private final String profile;

    /** @param profile the configured profile, for messages only */
    public CloudFrontInvalidator(CloudFrontClient cloudFront, String profile) {
        this(ClientInBackground.of(cloudFront), profile);
    }

    private CloudFrontInvalidator(ClientInBackground<CloudFrontClient> client, String profile) {
        this.client = client;
        this.profile = profile;
    }

    /** A CloudFront client for {@code config}, built in the background while the publish uploads. */
    public static CloudFrontInvalidator create(AwsSettings aws) {
        return new CloudFrontInvalidator(ClientInBackground.start("sorry-cloudfront-client",
                () -> AwsClients.cloudFront(aws, AwsClients.credentials(aws)),
                e -> AwsErrors.client(e, "setting up the CloudFront client", aws.profile())), aws.profile());
    }

    @Override
    public String describe(String distributionId) {
        return "CloudFront distribution " + distributionId;
    }

    @Override
    public String manualInvalidation(String distributionId, List<String> paths) {
        return "aws cloudfront create-invalidation --distribution-id " + distributionId + " --paths "
                + String.join(" ", paths.stream().map(p -> "'" + p + "'").toList());
    }

    @Override
    public void ready() {
        client.get();
    }

    /** GetDistribution for each id (read-only: cloudfront:GetDistribution). */
    @Override
    public List<io.github.sorrysite.core.SorryException> preflight(List<String> distributionIds) {
        List<io.github.sorrysite.core.SorryException> problems = new java.util.ArrayList<>();
        for (String id : distributionIds) {
            try {
                client.get().getDistribution(r -> r.id(id));
            } catch (SdkException e) {
                io.github.sorrysite.core.SorryException error = translate(e, id, "reading the distribution");
                if (error instanceof BadInputException bad && bad.getMessage().contains("access denied")) {
                    error = new BadInputException("sorry.cloudfront.distributionIds", "access denied reading CloudFront distribution " + id,
                            "allow cloudfront:GetDistribution (with CreateInvalidation and GetInvalidation) on arn:aws:cloudfront::<account>:distribution/"
                                    + id + " for these credentials (see the README)", e);
                }
                problems.add(error);
            }
        }
        return problems;
    }

    @Override
    public String invalidate(String distributionId, List<String> paths, String callerReference) {
        try {
            return client.get().createInvalidation(r -> r.distributionId(distributionId)
                            .invalidationBatch(b -> b.callerReference(callerReference)
                                    .paths(p -> p.quantity(paths.size()).items(paths))))
                    .invalidation().id();
        } catch (TooManyInvalidationsInProgressException e) {
            throw new CdnBusyException("CloudFront distribution " + distributionId + " has too many invalidations in progress", e);
        } catch (SdkException e) {
            throw translate(e, distributionId, "creating an invalidation");
        }
    }

    @Override
    public String status(String distributionId, String invalidationId) {
        try {
            return client.get().getInvalidation(r -> r.distributionId(distributionId).id(invalidationId)).invalidation().status();
        } catch (NoSuchInvalidationException e) {
            throw new io.github.sorrysite.core.InfrastructureException("CloudFront does not know invalidation " + invalidationId
                    + " on distribution " + distributionId, e);
        } catch (SdkException e) {
            throw translate(e, distributionId, "reading invalidation " + invalidationId);
        }
    }

    @Override
    public void close() {
        client.close();
    }

    private io.github.sorrysite.core.SorryException translate(SdkException e, String distributionId, String what) {
        if (e instanceof NoSuchDistributionException) {
            return new BadInputException("sorry.cloudfront.distributionIds", "CloudFront distribution " + distributionId
                    + " does not exist or is not visible to these credentials",
                    "use the distribution's id (e.g. E2QWRUHAPOMQZL) from the CloudFront console", e);
        }
        if (e instanceof AwsServiceException service && (service.statusCode() == 403
                || service.awsErrorDetails() != null && "AccessDenied".equals(service.awsErrorDetails().errorCode()))) {
            return new BadInputException("sorry.cloudfront.distributionIds", "access denied " + what + " on CloudFront distribution "
                    + distributionId, "allow cloudfront:CreateInvalidation and cloudfront:GetInvalidation on "
                    + "arn:aws:cloudfront::<account>:distribution/" + distributionId + " for these credentials (see the README)", e);
        }
        return AwsErrors.client(e, what + " on CloudFront distribution " + distributionId, profile);
    }
}
