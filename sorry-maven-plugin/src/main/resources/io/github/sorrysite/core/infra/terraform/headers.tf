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
