// sorry:build wrote this (sorry.infra). CloudFront Functions, cloudfront-js-1.0: ES5.1 only.
var STATUS = @status@;
var CACHE_CONTROL = @cacheControl@;
var RETRY_AFTER = @retryAfter@;

function handler(event) {
  var response = event.response;
  response.statusCode = STATUS;
  response.statusDescription = 'Service Unavailable';
  response.headers['cache-control'] = { value: CACHE_CONTROL };
  response.headers['retry-after'] = { value: RETRY_AFTER };
  return response;
}
