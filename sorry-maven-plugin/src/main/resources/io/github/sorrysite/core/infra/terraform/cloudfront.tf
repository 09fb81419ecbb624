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
  default_root_object = @sorryPage@
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
    cache_policy_id            = "@pageCachePolicy@"
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
    path_pattern               = @assetPathPattern@
    target_origin_id           = "sorry-bucket"
    viewer_protocol_policy     = "redirect-to-https"
    allowed_methods            = ["GET", "HEAD"]
    cached_methods             = ["GET", "HEAD"]
    cache_policy_id            = "@assetCachePolicy@"
    response_headers_policy_id = local.headers_policy_id
    compress                   = true
  }

  # Without these a deep URL such as /app/login shows S3's 403.
  custom_error_response {
    error_code            = 403
    response_code         = @pageStatus@
    response_page_path    = @sorryPagePath@
    error_caching_min_ttl = @errorCachingTtl@
  }

  custom_error_response {
    error_code            = 404
    response_code         = @pageStatus@
    response_page_path    = @sorryPagePath@
    error_caching_min_ttl = @errorCachingTtl@
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
