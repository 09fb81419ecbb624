variable "region" {
  description = "Region of the sorry bucket"
  type        = string
  default     = "us-east-1"
}

variable "domain_name" {
  description = "The site's host name (sorry.domain)"
  type        = string
  default     = @domain@
}

variable "bucket_name" {
  description = "The private bucket sorry:publish uploads to (sorry.target)"
  type        = string
  default     = @bucket@
}

variable "origin_path" {
  description = "The publish prefix as CloudFront's origin path (sorry.target), \"\" for the bucket root"
  type        = string
  default     = @originPath@
}

variable "load_balancer_dns_name" {
  description = "The ALB's DNS name, the failover primary (sorry.alb.dnsName)"
  type        = string
  default     = @albDnsName@
}

variable "load_balancer_zone_id" {
  description = "The ALB's canonical hosted zone id (sorry.alb.hostedZoneId)"
  type        = string
  default     = @albZoneId@
}

variable "hosted_zone_id" {
  description = "The Route 53 hosted zone of domain_name (sorry.route53.hostedZoneId)"
  type        = string
  default     = @hostedZoneId@
}

variable "health_check_path" {
  description = "The application's health path on the ALB (sorry.infra.healthCheckPath)"
  type        = string
  default     = @healthCheckPath@
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
