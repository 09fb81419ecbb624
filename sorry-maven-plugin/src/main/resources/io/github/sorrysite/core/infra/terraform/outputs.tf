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
