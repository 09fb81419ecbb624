package io.github.sorrysite.core.infra;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The failover chain as a Terraform module, one file per part, with the pom's names as variable
 * defaults. ACM and the CloudFront functions use a us-east-1 provider; the bucket uses the default
 * one. {@code viewer_functions} and {@code response_headers_policy} can be turned off for an
 * account (or a local stand-in) that has neither.
 */
public final class TerraformFiles {
    public static final String DIRECTORY = "terraform/";

    private TerraformFiles() {
    }

    /** File name under {@code infra/terraform/} to its text. */
    public static Map<String, String> files(InfraConfig c) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("providers.tf", """
                # Written by sorry:build (sorry.infra). CloudFront's certificate and functions must be in us-east-1.
                terraform {
                  required_providers {
                    aws = {
                      source  = "hashicorp/aws"
                      version = ">= 5.0"
                    }
                  }
                }

                provider "aws" {
                  region = var.region
                }

                provider "aws" {
                  alias  = "us_east_1"
                  region = "us-east-1"
                }
                """);
        files.put("variables.tf", """
                variable "region" {
                  description = "Region of the sorry bucket"
                  type        = string
                  default     = "us-east-1"
                }

                variable "domain_name" {
                  description = "The site's host name (sorry.domain)"
                  type        = string
                  default     = %s
                }

                variable "bucket_name" {
                  description = "The private bucket sorry:publish uploads to (sorry.target)"
                  type        = string
                  default     = %s
                }

                variable "origin_path" {
                  description = "The publish prefix as CloudFront's origin path (sorry.target), \\"\\" for the bucket root"
                  type        = string
                  default     = %s
                }

                variable "load_balancer_dns_name" {
                  description = "The ALB's DNS name, the failover primary (sorry.alb.dnsName)"
                  type        = string
                  default     = %s
                }

                variable "load_balancer_zone_id" {
                  description = "The ALB's canonical hosted zone id (sorry.alb.hostedZoneId)"
                  type        = string
                  default     = %s
                }

                variable "hosted_zone_id" {
                  description = "The Route 53 hosted zone of domain_name (sorry.route53.hostedZoneId)"
                  type        = string
                  default     = %s
                }

                variable "health_check_path" {
                  description = "The application's health path on the ALB (sorry.infra.healthCheckPath)"
                  type        = string
                  default     = %s
                }

                variable "viewer_functions" {
                  description = "Attach the viewer-request (locale page) and viewer-response (503, Cache-Control, Retry-After) functions"
                  type        = bool
                  default     = true
                }

                variable "response_headers_policy" {
                  description = "Attach the response headers policy (CORS on assets, security headers)"
                  type        = bool
                  default     = true
                }
                """.formatted(q(c.domain()), q(c.bucket()), q(c.originPath()), q(c.albDnsName()), q(c.albZoneId()), q(c.hostedZoneId()),
                q(c.healthCheckPath())));
        files.put("s3.tf", """
                resource "aws_s3_bucket" "sorry" {
                  bucket = var.bucket_name
                }

                resource "aws_s3_bucket_public_access_block" "sorry" {
                  bucket                  = aws_s3_bucket.sorry.id
                  block_public_acls       = true
                  block_public_policy     = true
                  ignore_public_acls      = true
                  restrict_public_buckets = true
                }

                resource "aws_s3_bucket_ownership_controls" "sorry" {
                  bucket = aws_s3_bucket.sorry.id
                  rule {
                    object_ownership = "BucketOwnerEnforced"
                  }
                }

                resource "aws_cloudfront_origin_access_control" "sorry" {
                  name                              = "${var.bucket_name}-oac"
                  origin_access_control_origin_type = "s3"
                  signing_behavior                  = "always"
                  signing_protocol                  = "sigv4"
                }

                # Only this distribution may read the bucket; a missing key answers 403, which the error responses map.
                resource "aws_s3_bucket_policy" "sorry" {
                  bucket = aws_s3_bucket.sorry.id
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Sid       = "CloudFrontReadsTheSorrySite"
                      Effect    = "Allow"
                      Principal = { Service = "cloudfront.amazonaws.com" }
                      Action    = "s3:GetObject"
                      Resource  = "${aws_s3_bucket.sorry.arn}/*"
                      Condition = { StringEquals = { "AWS:SourceArn" = aws_cloudfront_distribution.sorry.arn } }
                    }]
                  })
                }
                """);
        files.put("functions.tf", """
                resource "aws_cloudfront_function" "viewer_request" {
                  count   = var.viewer_functions ? 1 : 0
                  name    = "sorry-viewer-request"
                  runtime = "cloudfront-js-1.0"
                  comment = "sorry page: the locale's page by path prefix or Accept-Language"
                  publish = true
                  code    = file("${path.module}/functions/%s")
                }

                resource "aws_cloudfront_function" "viewer_response" {
                  count   = var.viewer_functions ? 1 : 0
                  name    = "sorry-viewer-response"
                  runtime = "cloudfront-js-1.0"
                  comment = "sorry page: %d, Cache-Control and Retry-After"
                  publish = true
                  code    = file("${path.module}/functions/%s")
                }
                """.formatted(ViewerRequestFunction.NAME, c.pageStatus(), ViewerResponseFunction.NAME));
        files.put("headers.tf", """
                resource "aws_cloudfront_response_headers_policy" "sorry" {
                  count   = var.response_headers_policy ? 1 : 0
                  name    = "sorry-headers"
                  comment = "CORS for the sorry page's origin on assets (fonts, masks), and security headers"

                  cors_config {
                    access_control_allow_credentials = false
                    access_control_allow_headers {
                      items = ["*"]
                    }
                    access_control_allow_methods {
                      items = ["GET", "HEAD"]
                    }
                    access_control_allow_origins {
                      items = ["https://${var.domain_name}"]
                    }
                    access_control_max_age_sec = 86400
                    origin_override            = true
                  }

                  security_headers_config {
                    content_type_options {
                      override = true
                    }
                    frame_options {
                      frame_option = "DENY"
                      override     = true
                    }
                    referrer_policy {
                      referrer_policy = "strict-origin-when-cross-origin"
                      override        = true
                    }
                    strict_transport_security {
                      access_control_max_age_sec = 31536000
                      include_subdomains         = false
                      override                   = true
                    }
                  }
                }
                """);
        files.put("cloudfront.tf", """
                locals {
                  headers_policy_id = var.response_headers_policy ? aws_cloudfront_response_headers_policy.sorry[0].id : null
                  viewer_functions = var.viewer_functions ? {
                    "viewer-request"  = aws_cloudfront_function.viewer_request[0].arn
                    "viewer-response" = aws_cloudfront_function.viewer_response[0].arn
                  } : {}
                }

                resource "aws_cloudfront_distribution" "sorry" {
                  enabled             = true
                  comment             = "sorry page"
                  aliases             = [var.domain_name]
                  default_root_object = %s
                  http_version        = "http2and3"
                  price_class         = "PriceClass_100"

                  origin {
                    origin_id                = "sorry-bucket"
                    domain_name              = aws_s3_bucket.sorry.bucket_regional_domain_name
                    origin_path              = var.origin_path
                    origin_access_control_id = aws_cloudfront_origin_access_control.sorry.id
                  }

                  # Pages: the page's own short Cache-Control decides; the functions pick the locale and set the status.
                  default_cache_behavior {
                    target_origin_id           = "sorry-bucket"
                    viewer_protocol_policy     = "redirect-to-https"
                    allowed_methods            = ["GET", "HEAD"]
                    cached_methods             = ["GET", "HEAD"]
                    cache_policy_id            = "%s"
                    response_headers_policy_id = local.headers_policy_id
                    compress                   = true

                    dynamic "function_association" {
                      for_each = local.viewer_functions
                      content {
                        event_type   = function_association.key
                        function_arn = function_association.value
                      }
                    }
                  }

                  # Assets: fingerprinted, cached long, with CORS for fonts and masks.
                  ordered_cache_behavior {
                    path_pattern               = %s
                    target_origin_id           = "sorry-bucket"
                    viewer_protocol_policy     = "redirect-to-https"
                    allowed_methods            = ["GET", "HEAD"]
                    cached_methods             = ["GET", "HEAD"]
                    cache_policy_id            = "%s"
                    response_headers_policy_id = local.headers_policy_id
                    compress                   = true
                  }

                  # Without these a deep URL such as /app/login shows S3's 403.
                  custom_error_response {
                    error_code            = 403
                    response_code         = %d
                    response_page_path    = %s
                    error_caching_min_ttl = %d
                  }

                  custom_error_response {
                    error_code            = 404
                    response_code         = %d
                    response_page_path    = %s
                    error_caching_min_ttl = %d
                  }

                  restrictions {
                    geo_restriction {
                      restriction_type = "none"
                    }
                  }

                  viewer_certificate {
                    acm_certificate_arn      = aws_acm_certificate_validation.sorry.certificate_arn
                    ssl_support_method       = "sni-only"
                    minimum_protocol_version = "TLSv1.2_2021"
                  }
                }
                """.formatted(q(c.sorryPage()), ManagedPolicies.USE_ORIGIN_CACHE_CONTROL, q(c.assetPathPattern()),
                ManagedPolicies.CACHING_OPTIMIZED, c.pageStatus(), q("/" + c.sorryPage()), c.errorCachingTtl(), c.pageStatus(),
                q("/" + c.sorryPage()), c.errorCachingTtl()));
        files.put("acm.tf", """
                resource "aws_acm_certificate" "sorry" {
                  provider          = aws.us_east_1
                  domain_name       = var.domain_name
                  validation_method = "DNS"

                  lifecycle {
                    create_before_destroy = true
                  }
                }

                resource "aws_route53_record" "validation" {
                  for_each = {
                    for o in aws_acm_certificate.sorry.domain_validation_options : o.domain_name => o
                  }
                  zone_id         = var.hosted_zone_id
                  name            = each.value.resource_record_name
                  type            = each.value.resource_record_type
                  records         = [each.value.resource_record_value]
                  ttl             = 300
                  allow_overwrite = true
                }

                resource "aws_acm_certificate_validation" "sorry" {
                  provider                = aws.us_east_1
                  certificate_arn         = aws_acm_certificate.sorry.arn
                  validation_record_fqdns = [for r in aws_route53_record.validation : r.fqdn]
                }
                """);
        files.put("route53.tf", """
                resource "aws_route53_health_check" "primary" {
                  type              = "HTTPS"
                  fqdn              = var.load_balancer_dns_name
                  resource_path     = var.health_check_path
                  port              = 443
                  request_interval  = 30
                  failure_threshold = 3
                }

                resource "aws_route53_record" "primary" {
                  zone_id         = var.hosted_zone_id
                  name            = var.domain_name
                  type            = "A"
                  set_identifier  = "primary-alb"
                  health_check_id = aws_route53_health_check.primary.id

                  failover_routing_policy {
                    type = "PRIMARY"
                  }

                  alias {
                    name                   = var.load_balancer_dns_name
                    zone_id                = var.load_balancer_zone_id
                    evaluate_target_health = true
                  }
                }

                resource "aws_route53_record" "secondary" {
                  zone_id        = var.hosted_zone_id
                  name           = var.domain_name
                  type           = "A"
                  set_identifier = "secondary-sorry"

                  failover_routing_policy {
                    type = "SECONDARY"
                  }

                  alias {
                    name                   = aws_cloudfront_distribution.sorry.domain_name
                    zone_id                = "%s"
                    evaluate_target_health = false
                  }
                }
                """.formatted(ManagedPolicies.CLOUDFRONT_ZONE));
        files.put("outputs.tf", """
                output "distribution_id" {
                  description = "sorry.cloudfront.distributionIds"
                  value       = aws_cloudfront_distribution.sorry.id
                }

                output "distribution_domain_name" {
                  description = "The CDN host, for sorry.verify.urls"
                  value       = aws_cloudfront_distribution.sorry.domain_name
                }

                output "certificate_arn" {
                  value = aws_acm_certificate.sorry.arn
                }

                output "health_check_id" {
                  value = aws_route53_health_check.primary.id
                }
                """);
        files.put("functions/" + ViewerRequestFunction.NAME, ViewerRequestFunction.source(c));
        files.put("functions/" + ViewerResponseFunction.NAME, ViewerResponseFunction.source(c));
        return files;
    }

    /** An HCL string literal. */
    static String q(String s) {
        String value = s == null ? "" : s;
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("${", "$${").replace("%{", "%%{") + "\"";
    }
}
