package io.github.sorrysite.core.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The failover chain as a Terraform module, one file per part ({@code terraform/*.tf} next to this
 * class), with the pom's names as variable defaults. ACM and the CloudFront functions use a
 * us-east-1 provider; the bucket uses the default one. {@code viewer_functions} and
 * {@code response_headers_policy} can be turned off for an account (or a local stand-in) without them.
 */
public final class TerraformFiles {
    public static final String DIRECTORY = "terraform/";
    static final List<String> PARTS = List.of("providers.tf", "variables.tf", "s3.tf", "functions.tf", "headers.tf", "cloudfront.tf",
            "acm.tf", "route53.tf", "outputs.tf");

    private TerraformFiles() {
    }

    /** File name under {@code infra/terraform/} to its text. */
    public static Map<String, String> files(InfraConfig c) {
        Map<String, String> values = Map.ofEntries(
                Map.entry("domain", q(c.domain())), Map.entry("bucket", q(c.bucket())), Map.entry("originPath", q(c.originPath())),
                Map.entry("albDnsName", q(c.albDnsName())), Map.entry("albZoneId", q(c.albZoneId())),
                Map.entry("hostedZoneId", q(c.hostedZoneId())), Map.entry("healthCheckPath", q(c.healthCheckPath())),
                Map.entry("viewerRequestFile", ViewerRequestFunction.NAME), Map.entry("viewerResponseFile", ViewerResponseFunction.NAME),
                Map.entry("pageStatus", String.valueOf(c.pageStatus())), Map.entry("sorryPage", q(c.sorryPage())),
                Map.entry("sorryPagePath", q("/" + c.sorryPage())), Map.entry("pageCachePolicy", ManagedPolicies.USE_ORIGIN_CACHE_CONTROL),
                Map.entry("assetCachePolicy", ManagedPolicies.CACHING_OPTIMIZED), Map.entry("assetPathPattern", q(c.assetPathPattern())),
                Map.entry("errorCachingTtl", String.valueOf(c.errorCachingTtl())), Map.entry("cloudFrontZone", ManagedPolicies.CLOUDFRONT_ZONE));
        Map<String, String> files = new LinkedHashMap<>();
        for (String part : PARTS) {
            files.put(part, TextTemplate.fill(DIRECTORY + part, values));
        }
        files.put("functions/" + ViewerRequestFunction.NAME, ViewerRequestFunction.source(c));
        files.put("functions/" + ViewerResponseFunction.NAME, ViewerResponseFunction.source(c));
        return files;
    }

    /** An HCL string literal: no interpolation of the user's text. */
    static String q(String s) {
        String value = s == null ? "" : s;
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("${", "$${").replace("%{", "%%{") + "\"";
    }
}
