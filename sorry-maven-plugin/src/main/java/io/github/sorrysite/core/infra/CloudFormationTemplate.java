package io.github.sorrysite.core.infra;

import io.github.sorrysite.core.common.JsonText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The failover chain as one CloudFormation template (JSON), deployed in us-east-1 because
 * CloudFront's certificate and functions live there: a private bucket read through origin access
 * control, the distribution with its error responses, behaviours, headers policy and viewer
 * functions, a DNS-validated certificate, and the Route 53 failover pair with the ALB's health check.
 */
public final class CloudFormationTemplate {
    public static final String FILE = "cloudformation/sorry-failover.json";

    private CloudFormationTemplate() {
    }

    public static String json(InfraConfig c) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("AWSTemplateFormatVersion", "2010-09-09");
        t.put("Description", "Sorry-page failover: Route 53 fails over from the ALB to CloudFront + S3 (written by sorry:build, sorry.infra)");
        t.put("Parameters", parameters(c));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("SorryBucket", resource("AWS::S3::Bucket", map(
                "BucketName", ref("BucketName"),
                "PublicAccessBlockConfiguration", map("BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true,
                        "RestrictPublicBuckets", true),
                "OwnershipControls", map("Rules", List.of(map("ObjectOwnership", "BucketOwnerEnforced"))))));
        r.put("SorryOriginAccessControl", resource("AWS::CloudFront::OriginAccessControl", map("OriginAccessControlConfig", map(
                "Name", sub("${AWS::StackName}-sorry-oac"), "OriginAccessControlOriginType", "s3",
                "SigningBehavior", "always", "SigningProtocol", "sigv4"))));
        r.put("SorryBucketPolicy", resource("AWS::S3::BucketPolicy", map("Bucket", ref("SorryBucket"), "PolicyDocument", map(
                "Version", "2012-10-17",
                "Statement", List.of(map("Sid", "CloudFrontReadsTheSorrySite", "Effect", "Allow",
                        "Principal", map("Service", "cloudfront.amazonaws.com"), "Action", "s3:GetObject",
                        "Resource", sub("arn:${AWS::Partition}:s3:::${SorryBucket}/*"),
                        "Condition", map("StringEquals", map("AWS:SourceArn",
                                sub("arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${SorryDistribution}")))))))));
        r.put("SorryCertificate", resource("AWS::CertificateManager::Certificate", map("DomainName", ref("DomainName"),
                "ValidationMethod", "DNS",
                "DomainValidationOptions", List.of(map("DomainName", ref("DomainName"), "HostedZoneId", ref("HostedZoneId"))))));
        r.put("SorryViewerRequest", function("viewer-request", ViewerRequestFunction.source(c)));
        r.put("SorryViewerResponse", function("viewer-response", ViewerResponseFunction.source(c)));
        r.put("SorryHeaders", resource("AWS::CloudFront::ResponseHeadersPolicy", map("ResponseHeadersPolicyConfig", map(
                "Name", sub("${AWS::StackName}-sorry-headers"),
                "Comment", "CORS for the sorry page's origin on assets (fonts, masks), and security headers",
                "CorsConfig", map("AccessControlAllowCredentials", false,
                        "AccessControlAllowHeaders", map("Items", List.of("*")),
                        "AccessControlAllowMethods", map("Items", List.of("GET", "HEAD")),
                        "AccessControlAllowOrigins", map("Items", List.of(sub("https://${DomainName}"))),
                        "AccessControlMaxAgeSec", 86400, "OriginOverride", true),
                "SecurityHeadersConfig", map(
                        "ContentTypeOptions", map("Override", true),
                        "FrameOptions", map("FrameOption", "DENY", "Override", true),
                        "ReferrerPolicy", map("ReferrerPolicy", "strict-origin-when-cross-origin", "Override", true),
                        "StrictTransportSecurity", map("AccessControlMaxAgeSec", 31536000, "IncludeSubdomains", false, "Override", true))))));
        r.put("SorryDistribution", resource("AWS::CloudFront::Distribution", map("DistributionConfig", distribution(c))));
        r.put("PrimaryHealthCheck", resource("AWS::Route53::HealthCheck", map("HealthCheckConfig", map(
                "Type", "HTTPS", "FullyQualifiedDomainName", ref("LoadBalancerDnsName"), "ResourcePath", ref("HealthCheckPath"),
                "Port", 443, "RequestInterval", 30, "FailureThreshold", 3))));
        r.put("PrimaryRecord", resource("AWS::Route53::RecordSet", map("HostedZoneId", ref("HostedZoneId"), "Name", ref("DomainName"),
                "Type", "A", "SetIdentifier", "primary-alb", "Failover", "PRIMARY", "HealthCheckId", ref("PrimaryHealthCheck"),
                "AliasTarget", map("DNSName", ref("LoadBalancerDnsName"), "HostedZoneId", ref("LoadBalancerHostedZoneId"),
                        "EvaluateTargetHealth", true))));
        r.put("SecondaryRecord", resource("AWS::Route53::RecordSet", map("HostedZoneId", ref("HostedZoneId"), "Name", ref("DomainName"),
                "Type", "A", "SetIdentifier", "secondary-sorry", "Failover", "SECONDARY",
                "AliasTarget", map("DNSName", getAtt("SorryDistribution", "DomainName"), "HostedZoneId", ManagedPolicies.CLOUDFRONT_ZONE,
                        "EvaluateTargetHealth", false))));
        t.put("Resources", r);
        t.put("Outputs", map(
                "DistributionId", map("Description", "sorry.cloudfront.distributionIds", "Value", ref("SorryDistribution")),
                "DistributionDomainName", map("Description", "the CDN host, for sorry.verify.urls", "Value", getAtt("SorryDistribution", "DomainName")),
                "CertificateArn", map("Value", ref("SorryCertificate")),
                "HealthCheckId", map("Value", ref("PrimaryHealthCheck"))));
        return JsonText.pretty(t);
    }

    private static Map<String, Object> parameters(InfraConfig c) {
        return map(
                "DomainName", parameter("The site's host name (sorry.domain)", c.domain()),
                "BucketName", parameter("The private bucket sorry:publish uploads to (sorry.target)", c.bucket()),
                "OriginPath", parameter("The publish prefix as CloudFront's origin path (sorry.target), \"\" for the bucket root", c.originPath()),
                "LoadBalancerDnsName", parameter("The ALB's DNS name, the failover primary (sorry.alb.dnsName)", c.albDnsName()),
                "LoadBalancerHostedZoneId", parameter("The ALB's canonical hosted zone id (sorry.alb.hostedZoneId)", c.albZoneId()),
                "HostedZoneId", parameter("The Route 53 hosted zone of DomainName (sorry.route53.hostedZoneId)", c.hostedZoneId()),
                "HealthCheckPath", parameter("The application's health path on the ALB (sorry.infra.healthCheckPath)", c.healthCheckPath()));
    }

    private static Map<String, Object> distribution(InfraConfig c) {
        Map<String, Object> headers = ref("SorryHeaders");
        return map(
                "Enabled", true,
                "Comment", "sorry page",
                "Aliases", List.of(ref("DomainName")),
                "DefaultRootObject", c.sorryPage(),
                "HttpVersion", "http2and3",
                "PriceClass", "PriceClass_100",
                "Origins", List.of(map("Id", "sorry-bucket", "DomainName", getAtt("SorryBucket", "RegionalDomainName"),
                        "OriginPath", ref("OriginPath"), "OriginAccessControlId", getAtt("SorryOriginAccessControl", "Id"),
                        "S3OriginConfig", map("OriginAccessIdentity", ""))),
                "DefaultCacheBehavior", map("TargetOriginId", "sorry-bucket", "ViewerProtocolPolicy", "redirect-to-https",
                        "CachePolicyId", ManagedPolicies.USE_ORIGIN_CACHE_CONTROL, "ResponseHeadersPolicyId", headers, "Compress", true,
                        "FunctionAssociations", List.of(
                                map("EventType", "viewer-request", "FunctionARN", getAtt("SorryViewerRequest", "FunctionARN")),
                                map("EventType", "viewer-response", "FunctionARN", getAtt("SorryViewerResponse", "FunctionARN")))),
                "CacheBehaviors", List.of(map("PathPattern", c.assetPathPattern(), "TargetOriginId", "sorry-bucket",
                        "ViewerProtocolPolicy", "redirect-to-https", "CachePolicyId", ManagedPolicies.CACHING_OPTIMIZED,
                        "ResponseHeadersPolicyId", headers, "Compress", true)),
                "CustomErrorResponses", List.of(errorResponse(403, c), errorResponse(404, c)),
                "ViewerCertificate", map("AcmCertificateArn", ref("SorryCertificate"), "SslSupportMethod", "sni-only",
                        "MinimumProtocolVersion", "TLSv1.2_2021"));
    }

    private static Map<String, Object> errorResponse(int code, InfraConfig c) {
        return map("ErrorCode", code, "ResponseCode", c.pageStatus(), "ResponsePagePath", "/" + c.sorryPage(),
                "ErrorCachingMinTTL", c.errorCachingTtl());
    }

    private static Map<String, Object> function(String event, String code) {
        return resource("AWS::CloudFront::Function", map("Name", sub("${AWS::StackName}-sorry-" + event), "AutoPublish", true,
                "FunctionCode", code, "FunctionConfig", map("Comment", "sorry page " + event, "Runtime", "cloudfront-js-1.0")));
    }

    private static Map<String, Object> parameter(String description, String value) {
        return map("Type", "String", "Description", description, "Default", value == null ? "" : value);
    }

    private static Map<String, Object> resource(String type, Map<String, Object> properties) {
        return map("Type", type, "Properties", properties);
    }

    private static Map<String, Object> ref(String name) {
        return map("Ref", name);
    }

    private static Map<String, Object> getAtt(String resource, String attribute) {
        return map("Fn::GetAtt", List.of(resource, attribute));
    }

    private static Map<String, Object> sub(String text) {
        return map("Fn::Sub", text);
    }

    /** An ordered map from key, value pairs, so the template reads in a stable order. */
    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
