resource "aws_cloudfront_function" "viewer_request" {
  count   = var.viewer_functions ? 1 : 0
  name    = "sorry-viewer-request"
  runtime = "cloudfront-js-1.0"
  comment = "sorry page: the locale's page by path prefix or Accept-Language"
  publish = true
  code    = file("${path.module}/functions/@viewerRequestFile@")
}

resource "aws_cloudfront_function" "viewer_response" {
  count   = var.viewer_functions ? 1 : 0
  name    = "sorry-viewer-response"
  runtime = "cloudfront-js-1.0"
  comment = "sorry page: @pageStatus@, Cache-Control and Retry-After"
  publish = true
  code    = file("${path.module}/functions/@viewerResponseFile@")
}
