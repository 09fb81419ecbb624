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
