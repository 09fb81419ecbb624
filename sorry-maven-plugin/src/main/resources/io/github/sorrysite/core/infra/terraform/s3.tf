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
