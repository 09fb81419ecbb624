import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def site = new File(basedir, 'target/sorry/site')
def cdn = 'https://d111111abcdef8.cloudfront.net'

assert log.contains('Built 2 pages') : 'summary line missing'
assert log =~ /maintenance\.html\s+\d+(\.\d)? k?B\s+503\s+pages\/maintenance\.md/
assert log.contains("CDN base: ${cdn}")

def report = new JsonSlurper().parse(new File(basedir, 'target/sorry/report.json'))
assert report.pages*.output == ['ja/maintenance.html', 'maintenance.html']
assert report.assets.size() == 3
report.assets.each { a ->
    assert a.fingerprinted
    assert a.output ==~ /sorrycontent\/.+\.[0-9a-hjkmnp-tv-z]{7}\.[a-z0-9]+/
    def f = new File(site, a.output)
    assert f.isFile() : "missing ${a.output}"
    assert f.length() == a.bytes
}
def css = report.assets.find { it.source == 'sorrycontent/css/site.css' }
def font = report.assets.find { it.source == 'sorrycontent/fonts/brand.woff2' }
def logo = report.assets.find { it.source == 'sorrycontent/img/logo.svg' }

def page = new File(site, 'maintenance.html').getText('UTF-8')
assert page.contains("${cdn}/${css.output}")
assert page.contains("${cdn}/${logo.output}")
assert !page.contains('/sorrycontent/css/site.css') : 'unrewritten reference left in the page'
assert page.contains('</a> <b>') : 'rendering whitespace between inline elements was removed'
assert page.contains('<p class=reason>Database upgrade</p>')

def stylesheet = new File(site, css.output).getText('UTF-8')
assert stylesheet.contains("url(${cdn}/${font.output})") : stylesheet
assert stylesheet.contains('transition:opacity 0s') : stylesheet
assert stylesheet.contains('calc(1rem + 2px)') : stylesheet
assert stylesheet.contains('--gap:0px') : stylesheet
assert stylesheet.contains('@keyframes pulse{0%{') : stylesheet

def ja = new File(site, 'ja/maintenance.html').getText('UTF-8')
assert ja.contains('<html lang=ja>')
assert ja.contains('ただいまメンテナンス中です')
return true
