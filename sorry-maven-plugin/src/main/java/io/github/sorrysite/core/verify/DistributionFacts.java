package io.github.sorrysite.core.verify;

import java.util.List;

/**
 * What {@code cloudfront:GetDistribution} says about a distribution, as the checks need it.
 *
 * @param viewerFunctions the events ({@code viewer-request}, {@code viewer-response}) with a
 *     CloudFront Function on the default (pages) behaviour
 * @param certificateArn the ACM certificate of the viewer certificate, or "" for the default one
 */
public record DistributionFacts(String id, String domainName, boolean enabled, List<String> aliases, String defaultRootObject,
                                List<ErrorResponse> errorResponses, List<Origin> origins, List<String> viewerFunctions,
                                String certificateArn) {
    public DistributionFacts {
        aliases = List.copyOf(aliases);
        errorResponses = List.copyOf(errorResponses);
        origins = List.copyOf(origins);
        viewerFunctions = List.copyOf(viewerFunctions);
        defaultRootObject = defaultRootObject == null ? "" : defaultRootObject;
        certificateArn = certificateArn == null ? "" : certificateArn;
    }

    /** @param responseCode the status sent instead, or "" when the error's own status is kept */
    public record ErrorResponse(int errorCode, String pagePath, String responseCode, long errorCachingMinTtl) {
    }

    /** @param accessControlId the origin access control, or ""; @param accessIdentity the legacy OAI, or "" */
    public record Origin(String id, String domainName, String originPath, String accessControlId, String accessIdentity) {
    }
}
