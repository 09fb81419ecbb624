// Checks the CloudFront Functions that sorry:build wrote against the cloudfront-js-1.0 runtime's
// constraints, and runs their handlers on sample events. Run by CloudFrontFunctionsNodeTest:
//   node --test cloudfront-functions.test.js   (with FUNCTIONS_DIR set to infra/terraform/functions)
'use strict';
var test = require('node:test');
var assert = require('node:assert');
var fs = require('node:fs');
var path = require('node:path');
var vm = require('node:vm');
var acorn = require('acorn');

var dir = process.env.FUNCTIONS_DIR;
var MAX_BYTES = 10 * 1024; // the documented maximum function size

function load(name) {
  var code = fs.readFileSync(path.join(dir, name), 'utf8');
  var sandbox = {};
  vm.runInNewContext(code, sandbox, { filename: name });
  return { code: code, handler: sandbox.handler };
}

['viewer-request.js', 'viewer-response.js'].forEach(function (name) {
  test(name + ' is ES5.1 and at most 10 KB', function () {
    var code = fs.readFileSync(path.join(dir, name), 'utf8');
    assert.ok(Buffer.byteLength(code, 'utf8') <= MAX_BYTES, name + ' is ' + Buffer.byteLength(code, 'utf8') + ' bytes');
    // ecmaVersion 5 rejects let/const, arrow functions, template literals, classes, destructuring...
    acorn.parse(code, { ecmaVersion: 5, sourceType: 'script' });
    assert.match(code, /function handler\(event\)/);
  });
});

test('ES5 parsing is strict enough to catch a newer feature', function () {
  assert.throws(function () { acorn.parse('var f = (x) => x;', { ecmaVersion: 5 }); });
  assert.throws(function () { acorn.parse('let x = `a`;', { ecmaVersion: 5 }); });
});

function request(uri, acceptLanguage) {
  var headers = {};
  if (acceptLanguage) {
    headers['accept-language'] = { value: acceptLanguage };
  }
  return { request: { method: 'GET', uri: uri, headers: headers, querystring: {}, cookies: {} } };
}

test('viewer-request picks the locale page by path prefix', function () {
  var f = load('viewer-request.js');
  assert.strictEqual(f.handler(request('/ja/app/login')).uri, '/ja/maintenance.html');
  assert.strictEqual(f.handler(request('/app/login')).uri, '/maintenance.html');
  assert.strictEqual(f.handler(request('/')).uri, '/maintenance.html');
});

test('viewer-request picks the locale page by Accept-Language, in the visitor\'s order', function () {
  var f = load('viewer-request.js');
  assert.strictEqual(f.handler(request('/app/login', 'ja-JP,ja;q=0.9,en;q=0.8')).uri, '/ja/maintenance.html');
  assert.strictEqual(f.handler(request('/app/login', 'en-GB,ja;q=0.5')).uri, '/maintenance.html');
  assert.strictEqual(f.handler(request('/app/login', 'fr-FR')).uri, '/maintenance.html');
});

test('viewer-request leaves assets alone', function () {
  var f = load('viewer-request.js');
  assert.strictEqual(f.handler(request('/sorrycontent/css/site.abc1234.css', 'ja')).uri, '/sorrycontent/css/site.abc1234.css');
});

test('viewer-response sends 503 with Cache-Control and Retry-After', function () {
  var f = load('viewer-response.js');
  var out = f.handler({ request: { uri: '/maintenance.html', headers: {} },
    response: { statusCode: 200, statusDescription: 'OK', headers: { 'content-type': { value: 'text/html' } } } });
  assert.strictEqual(out.statusCode, 503);
  assert.strictEqual(out.headers['cache-control'].value, 'max-age=60');
  assert.strictEqual(out.headers['retry-after'].value, '300');
  assert.strictEqual(out.headers['content-type'].value, 'text/html');
});
