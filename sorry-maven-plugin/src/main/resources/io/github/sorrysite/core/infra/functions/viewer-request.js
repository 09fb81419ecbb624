// sorry:build wrote this (sorry.infra). CloudFront Functions, cloudfront-js-1.0: ES5.1 only.
// Every URL outside the asset prefix gets the sorry page of the locale it selects.
var ASSETS = @assets@;
var ROOT_PAGE = @rootPage@;
var DEFAULT_LANG = @defaultLang@;
var PAGES = {
@pages@
};

function localeOf(uri, headers) {
  var first = uri.split('/')[1];
  if (first && PAGES.hasOwnProperty(first)) {
    return first;
  }
  var header = headers['accept-language'];
  if (!header || !header.value) {
    return '';
  }
  var ranges = header.value.split(',');
  for (var i = 0; i < ranges.length; i++) {
    var tag = ranges[i].split(';')[0].trim().toLowerCase();
    var primary = tag.split('-')[0];
    if (primary === DEFAULT_LANG) {
      return '';
    }
    if (PAGES.hasOwnProperty(tag)) {
      return tag;
    }
    if (PAGES.hasOwnProperty(primary)) {
      return primary;
    }
  }
  return '';
}

function handler(event) {
  var request = event.request;
  if (request.uri.indexOf(ASSETS) === 0) {
    return request;
  }
  var locale = localeOf(request.uri, request.headers);
  request.uri = locale ? PAGES[locale] : ROOT_PAGE;
  return request;
}
